import { beijingDayOf } from '../../../../platform/rules/beijing-time';

/**
 * Working days (工作日) for time limits (限期办结). China counts Monday to
 * Friday, except the public holidays, plus the weekend days that the State
 * Council makes working days to bridge a holiday (调休). Each year's
 * arrangement is published by the General Office of the State Council late
 * in the year before; add it below when it is out. Days beyond the table
 * count as plain weekdays.
 *
 * Days are calendar days in Beijing time (UTC+8, no daylight saving), as
 * `YYYY-MM-DD`, whatever the server's own time zone.
 */

export interface WorkingCalendar {
  /** Weekdays off (法定节假日及调休). */
  holidays: ReadonlySet<string>;
  /** Weekend days worked (调休上班). */
  workdays: ReadonlySet<string>;
}

const range = (from: string, days: number) =>
  Array.from({ length: days }, (_, i) => dayOf(new Date(Date.parse(`${from}T12:00:00+08:00`) + i * DAY_MS)));

const DAY_MS = 86_400_000;

/** The arrangements of 2025 and 2026 (国办发明电〔2024〕12号, 国办发明电〔2025〕7号). */
export const CHINA_CALENDAR: WorkingCalendar = {
  holidays: new Set([
    // 2025
    ...range('2025-01-01', 1),
    ...range('2025-01-28', 8),
    ...range('2025-04-04', 3),
    ...range('2025-05-01', 5),
    ...range('2025-05-31', 3),
    ...range('2025-10-01', 8),
    // 2026
    ...range('2026-01-01', 3),
    ...range('2026-02-15', 9),
    ...range('2026-04-04', 3),
    ...range('2026-05-01', 5),
    ...range('2026-06-19', 3),
    ...range('2026-09-25', 3),
    ...range('2026-10-01', 7),
  ]),
  workdays: new Set([
    '2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11',
    '2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10',
  ]),
};

/** The Beijing calendar day of an instant, as YYYY-MM-DD (a function: the tables above use it as they load). */
export function dayOf(instant: Date): string {
  return beijingDayOf(instant);
}

/** The last millisecond of a Beijing calendar day. */
export function endOfDay(day: string): Date {
  return new Date(Date.parse(`${day}T23:59:59.999+08:00`));
}

export function isWorkingDay(day: string, calendar: WorkingCalendar = CHINA_CALENDAR): boolean {
  if (calendar.workdays.has(day)) return true;
  if (calendar.holidays.has(day)) return false;
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

const nextDay = (day: string) => new Date(Date.parse(`${day}T12:00:00Z`) + DAY_MS).toISOString().slice(0, 10);

/**
 * The deadline `workingDays` after `from`: the end of the n-th working day
 * after the day of `from` (that day itself does not count, as in 3个工作日内).
 * Zero means the same day (当日办结): the end of the day of `from`.
 */
export function addWorkingDays(from: Date, workingDays: number, calendar: WorkingCalendar = CHINA_CALENDAR): Date {
  let day = dayOf(from);
  for (let left = workingDays; left > 0; ) {
    day = nextDay(day);
    if (isWorkingDay(day, calendar)) left -= 1;
  }
  return endOfDay(day);
}
