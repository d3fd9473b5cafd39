/* global document */ // a browser page script
// The bare form's first render, for bench/element-first-render.js: the same three sites
// the EHR demo's record pre-fills, in the floor form of bench/bare-form.js.
import '../.bench/bare-form.js';
import { FINDING_KEYS, MUSCLES, REGIONS } from '../dist/engine.js';

const form = document.querySelector('bare-form');
form.groups = REGIONS.map((r) => [r, MUSCLES.filter((m) => m.region === r).map((m) => [m.id, m.id])]);
form.findings = FINDING_KEYS;
form.sites = [
  { id: 'exam-1', muscle: 'upper-trapezius', side: 'right', findings: { tautBand: true, hypersensitiveSpot: true, referredPain: true, painRecognition: true, localTwitchResponse: true } },
  { id: 'exam-2', muscle: 'levator-scapulae', side: 'left', findings: { tautBand: true, hypersensitiveSpot: true } },
  { id: 'exam-3', muscle: 'infraspinatus', side: 'right', findings: { tautBand: false, referredPain: false, localTenderness: true } },
];
