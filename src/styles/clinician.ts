import { css } from 'lit';

// Styles the clinician's parts share: cards, fields and rows, the three-state answers
// and the "Why?" disclosures. In the clinician chunk, beside `base`.
// Written one rule per line: these strings ship verbatim in the chunk.
//
// Three-state answers (present, absent, not examined) differ by shape and icon, not by
// color alone: present is a filled circle with a check mark, absent a square with a
// cross, not examined a dashed circle with a dash; an unchosen answer is an empty ring
// (.grid3, the findings). As pills with words (.opts), the chosen answer carries the
// same icon and a filled, bold or dashed outline.
export const clinician = css`
  .card { background: var(--_bg); border: 1px solid var(--_border); border-radius: var(--_radius); padding: calc(var(--_sp) * 0.75); margin-bottom: calc(var(--_sp) * 0.75); }
  button.link { min-height: 1.75rem; padding: 0; border: 0; background: none; text-align: start; text-decoration: underline; }
  button.small { min-height: 2rem; padding: 0.1em 0.6em; font-size: 0.9em; }
  input[aria-invalid=true] { border: 2px solid var(--_crit); }
  label.check { display: inline-flex; align-items: center; gap: 0.4em; min-height: 2rem; margin-right: 1em; }
  .field { display: flex; flex-direction: column; gap: 0.2em; margin-bottom: calc(var(--_sp) / 2); }
  .row { display: flex; flex-wrap: wrap; gap: 0 0.75em; align-items: end; }
  .row .field { flex: 1 1 9rem; }
  .row button { margin-bottom: calc(var(--_sp) / 2); }
  .row > p { flex-basis: 100%; margin: 0; }
  .tri { margin: 0 0 0.35em; }
  .tri legend { float: left; width: 13em; padding: 0.3em 0; }
  .opts { display: inline-flex; flex-wrap: wrap; gap: 0.25em; font-size: 0.9375rem; }
  .opts label { position: relative; display: inline-flex; align-items: center; gap: 0.3em; min-height: 2rem; padding: 0 0.6em; border: 1px solid var(--_border); border-radius: 1em; cursor: pointer; }
  .opts input { position: absolute; inset: 0; width: 100%; height: 100%; opacity: 0; cursor: pointer; }
  .opts label:has(:checked) { font-weight: 600; border-width: 2px; }
  .opts label:has(:focus-visible) { outline: 3px solid var(--_focus); outline-offset: 2px; }
  .opts [data-state=yes]:has(:checked) { background: var(--_accent); border-color: var(--_accent); color: var(--_on-accent); }
  .opts [data-state=yes]:has(:checked)::before { content: '✓' / ''; }
  .opts [data-state=no]:has(:checked) { background: var(--_panel); border-color: var(--_text); }
  .opts [data-state=no]:has(:checked)::before { content: '✕' / ''; }
  .opts [data-state=unset]:has(:checked) { border-style: dashed; border-color: var(--_muted); }
  .opts [data-state=unset]:has(:checked)::before { content: '–' / ''; }
  .grid3 { display: grid; grid-template-columns: repeat(3, 3.25rem); justify-items: center; }
  .grid3 label { position: relative; display: grid; place-items: center; width: 3.25rem; min-height: 2.25rem; cursor: pointer; }
  .grid3 input { position: absolute; inset: 0; width: 100%; height: 100%; opacity: 0; cursor: pointer; }
  .grid3 label::before { content: ''; display: grid; place-items: center; width: 1.6rem; height: 1.6rem; border: 1.5px solid var(--_border); border-radius: 50%; font-weight: 700; line-height: 1; }
  .grid3 [data-state=yes]:has(:checked)::before { content: '✓' / ''; background: var(--_accent); border-color: var(--_accent); color: var(--_on-accent); }
  .grid3 [data-state=no]:has(:checked)::before { content: '✕' / ''; border: 2px solid var(--_text); border-radius: 4px; background: var(--_panel); }
  .grid3 [data-state=unset]:has(:checked)::before { content: '–' / ''; border: 2px dashed var(--_muted); background: color-mix(in srgb, var(--_muted) 12%, transparent); color: var(--_muted); }
  .grid3 label:has(:focus-visible)::before { outline: 3px solid var(--_focus); outline-offset: 2px; }
  .grid3 label:hover::before { border-color: var(--_accent); }
  .why { margin-left: 0.25em; }
  .why-panel { margin: 0.35em 0 0.5em; padding: 0.5em 0.75em; border-left: 3px solid var(--_border); background: var(--_panel); border-radius: 0 calc(var(--_radius) / 2) calc(var(--_radius) / 2) 0; font-size: 0.9375rem; }
  .why-panel ul, .why-panel ol { margin-bottom: 0.25em; }
  @media (forced-colors: active) { .opts input, .grid3 input { position: static; width: 1rem; height: 1rem; opacity: 1; } .grid3 label::before { display: none; } }
`;
