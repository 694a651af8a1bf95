import { failed, ok, userError, type Outcome, type UserError } from '../../../../platform/rules/user-errors';
import { RequestCategory } from '../../generated/resolvers';

/**
 * 时限规则表: a street's time limits for residents' requests, by category — how soon a committee
 * should accept one (响应, hours), how long it has to resolve it (办结, working days) and how soon a
 * unit or department called by a whistle must report in (报到, hours). Each street edits its own
 * table; a street that never did uses the default one. A request takes its category's limits when
 * it is received and keeps them: changing the table changes only the requests received after.
 */

export interface CategoryLimits {
  /** 办结: working days from receipt (0: the same day, 当日办结). */
  workingDays: number;
  /** 响应: hours from receipt by which a committee should accept it. */
  respondHours: number;
  /** 报到: hours from a whistle by which a called party must report in. */
  reportInHours: number;
}

export type LimitTable = Record<RequestCategory, CategoryLimits>;

const limits = (workingDays: number, respondHours: number, reportInHours: number): CategoryLimits => ({ workingDays, respondHours, reportInHours });

/** The default table: the fixed limits the project has always used, with the hours of 接诉即办 practice. */
export const DEFAULT_TIME_LIMITS: LimitTable = {
  EMERGENCY: limits(0, 1, 1),
  SAFETY_HAZARD: limits(0, 2, 2),
  REPAIRS: limits(3, 24, 24),
  ENVIRONMENT: limits(3, 24, 24),
  ELDER_AND_CHILD_CARE: limits(3, 24, 24),
  POLICY_CONSULTATION: limits(3, 24, 24),
  PROPERTY_MANAGEMENT: limits(13, 48, 48),
  NEIGHBOUR_DISPUTE: limits(13, 48, 48),
  OTHER: limits(13, 48, 48),
};

export const MAX_WORKING_DAYS = 30;
export const MAX_HOURS = 72;

/** A version of a street's table, as its ledger records it (`data.state`). */
export interface TableState {
  version: number;
  limits: LimitTable;
  note: string | null;
}

export const DEFAULT_TABLE_STATE: TableState = { version: 0, limits: DEFAULT_TIME_LIMITS, note: null };

/** The rows of a table, in the categories' order. */
export const tableRows = (table: LimitTable) => Object.values(RequestCategory).map((category) => ({ category, ...table[category] }));

/**
 * A change of the table: each category at most once, working days 0–30, hours 1–72, a note of at
 * most 500 characters. Categories not given keep their current limits; the version goes up by one.
 */
export function decideTableChange(
  current: TableState,
  rows: readonly ({ category: RequestCategory } & CategoryLimits)[],
  note: string | null,
): Outcome<{ action: 'SET_TIME_LIMITS'; data: { state: TableState; categories: RequestCategory[] } }> {
  const errors: UserError[] = [];
  if (rows.length < 1) errors.push(userError('INVALID_LIMITS', '请至少给出一个类别的时限 · give at least one category', 'limits'));
  const seen = new Set<RequestCategory>();
  rows.forEach((row, i) => {
    const at = `limits.${i}`;
    if (seen.has(row.category)) errors.push(userError('INVALID_LIMITS', '同一类别只能出现一次 · a category is given twice', `${at}.category`));
    seen.add(row.category);
    if (!Number.isInteger(row.workingDays) || row.workingDays < 0 || row.workingDays > MAX_WORKING_DAYS) {
      errors.push(userError('INVALID_LIMITS', `办结时限须为0至${MAX_WORKING_DAYS}个工作日 · 0 to ${MAX_WORKING_DAYS} working days`, `${at}.workingDays`));
    }
    for (const field of ['respondHours', 'reportInHours'] as const) {
      if (!Number.isInteger(row[field]) || row[field] < 1 || row[field] > MAX_HOURS) {
        errors.push(userError('INVALID_LIMITS', `小时数须为1至${MAX_HOURS} · 1 to ${MAX_HOURS} hours`, `${at}.${field}`));
      }
    }
  });
  const trimmed = note?.trim() || null;
  if (trimmed && trimmed.length > 500) errors.push(userError('INVALID_NOTE', '说明不超过500字 · at most 500 characters', 'note'));
  if (errors.length) return failed(...errors);
  const table = { ...current.limits };
  for (const { category, workingDays, respondHours, reportInHours } of rows) table[category] = { workingDays, respondHours, reportInHours };
  return ok({ action: 'SET_TIME_LIMITS', data: { state: { version: current.version + 1, limits: table, note: trimmed }, categories: rows.map((r) => r.category) } });
}
