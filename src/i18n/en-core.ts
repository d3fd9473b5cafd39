// English the root element itself renders in either audience (the placeholder while an
// audience's parts load), and names both audiences show. It is in the standalone entry;
// the audience chunks add their own English when they load. The host's errors and the
// export actions are in en-clinician.ts: they are rendered by the assessment state,
// which travels in the clinician chunk with the engine, so that English is always there
// before anything can show them, on a patient page too.
export const enCore = {
  loading: 'Loading…',
  // Names both audiences show (the clinician's alternatives, the patient's education).
  'alternative.ice-heat': 'Ice or heat',
  'alternative.nsaids': 'NSAIDs',
  'loading.failed': 'This part of the page could not be loaded. Reload the page to try again.',
} satisfies Record<string, string>;
