// Status, verification and date checks shared by the readers. Each answers true when
// the resource may be used, and otherwise reports why it is not.
import { report, type Ctx, type Src } from './context.js';
import { fhirDate, isObj, quote, str, type FhirDate } from './read.js';

/**
 * Checks `status` against the accepted values: entered-in-error is reported as such,
 * anything else outside `accepted` with `otherwise` (not-active, not-final, not-completed).
 */
export function statusAllows(
  ctx: Ctx,
  src: Src,
  accepted: readonly string[],
  otherwise: 'not-active' | 'not-final' | 'not-completed',
  what: string,
): boolean {
  const status = str(src.resource.status);
  if (status === 'entered-in-error') {
    report(ctx, src, 'entered-in-error', `${what} was entered in error.`);
    return false;
  }
  if (status && accepted.includes(status)) return true;
  report(ctx, src, otherwise, status ? `${what} has status "${quote(status)}"; only ${accepted.join(', ')} is read.` : `${what} has no status.`);
  return false;
}

/** A date element: undefined when absent, `false` (reported) when present but not a FHIR date. */
export function dateAt(ctx: Ctx, src: Src, path: string, value: unknown): FhirDate | undefined | false {
  if (value === undefined) return undefined;
  const date = fhirDate(value);
  if (date) return date;
  report(ctx, src, 'invalid-value', `${path} is not a FHIR date.`, path);
  return false;
}

/** The first date among `[path, value]` pairs that is present (a Period gives its start, else its end). */
export function firstDate(ctx: Ctx, src: Src, candidates: readonly [string, unknown][]): FhirDate | undefined | false {
  for (const [path, value] of candidates) {
    if (isObj(value) && path.endsWith('Period')) {
      const start = dateAt(ctx, src, `${path}.start`, value.start);
      if (start !== undefined) return start;
      const end = dateAt(ctx, src, `${path}.end`, value.end);
      if (end !== undefined) return end;
      continue;
    }
    const date = dateAt(ctx, src, path, value);
    if (date !== undefined) return date;
  }
  return undefined;
}

/** False (reported) when the date's first possible day is after today. */
export function notFuture(ctx: Ctx, src: Src, date: FhirDate | undefined, what: string): boolean {
  if (!date || date.first <= ctx.today) return true;
  report(ctx, src, 'future-dated', `${what} is dated ${quote(date.text)}, after ${ctx.today}.`);
  return false;
}
