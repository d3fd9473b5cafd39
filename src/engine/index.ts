// tpi-guide/engine: the DOM-free rules engine. Public contract: engine-contract.md.
export * from './types.js';
export { MUSCLES, REGIONS, muscleById, inGroup } from './catalog/muscles.js';
export type { Muscle, Region } from './catalog/muscles.js';
