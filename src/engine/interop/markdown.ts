// Text that goes into CDS Hooks cards. Host strings (site ids) and engine messages
// are escaped so that they render as the characters they are, never as links,
// images, emphasis or HTML in the EHR's Markdown renderer.

/** Escapes every ASCII punctuation character CommonMark could read as syntax; joins lines. */
export function mdText(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\`*_{}[\]()#+\-.!|<>~&"'=:@]/g, '\\$&');
}

/**
 * Shortens one line of text to at most `max` UTF-16 code units (so a checker counting
 * JavaScript string length agrees), cutting at a word boundary where it can and never
 * inside a surrogate pair, and ending with an ellipsis when cut.
 */
export function clampText(text: string, max: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= max) return line;
  let kept = '';
  for (const char of line) {
    if (kept.length + char.length > max - 1) break;
    kept += char;
  }
  const space = kept.lastIndexOf(' ');
  if (space > max / 2) kept = kept.slice(0, space);
  return `${kept.replace(/[\s,;:.]+$/, '')}…`;
}
