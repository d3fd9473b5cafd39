/* global document, customElements */
// The host side of the EHR demo: pre-fill the assessment from "the record", and log
// what the portal receives. No innerHTML: entries are built as text.

/** A date `days` before today, YYYY-MM-DD in local time. */
function daysAgo(days) {
  const d = new Date();
  d.setDate(d.getDate() - days);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** What the encounter record holds before the clinician starts. */
function fromRecord() {
  return {
    patient: { weightKg: 70, needlePhobia: true },
    symptoms: ['neck-pain', 'headache'],
    painDurationWeeks: 16,
    conservativeCareTried: true,
    sites: [
      {
        id: 'exam-1',
        muscle: 'upper-trapezius',
        side: 'right',
        findings: { tautBand: true, hypersensitiveSpot: true, referredPain: true, painRecognition: true, localTwitchResponse: true },
      },
      { id: 'exam-2', muscle: 'levator-scapulae', side: 'left', findings: { tautBand: true, hypersensitiveSpot: true } },
      { id: 'exam-3', muscle: 'infraspinatus', side: 'right', findings: { tautBand: false, referredPain: false, localTenderness: true } },
    ],
    priorInjections: [{ muscle: 'upper-trapezius', side: 'right', date: daysAgo(120), kind: 'lidocaine' }],
  };
}

const log = document.getElementById('log');

function entry(kind, lines) {
  const li = document.createElement('li');
  const time = new Date().toLocaleTimeString();
  const head = document.createElement('strong');
  head.textContent = `${time} ${kind}`;
  li.append(head);
  if (kind === 'tpi-error') li.className = 'error';
  for (const line of lines) {
    const div = document.createElement('div');
    div.textContent = line;
    li.append(div);
  }
  log.prepend(li);
}

await customElements.whenDefined('tpi-guide');
const guide = document.querySelector('tpi-guide');

guide.addEventListener('tpi-change', (event) => {
  const { assessment, guidance } = event.detail;
  const warnings = guidance.warnings.map((w) => `${w.severity}: ${w.id}`);
  entry('tpi-change', [
    `eligibility: ${guidance.eligibility.status}`,
    `sites: ${guidance.sites.map((s) => `${s.id} ${s.kind}${s.activity ? ` (${s.activity})` : ''}`).join('; ') || 'none'}`,
    `warnings: ${warnings.join('; ') || 'none'}`,
    `assessment: ${JSON.stringify(assessment).length} bytes of JSON`,
  ]);
});

guide.addEventListener('tpi-error', (event) => {
  const { source, issues } = event.detail;
  entry('tpi-error', [`source: ${source}`, ...issues.map((i) => `${i.path.join('.')}: ${i.message}`)]);
});

document.getElementById('load').addEventListener('click', () => {
  guide.assessment = fromRecord();
});
document.getElementById('bad').addEventListener('click', () => {
  // A typo the engine must refuse by name, not ignore: "tautband" is not a finding.
  guide.assessment = { sites: [{ id: 'exam-9', muscle: 'masseter', findings: { tautband: true } }] };
});

guide.assessment = fromRecord();
