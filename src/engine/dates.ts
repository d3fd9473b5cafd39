// Calendar dates as whole days. Only strict 'YYYY-MM-DD' real dates are accepted.

/** Days since 1970-01-01 of a strict 'YYYY-MM-DD' real calendar date, else undefined. */
export function dayNumber(text: unknown): number | undefined {
  const m = typeof text == 'string' ? /^(\d{4})-(\d\d)-(\d\d)$/.exec(text) : null;
  if (!m) return;
  const [y, mo, d] = [+m[1]!, +m[2]! - 1, +m[3]!];
  // +400 years: same calendar (a 400-year cycle), and Date.UTC never maps it to 19xx.
  const t = new Date(Date.UTC(y + 400, mo, d));
  if (t.getUTCMonth() == mo && t.getUTCDate() == d) return t.getTime() / 864e5 - 146097;
}

/** The current local date as 'YYYY-MM-DD'. */
export function localToday(): string {
  const t = new Date();
  return [t.getFullYear(), t.getMonth() + 1, t.getDate()].map((n, i) => String(n).padStart(i ? 2 : 4, '0')).join('-');
}
