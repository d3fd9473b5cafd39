import { css } from 'lit';

// Compact, one block per line. Colors come from the `--_*` variables of
// styles/tokens.ts, so the map follows the widget's theme and a host's `--tpi-*`
// tokens; it paints no surface of its own (the one tokens.ts gives a root in dark), so
// it sits on whatever holds it. Every state also shows as a shape or a line (marks, tick, stroke width),
// never as color alone, and forced colors get system colors (the SVG opts out of
// automatic adjustment to keep them).
export const styles = css`
:host{display:block;background:none}
p{margin:0 0 .5em}
.hint{color:var(--_muted);font-size:.9em}
.views{display:flex;flex-wrap:wrap;justify-content:center;gap:var(--_sp)}
.view{flex:1 1 19rem;max-width:21rem}
.cap{text-align:center}
.views svg{display:block;width:100%;height:auto;overflow:visible;touch-action:manipulation}
.body,.s{stroke:var(--_muted);vector-effect:non-scaling-stroke}
.body{fill:var(--_panel);stroke-width:1.25px}
.lr{font:700 13px var(--_font);fill:var(--_text);text-anchor:middle}
.r{cursor:pointer;outline:0}
.s{fill:var(--_muted);fill-opacity:.16;stroke-width:1px}
.area .s{fill-opacity:0;stroke-dasharray:4 3}
.marked .s{fill:var(--_accent);fill-opacity:.22;stroke-width:2px}
.r:hover .s{fill-opacity:.32}
.r.on .s{fill:var(--_accent);fill-opacity:.42;stroke:var(--_accent);stroke-width:2px;stroke-dasharray:none}
.r:focus-visible .s{stroke:var(--_focus);stroke-width:4px;stroke-dasharray:none}
.halo{fill:var(--_bg);fill-opacity:.9}
.f{fill:currentColor}
.o,.tick{fill:none;stroke:currentColor;stroke-width:1.75px;stroke-linecap:round;stroke-linejoin:round}
.tick{stroke:var(--_text);stroke-width:2.5px}
.active,.activity-unknown{color:var(--_crit)}
.latent{color:var(--_warn)}
.tender-spot{color:var(--_accent)}
.indeterminate,.none{color:var(--_muted)}
.legend ul{display:flex;flex-wrap:wrap;gap:.25em 1.25em;list-style:none;margin:0;padding:0}
.legend li{display:flex;align-items:center;gap:.4em}
.legend svg{width:1.25em;height:1.25em}
.legend p{font-weight:600;margin:var(--_sp) 0 .25em}
@media (forced-colors:active){
svg{forced-color-adjust:none}
.body,.r .s{fill:Canvas;fill-opacity:1;stroke:CanvasText}
.r.marked .s,.r:hover .s{stroke-width:3px}
.r.on .s{fill:Highlight;stroke:CanvasText}
.r:focus-visible .s{stroke:Highlight;stroke-width:5px}
.lr{fill:CanvasText}
.halo{fill:Canvas}
.mk{color:CanvasText}
.tick{stroke:HighlightText}
}
`;
