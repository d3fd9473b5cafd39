import { css } from 'lit';

// Styles every component shares: type scale, cards, native controls, focus, errors, the
// three-state answers and the "Why?" disclosures.
// Written one rule per line: these strings ship verbatim in the standalone bundle.
//
// Checkboxes and radios are drawn from the theme tokens, not left to the browser, so a
// box reads the same in light and dark and on any host page: unticked is an empty box,
// ticked is filled with a check mark. In forced colors the native controls come back.
//
// Three-state answers (present, absent, not examined) differ by shape and icon, not by
// color alone: present is a filled circle with a check mark, absent a square with a
// cross, not examined a dashed circle with a dash; an unchosen answer is an empty ring.
// `--_sm-top` / `--_sm-bottom` keep a focused control clear of the sticky summary and
// status bar when the browser scrolls it into view.
export const base = css`
  :host { display: block; }
  * { box-sizing: border-box; }
  h2, h3 { margin: 0 0 calc(var(--_sp) / 2); font-size: 1.05rem; line-height: 1.3; }
  h3 { font-size: 1rem; }
  p, ul, ol { margin: 0 0 calc(var(--_sp) / 2); }
  ul, ol { padding-left: 1.25em; }
  ul + h2 { margin-top: var(--_sp); }
  li { margin-bottom: 0.3em; }
  a { color: var(--_accent); overflow-wrap: anywhere; }
  :focus { scroll-margin-top: var(--_sm-top, 0px); scroll-margin-bottom: var(--_sm-bottom, 0px); }
  .card { background: var(--_bg); border: 1px solid var(--_border); border-radius: var(--_radius); padding: calc(var(--_sp) * 0.75); margin-bottom: calc(var(--_sp) * 0.75); }
  .muted { color: var(--_muted); font-size: 0.9em; }
  .vh { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  button, input, select { font: inherit; color: inherit; }
  input:not([type=radio], [type=checkbox]), select, button { min-height: 2.5rem; max-width: 100%; padding: 0.3em 0.5em; border: 1px solid var(--_border); border-radius: calc(var(--_radius) / 2); background: var(--_bg); }
  button { border-color: var(--_accent); color: var(--_accent); padding: 0.3em 0.9em; cursor: pointer; }
  button.primary { background: var(--_accent); color: var(--_on-accent); }
  button.link { min-height: 1.75rem; padding: 0; border: 0; background: none; text-align: start; text-decoration: underline; }
  button.small { min-height: 2rem; padding: 0.1em 0.6em; font-size: 0.9em; }
  button:disabled { opacity: 0.6; cursor: not-allowed; }
  [type=radio], [type=checkbox] { appearance: none; flex: none; display: inline-grid; place-content: center; width: 1.15rem; height: 1.15rem; margin: 0; border: 2px solid var(--_border); border-radius: 3px; background: var(--_bg); cursor: pointer; }
  [type=radio] { border-radius: 50%; }
  [type=checkbox]:checked, [type=radio]:checked { border-color: var(--_accent); background: var(--_accent); }
  [type=checkbox]:checked::before { content: ''; width: 0.55rem; height: 0.3rem; margin-top: -0.15rem; border: solid var(--_on-accent); border-width: 0 0 2px 2px; transform: rotate(-45deg); }
  [type=radio]:checked::before { content: ''; width: 0.45rem; height: 0.45rem; border-radius: 50%; background: var(--_on-accent); }
  :focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px; }
  input[aria-invalid=true] { border: 2px solid var(--_crit); }
  .error { color: var(--_crit); font-weight: 600; }
  fieldset { border: 0; margin: 0; padding: 0; min-width: 0; }
  legend { padding: 0; }
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
  .grid3 { display: grid; grid-template-columns: repeat(3, 3rem); justify-items: center; }
  .grid3 label { position: relative; display: grid; place-items: center; width: 3rem; min-height: 2.25rem; cursor: pointer; }
  .grid3 input { position: absolute; inset: 0; width: 100%; height: 100%; opacity: 0; cursor: pointer; }
  .grid3 label::before { content: ''; display: grid; place-items: center; width: 1.6rem; height: 1.6rem; border: 1.5px solid var(--_border); border-radius: 50%; font-weight: 700; line-height: 1; }
  .grid3 [data-state=yes]:has(:checked)::before { content: '✓' / ''; background: var(--_accent); border-color: var(--_accent); color: var(--_on-accent); }
  .grid3 [data-state=no]:has(:checked)::before { content: '✕' / ''; border: 2px solid var(--_text); border-radius: 4px; background: var(--_panel); }
  .grid3 [data-state=unset]:has(:checked)::before { content: '–' / ''; border: 2px dashed var(--_muted); color: var(--_muted); }
  .grid3 label:has(:focus-visible)::before { outline: 3px solid var(--_focus); outline-offset: 2px; }
  .grid3 label:hover::before { border-color: var(--_accent); }
  @media (forced-colors: active) { [type=radio], [type=checkbox] { appearance: auto; } .opts input, .grid3 input { position: static; width: 1rem; height: 1rem; opacity: 1; } .grid3 label::before { display: none; } }
  details > summary { cursor: pointer; min-height: 2rem; }
  .why { margin-left: 0.25em; }
  .why-panel { margin: 0.35em 0 0.5em; padding: 0.5em 0.75em; border-left: 3px solid var(--_border); background: var(--_panel); border-radius: 0 calc(var(--_radius) / 2) calc(var(--_radius) / 2) 0; font-size: 0.9375rem; }
  .why-panel ul, .why-panel ol { margin-bottom: 0.25em; }
  .why-panel h4 { margin: 0.5em 0 0.25em; font-size: 0.9em; }
`;
