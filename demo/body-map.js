/* global document, FormData */
// The map alone: load it on demand, give it marks or take the patient's choices, and
// show each tpi-map-pick event. The marks a clinician records are plain data here.
import { loadBodyMap } from '/dist/components/body-map/load.js';
import { registerTranslation, stringsFor } from '/dist/i18n/registry.js';
import { es } from '/dist/i18n/es.js';

registerTranslation(es);

const MARKS = [
  { muscle: 'upper-trapezius', side: 'right', status: 'active' },
  { muscle: 'infraspinatus', side: 'left', status: 'latent' },
  { muscle: 'masseter', side: 'left', status: 'activity-unknown' },
  { muscle: 'gluteus-medius', side: 'right', status: 'tender-spot' },
  { muscle: 'quadratus-lumborum', side: 'left', status: 'indeterminate' },
  { muscle: 'gastrocnemius', status: 'none' },
];

const form = document.querySelector('form');
const log = document.querySelector('#log');
await loadBodyMap();
const map = document.createElement('tpi-body-map');
document.querySelector('#map-slot').replaceChildren(map);

function apply() {
  const data = new FormData(form);
  map.mode = data.get('mode');
  map.strings = stringsFor(data.get('lang'));
  map.lang = data.get('lang');
  map.marks = data.get('marks') ? MARKS : [];
}
form.addEventListener('change', apply);
apply();

map.addEventListener('tpi-map-pick', (event) => {
  log.textContent = JSON.stringify(event.detail, null, 2);
});
