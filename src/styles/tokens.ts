import { css } from 'lit';

// The public theme tokens (`--tpi-*`, documented on <tpi-guide>) resolved once on the
// root into private `--_*` variables, so a host may set them on the element or on any
// ancestor, and every inner component inherits them through its shadow root.
export const tokens = css`
  :host {
    --_font: var(--tpi-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_text: var(--tpi-color-text, #1b1f24);
    --_muted: var(--tpi-color-muted, #4a5361);
    --_bg: var(--tpi-color-background, #fff);
    --_panel: var(--tpi-color-panel, #eef3fb);
    --_border: var(--tpi-color-border, #8c96a3);
    --_accent: var(--tpi-color-accent, #0b57d0);
    --_on-accent: var(--tpi-color-on-accent, #fff);
    --_ok: var(--tpi-color-ok, #1d6b35);
    --_warn: var(--tpi-color-warning, #8a4b00);
    --_crit: var(--tpi-color-critical, #b3261e);
    --_focus: var(--tpi-color-focus, #0b57d0);
    --_radius: var(--tpi-radius, 8px);
    --_sp: var(--tpi-space, 1rem);
    font-family: var(--_font);
    color: var(--_text);
    line-height: 1.45;
  }
`;
