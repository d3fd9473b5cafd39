import { createContext } from '@lit/context';
import type { Provenance } from '../engine/interop/from-fhir/types.js';

/** No field came from the record. */
export const NO_PROVENANCE: Provenance = Object.freeze({});

/**
 * Where each pre-filled field came from, by field path (`patient.weightKg`,
 * `priorInjections.2`), as the form shows it: only fields that are filled and that no
 * one has edited since. Frozen; each change is a new object. Private key.
 */
export const provenanceContext = createContext<Provenance>(Symbol('tpi-guide/provenance'));
