import { css } from 'lit';

// Styles every component of both audiences shares: type scale, native controls, focus,
// errors (the clinician form's own are in clinician.ts, in the clinician chunk).
// Written one rule per line: these strings ship verbatim in the standalone bundle.
//
// Checkboxes and radios are drawn from the theme tokens, not left to the browser, so a
// box reads the same in light and dark and on any host page: unticked is an empty box,
// ticked is filled with a check mark. In forced colors the native controls come back.
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
  .muted { color: var(--_muted); font-size: 0.9em; }
  .vh { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  button, input, select { font: inherit; color: inherit; }
  input:not([type=radio], [type=checkbox]), select, button { min-height: 2.5rem; max-width: 100%; padding: 0.3em 0.5em; border: 1px solid var(--_border); border-radius: calc(var(--_radius) / 2); background: var(--_bg); }
  button { border-color: var(--_accent); color: var(--_accent); padding: 0.3em 0.9em; cursor: pointer; }
  button.primary { background: var(--_accent); color: var(--_on-accent); }
  button:disabled { opacity: 0.6; cursor: not-allowed; }
  [type=radio], [type=checkbox] { appearance: none; flex: none; display: inline-grid; place-content: center; width: 1.15rem; height: 1.15rem; margin: 0; border: 2px solid var(--_border); border-radius: 3px; background: var(--_bg); cursor: pointer; }
  [type=radio] { border-radius: 50%; }
  [type=checkbox]:checked, [type=radio]:checked { border-color: var(--_accent); background: var(--_accent); }
  [type=checkbox]:checked::before { content: ''; width: 0.55rem; height: 0.3rem; margin-top: -0.15rem; border: solid var(--_on-accent); border-width: 0 0 2px 2px; transform: rotate(-45deg); }
  [type=radio]:checked::before { content: ''; width: 0.45rem; height: 0.45rem; border-radius: 50%; background: var(--_on-accent); }
  :focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px; }
  .error { color: var(--_crit); font-weight: 600; }
  fieldset { border: 0; margin: 0; padding: 0; min-width: 0; }
  legend { padding: 0; }
  @media (forced-colors: active) { [type=radio], [type=checkbox] { appearance: auto; } }
  details > summary { cursor: pointer; min-height: 2rem; }
`;
