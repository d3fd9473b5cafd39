// English labels derived from ids ('low-back-pain' → 'Low back pain'), with the few
// that need more than that. Translations key on the ids, not on these.
const SPECIAL: Record<string, string> = {
  'tension-type-headache': 'Tension-type headache',
  'wet-needling-lidocaine': 'Injection with lidocaine',
  'wet-needling-corticosteroid': 'Injection with a corticosteroid',
  'ice-heat': 'Ice or heat',
  nsaids: 'NSAIDs',
};

/** The English label of a catalog id. */
export const label = (id: string): string =>
  SPECIAL[id] ?? id[0]!.toUpperCase() + id.slice(1).replace(/-/g, ' ');
