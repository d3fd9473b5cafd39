// English for the body map (<tpi-body-map>). It travels in the map's chunk, which adds
// it to the built-in English when it loads (addEnglish), so a page that never shows the
// map never downloads it; en.ts includes it, so the key type (keys.ts) and translators
// see every key. Muscle names (muscle.*) and mark wording (class.*, as on the site
// cards) come from the audience tables. Patient-facing keys (bodyMap.area.*, *.patient)
// use plain words.
export const enBodyMap = {
  'bodyMap.label': 'Body map',
  'bodyMap.hint': 'Choose a muscle to add a site for it, or to go to its site. Arrow keys move between muscles; Enter chooses.',
  'bodyMap.hint.patient': 'Choose each place that hurts. Choose it again to take it back. Arrow keys move between places.',
  'bodyMap.front': 'Front',
  'bodyMap.back': 'Back',
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
  'bodyMap.area.head': 'Head',
  'bodyMap.area.ear': 'Ear (ringing or buzzing)',
  'bodyMap.area.jaw': 'Jaw',
  'bodyMap.area.neck': 'Neck',
  'bodyMap.area.shoulder': 'Shoulder',
  'bodyMap.area.upper-back': 'Upper back',
  'bodyMap.area.low-back': 'Lower back',
  'bodyMap.area.buttock': 'Buttock',
  'bodyMap.area.hip': 'Hip',
  'bodyMap.area.upper-arm': 'Upper arm',
  'bodyMap.area.elbow': 'Elbow',
  'bodyMap.area.forearm': 'Forearm',
  'bodyMap.area.hand': 'Wrist and hand',
  'bodyMap.area.thigh': 'Thigh',
  'bodyMap.area.knee': 'Knee',
  'bodyMap.area.lower-leg': 'Lower leg',
  'bodyMap.area.ankle-foot': 'Ankle and foot',
} satisfies Record<string, string>;
