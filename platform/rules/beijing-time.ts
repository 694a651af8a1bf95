/**
 * China keeps one time zone, UTC+8, without daylight saving. Every day the domain speaks of — a request's
 * deadline, a decision's due date, an agreement's last day, a day of service, a year of review — is a day
 * in Beijing, whatever the server's own zone: these are the one place that says how to count them.
 */
export const BEIJING_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

/** The Beijing calendar day on which `at` falls, as YYYY-MM-DD. */
export const beijingDayOf = (at: Date): string => new Date(at.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 10);

/** The instant that Beijing day begins. */
export const beijingDayStart = (at: Date): Date => new Date(Math.floor((at.getTime() + BEIJING_OFFSET_MS) / DAY_MS) * DAY_MS - BEIJING_OFFSET_MS);

/** The instant the Beijing day after it begins: the exclusive end of `at`'s day. */
export const beijingDayEnd = (at: Date): Date => new Date(beijingDayStart(at).getTime() + DAY_MS);

/** The Beijing calendar year in which `at` falls. */
export const beijingYearOf = (at: Date): number => new Date(at.getTime() + BEIJING_OFFSET_MS).getUTCFullYear();

/** A Beijing calendar year, as [from, to). */
export const beijingYear = (year: number): { from: Date; to: Date } => ({
  from: new Date(Date.UTC(year, 0, 1) - BEIJING_OFFSET_MS),
  to: new Date(Date.UTC(year + 1, 0, 1) - BEIJING_OFFSET_MS),
});
