// Calendar dates as whole days. Only strict 'YYYY-MM-DD' real calendar dates count
// (proleptic Gregorian, years 0000 to 9999, as `Date` reads an ISO date).

const DATE = /^(\d{4})-(\d\d)-(\d\d)$/;

/** Days since 1970-01-01 of a strict 'YYYY-MM-DD' real calendar date, else undefined. */
export function dayNumber(text: unknown): number | undefined {
  const ymd = typeof text == 'string' ? DATE.exec(text) : null;
  if (!ymd) return;
  // setUTCFullYear reads years 0000 to 0099 as written (Date.UTC would add 1900); a month
  // or day out of range rolls over, so reading it back rejects 2026-02-29 and the like.
  const t = new Date(0);
  t.setUTCFullYear(+ymd[1]!, +ymd[2]! - 1, +ymd[3]!);
  if (t.getUTCMonth() == +ymd[2]! - 1 && t.getUTCDate() == +ymd[3]!) return t.getTime() / 864e5;
}

/** The current local date as 'YYYY-MM-DD'. */
export const localToday = (t = new Date()) => new Date(t.getTime() - t.getTimezoneOffset() * 6e4).toISOString().slice(0, 10);
