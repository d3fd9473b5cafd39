// Calendar dates as whole days. Only strict 'YYYY-MM-DD' real calendar dates count.

/** Days since 1970-01-01 of a strict 'YYYY-MM-DD' real calendar date, else undefined. */
export function dayNumber(text: unknown): number | undefined {
  // ISO date-only strings parse as UTC; the round trip rejects 2026-02-29 and the like.
  const t = typeof text == 'string' && /^\d{4}-\d\d-\d\d$/.test(text) ? Date.parse(text) : NaN;
  if (t === t && new Date(t).toISOString().slice(0, 10) == text) return t / 864e5;
}

/** The current local date as 'YYYY-MM-DD'. */
export const localToday = (t = new Date()) => new Date(t.getTime() - t.getTimezoneOffset() * 6e4).toISOString().slice(0, 10);
