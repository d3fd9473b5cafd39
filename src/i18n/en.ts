// English, whole: the root's strings, the clinician's (with the explanations'), the
// patient's and the body map's. At run time the standalone bundle holds only the root's
// (en-core.ts) and each chunk adds its own; this table is for the npm package's users, the tests and the key type
// (keys.ts): a key missing here is a compile error where the UI asks for it.
import { enBodyMap } from './en-body-map.js';
import { enClinician } from './en-clinician.js';
import { enCore } from './en-core.js';
import { enPatient } from './en-patient.js';
import { enWhy } from './en-why.js';
import type { Translation } from './registry.js';

export const en: Translation = { $code: 'en', $name: 'English', ...enCore, ...enClinician, ...enWhy, ...enPatient, ...enBodyMap };
