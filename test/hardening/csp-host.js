// The portal's script (script-src 'self'): it listens to the widget's events and drives
// it only through its public properties, as a hospital portal would. It keeps what the
// events carried in window.hostLog for the test to read.
/* global document, window */ // runs in the browser
const guide = document.querySelector('tpi-guide');
const log = { change: [], error: [], book: [], export: [] };
window.hostLog = log;

guide.addEventListener('tpi-change', (e) => log.change.push(e.detail.assessment));
guide.addEventListener('tpi-error', (e) => log.error.push({ source: e.detail.source, issues: e.detail.issues.length }));
guide.addEventListener('tpi-book', (e) => log.book.push(e.detail.service));
guide.addEventListener('tpi-export', (e) => log.export.push({ format: e.detail.format, data: e.detail.data }));

const on = (id, action) => document.getElementById(id).addEventListener('click', action);
on('patient', () => (guide.audience = 'patient'));
on('clinician', () => (guide.audience = 'clinician'));
// A record from a broken interface: the wrong types in the wrong places.
on('bad-record', () => (guide.assessment = { sites: [{ id: 42, muscle: 'not-a-muscle', findings: 'yes' }] }));
// A rule set whose rule refers to a fact that does not exist.
on('bad-rules', () => (guide.ruleset = { id: 'portal-rules', rules: [{ id: 'r1', when: { fact: 'nope', op: 'eq', value: 1 } }] }));
