/** W3C dates (YYYY, YYYY-MM, YYYY-MM-DD), the form CMIF's `@when` takes. */
const W3C_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** A W3C date that exists on the calendar (no 1949-02-30). */
export function isW3cDate(value: string): boolean {
  if (!W3C_DATE.test(value)) return false;
  const [y, m = 1, d = 1] = value.split('-').map(Number) as [number, number?, number?];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
