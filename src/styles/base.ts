import { css } from 'lit';

// Styles every component shares: type scale, cards, native controls, focus, errors.
// Written one rule per line: these strings ship verbatim in the standalone bundle.
export const base = css`
  :host { display: block; }
  * { box-sizing: border-box; }
  h2, h3 { margin: 0 0 calc(var(--_sp) / 2); font-size: 1.05rem; line-height: 1.3; }
  h3 { font-size: 1rem; }
  p, ul, ol { margin: 0 0 calc(var(--_sp) / 2); }
  ul, ol { padding-left: 1.25em; }
  ul + h2 { margin-top: var(--_sp); }
  li { margin-bottom: 0.3em; }
  .card { background: var(--_bg); border: 1px solid var(--_border); border-radius: var(--_radius); padding: calc(var(--_sp) * 0.75); margin-bottom: calc(var(--_sp) * 0.75); }
  .muted { color: var(--_muted); font-size: 0.9em; }
  .vh { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  button, input, select { font: inherit; color: inherit; }
  input:not([type=radio], [type=checkbox]), select, button { min-height: 2.5rem; max-width: 100%; padding: 0.3em 0.5em; border: 1px solid var(--_border); border-radius: calc(var(--_radius) / 2); background: var(--_bg); }
  button { border-color: var(--_accent); color: var(--_accent); padding: 0.3em 0.9em; cursor: pointer; }
  button.primary { background: var(--_accent); color: var(--_on-accent); }
  button:disabled { opacity: 0.6; cursor: not-allowed; }
  [type=radio], [type=checkbox] { width: 1.15rem; height: 1.15rem; margin: 0; accent-color: var(--_accent); }
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
  .opts label { position: relative; display: inline-flex; align-items: center; min-height: 2rem; padding: 0 0.5em; border: 1px solid var(--_border); border-radius: 1em; cursor: pointer; }
  .opts input { position: absolute; inset: 0; width: 100%; height: 100%; opacity: 0; cursor: pointer; }
  .opts label:has(:checked) { background: var(--_accent); border-color: var(--_accent); color: var(--_on-accent); font-weight: 600; }
  .opts label:has(:focus-visible) { outline: 3px solid var(--_focus); outline-offset: 2px; }
  @media (forced-colors: active) { .opts input { position: static; width: 1rem; opacity: 1; } }
  details > summary { cursor: pointer; min-height: 2rem; }
`;
