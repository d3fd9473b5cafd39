import { css } from 'lit';

// The public theme tokens (`--tpi-*`, documented on <tpi-guide>) resolved once on the
// root into private `--_*` variables, so a host may set them on the element or on any
// ancestor, and every inner component inherits them through its shadow root.
//
// Light and dark defaults. The widget is dark when its color scheme is: inherited from a
// host page that declares `color-scheme: dark`, or, on a page that declares none, when
// the person prefers dark (then the widget sets its own `color-scheme: dark`). A host's
// `--tpi-*` values always win; `tpi-guide { color-scheme: light }` keeps it light. In
// dark, the widget paints its own surface (the host's card background if it set one),
// so its light text never lands on a light page. Browsers without light-dark() follow
// the preference alone.
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
    --_surface: var(--tpi-color-surface, transparent);
    --_radius: var(--tpi-radius, 8px);
    --_sp: var(--tpi-space, 1rem);
    --_top: var(--tpi-sticky-top, 0px);
    font-family: var(--_font);
    color: var(--_text);
    background: var(--_surface);
    line-height: 1.45;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      color-scheme: dark;
      --_text: var(--tpi-color-text, #e6edf3);
      --_muted: var(--tpi-color-muted, #b3bcc6);
      --_bg: var(--tpi-color-background, #1f2329);
      --_panel: var(--tpi-color-panel, #22324a);
      --_border: var(--tpi-color-border, #8b949e);
      --_accent: var(--tpi-color-accent, #8cb4ff);
      --_on-accent: var(--tpi-color-on-accent, #0b1a33);
      --_ok: var(--tpi-color-ok, #72d28e);
      --_warn: var(--tpi-color-warning, #f2b45c);
      --_crit: var(--tpi-color-critical, #ff9087);
      --_focus: var(--tpi-color-focus, #8cb4ff);
      --_surface: var(--tpi-color-surface, var(--tpi-color-background, #16191d));
    }
  }
  @supports (color: light-dark(#000, #fff)) {
    :host {
      --_text: var(--tpi-color-text, light-dark(#1b1f24, #e6edf3));
      --_muted: var(--tpi-color-muted, light-dark(#4a5361, #b3bcc6));
      --_bg: var(--tpi-color-background, light-dark(#fff, #1f2329));
      --_panel: var(--tpi-color-panel, light-dark(#eef3fb, #22324a));
      --_border: var(--tpi-color-border, light-dark(#8c96a3, #8b949e));
      --_accent: var(--tpi-color-accent, light-dark(#0b57d0, #8cb4ff));
      --_on-accent: var(--tpi-color-on-accent, light-dark(#fff, #0b1a33));
      --_ok: var(--tpi-color-ok, light-dark(#1d6b35, #72d28e));
      --_warn: var(--tpi-color-warning, light-dark(#8a4b00, #f2b45c));
      --_crit: var(--tpi-color-critical, light-dark(#b3261e, #ff9087));
      --_focus: var(--tpi-color-focus, light-dark(#0b57d0, #8cb4ff));
      --_surface: var(--tpi-color-surface, light-dark(transparent, var(--tpi-color-background, #16191d)));
    }
  }
`;
