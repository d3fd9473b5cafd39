// English the root element itself renders in either audience (the host's errors, the
// export actions, the placeholder while an audience's parts load), and names both
// audiences show. It is in the
// standalone entry; the audience chunks add their own English when they load.
export const enCore = {
  'hostError.assessment': 'The assessment from the host system was not accepted; the last valid one is kept.',
  'hostError.ruleset': 'The rule set from the host system was not accepted; the previous one is kept.',
  'hostError.exportContext': 'The export context from the host system was not accepted; nothing was exported.',
  'hostError.patient': 'Some information this page sent to the guide could not be used. Everything shown still works.',
  'hostError.details': 'Technical details',
  'invalid.message': '{message}',
  dismiss: 'Dismiss',
  export: 'Export',
  'export.fhir': 'Export as FHIR R4',
  'export.cds-hooks': 'Export as CDS Hooks cards',
  loading: 'Loading…',
  // Names both audiences show (the clinician's alternatives, the patient's education).
  'alternative.ice-heat': 'Ice or heat',
  'alternative.nsaids': 'NSAIDs',
  'loading.failed': 'This part of the page could not be loaded. Reload the page to try again.',
} satisfies Record<string, string>;
