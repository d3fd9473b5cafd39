// tpi-guide/engine: the DOM-free rules engine. Public contract: engine-contract.md.
export * from './types.js';
