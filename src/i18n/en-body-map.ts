// English for the body map (<tpi-body-map>). It travels in the map's chunk, which adds
// it to the built-in English when it loads (addEnglish), so a page that never shows the
// map never downloads it; en.ts includes it, so the key type (keys.ts) and translators
// see every key. Muscle names (muscle.*) and mark wording (class.*, as on the site
// cards) come from the audience tables. As for other engine ids, keys built from the
// map's ids whose last segment reads well as English are left out (translate.ts makes
// 'bodyMap.area.upper-arm' "Upper arm", 'bodyMap.front' "Front"); Spanish spells every
// one out. Patient-facing keys (bodyMap.area.*, *.patient) use plain words.
export const enBodyMap = {
  'bodyMap.label': 'Body map',
  'bodyMap.hint': 'Choose a muscle to add a site for it, or to go to its site. Arrow keys move between muscles; Enter chooses.',
  'bodyMap.hint.patient': 'Choose each place that hurts. Choose it again to take it back. Arrow keys move between places.',
  'bodyMap.front.sides': "patient's right on your left",
  'bodyMap.back.sides': "patient's right on your right",
  'bodyMap.front.sides.patient': 'your right side is on the left',
  'bodyMap.back.sides.patient': 'your right side is on the right',
  'bodyMap.right.short': 'R',
  'bodyMap.left.short': 'L',
  'bodyMap.right': '{name}, right side',
  'bodyMap.left': '{name}, left side',
  'bodyMap.status': '{name}: {status}',
  'bodyMap.unsided': '{status} (side not recorded)',
  'bodyMap.legend': 'Key',
  'bodyMap.chosen': 'Chosen: {list}',
  'bodyMap.chosen.none': 'Nothing chosen yet.',
  'bodyMap.area.ear': 'Ear (ringing or buzzing)',
  'bodyMap.area.low-back': 'Lower back',
  'bodyMap.area.hand': 'Wrist and hand',
  'bodyMap.area.ankle-foot': 'Ankle and foot',
} satisfies Record<string, string>;
