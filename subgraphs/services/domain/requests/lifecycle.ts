import { failed, ok, userError, type Outcome, type UserError } from '../../../../platform/rules/user-errors';
import { addWorkingDays, CHINA_CALENDAR, type WorkingCalendar } from './calendar';
import { DEFAULT_TIME_LIMITS, type CategoryLimits } from './time-limits';
import { RequestCategory, RequestChannel, RequestStatus, type ExtensionStatus } from '../../generated/resolvers';

/**
 * Residents' requests (群众诉求 · 民呼我应 · 吹哨报到 · 接诉即办) as decisions on
 * a request's ledger state, in plain functions: each takes the state as the
 * ledger last recorded it and returns the event to append, with the state
 * after it, or the user errors that stop it. Every step is an event, so the
 * ledger is the request's full record: who, when, what, why.
 *
 *   RECEIVED ─accept→ ACCEPTED ─whistle→ WHISTLED ─resolve→ RESOLVED ─rate ≥ 3→ CLOSED
 *                        └───────────────resolve──────────────┘   └─rate ≤ 2→ ACCEPTED (reopened)
 *
 * While in hand, a request may be handed on (转办) to the party that owns it, the deadline kept, and
 * the street may remind its handler (督办 · 催办) once it is overdue or escalated.
 */

export const REQUEST_CATEGORIES: readonly RequestCategory[] = Object.values(RequestCategory);
export type { RequestCategory };

/** 办理时限 of the default table: working days from receipt (0: the same day, 当日办结); a street may have its own (time-limits.ts). */
export const TIME_LIMITS: Record<RequestCategory, number> = Object.fromEntries(
  Object.entries(DEFAULT_TIME_LIMITS).map(([category, limits]) => [category, limits.workingDays]),
) as Record<RequestCategory, number>;

export const REQUEST_CHANNELS: readonly RequestChannel[] = Object.values(RequestChannel);
export type { RequestChannel };
export const REQUEST_STATUSES: readonly RequestStatus[] = Object.values(RequestStatus);
export type { RequestStatus };
/** Still in the community's hands: the deadline runs. */
export const OPEN_STATUSES: readonly RequestStatus[] = ['RECEIVED', 'ACCEPTED', 'WHISTLED'];

/** A unit or a department called by a whistle (吹哨), and its report (报到) and response. */
export interface WhistleCall {
  /** The called party: a resident unit's id, or a department's (`kind: 'DEPARTMENT'`). */
  unitId: string;
  /** DEPARTMENT for a street's department (职能部门); absent for a resident unit. */
  kind?: 'UNIT' | 'DEPARTMENT';
  /** 报到期限: by when it must report in (absent on calls from before the time-limit tables). */
  reportBy?: Date | null;
  instruction: string;
  calledAt: Date;
  calledBy: string;
  reportedAt: Date | null;
  reportedBy: string | null;
  response: string | null;
  respondedAt: Date | null;
}

export interface Extension {
  workingDays: number;
  reason: string;
  requestedAt: Date;
  requestedBy: string;
  status: ExtensionStatus;
  decidedAt: Date | null;
  decidedBy: string | null;
  note: string | null;
}

/** 转办: the request handed on from one handler to another. */
export interface Transfer {
  fromId: string | null;
  toId: string;
  reason: string;
  at: Date;
  by: string;
}

/** 督办 · 催办: a reminder from the street to the handler. */
export interface Reminder {
  organizationId: string;
  handlerId: string | null;
  note: string;
  at: Date;
  by: string;
}

export interface Rating {
  score: number;
  comment: string | null;
  at: Date;
  by: string;
}

export interface RequestState {
  status: RequestStatus;
  deadline: Date;
  acceptedAt: Date | null;
  /** 首问负责: the organisation that accepted first owns the request, and the person who accepted it. */
  handler: { organizationId: string; path: string[]; subject: string } | null;
  whistles: WhistleCall[];
  extensions: Extension[];
  resolution: string | null;
  resolvedAt: Date | null;
  /** Resolved by the deadline in force at the time. */
  resolvedOnTime: boolean | null;
  /** The resident's last rating. */
  rating: Rating | null;
  reopenCount: number;
  escalatedAt: Date | null;
  /** The street an overdue request was escalated to. */
  escalatedTo: string | null;
  /** Its category's limits in its street's table when it was received (absent on older requests: the default table's). */
  limits?: CategoryLimits;
  /** 响应期限: by when a committee should accept it. */
  respondBy?: Date | null;
  transfers?: Transfer[];
  reminders?: Reminder[];
}

export type RequestAction =
  | 'RAISE'
  | 'ACCEPT'
  | 'WHISTLE'
  | 'REPORT'
  | 'RESPOND'
  | 'REQUEST_EXTENSION'
  | 'DECIDE_EXTENSION'
  | 'RESOLVE'
  | 'RATE'
  | 'ESCALATE'
  | 'TRANSFER'
  | 'REMIND';

export interface RequestEvent {
  action: RequestAction;
  data: { from: RequestStatus | null; to: RequestStatus; reason?: string | null; state: RequestState } & Record<string, unknown>;
}

/** The least score that counts as satisfied (满意 5–4, 基本满意 3); 1–2 is unsatisfied and reopens the request. */
export const SATISFIED_FROM = 3;
export const MAX_WHISTLE_UNITS = 10;
export const whistleCountError = () =>
  userError('INVALID_UNITS', `吹哨单位和部门须为1至${MAX_WHISTLE_UNITS}个 · call 1 to ${MAX_WHISTLE_UNITS} units and departments`, 'unitIds');
export const MAX_EXTENSION_DAYS = 10;

const event = (action: RequestAction, from: RequestState, to: RequestState, extra: Record<string, unknown> = {}): Outcome<RequestEvent> =>
  ok({ action, data: { from: from.status, to: to.status, ...extra, state: to } });

const text = (value: string, field: string, min: number, max: number, what: string): UserError | null => {
  const t = value.trim();
  return t.length >= min && t.length <= max ? null : userError('INVALID_TEXT', `${what}须为${min}至${max}字 · ${min} to ${max} characters`, field);
};

export function isOverdue(state: Pick<RequestState, 'status' | 'deadline'>, now: Date): boolean {
  return OPEN_STATUSES.includes(state.status) && state.deadline.getTime() < now.getTime();
}

const HOUR = 3_600_000;

/** The limits a request runs by: those it was received with, or (older requests) the default table's. */
export const limitsOf = (state: Pick<RequestState, 'limits'>, category: RequestCategory): CategoryLimits => state.limits ?? DEFAULT_TIME_LIMITS[category];

/** The state of a request just raised: its deadline runs from receipt, by its street's table (the default one if none). */
export function raisedState(
  category: RequestCategory,
  receivedAt: Date,
  calendar: WorkingCalendar = CHINA_CALENDAR,
  limits: CategoryLimits = DEFAULT_TIME_LIMITS[category],
): RequestState {
  return {
    status: 'RECEIVED',
    limits,
    respondBy: new Date(receivedAt.getTime() + limits.respondHours * HOUR),
    transfers: [],
    reminders: [],
    deadline: addWorkingDays(receivedAt, limits.workingDays, calendar),
    acceptedAt: null,
    handler: null,
    whistles: [],
    extensions: [],
    resolution: null,
    resolvedAt: null,
    resolvedOnTime: null,
    rating: null,
    reopenCount: 0,
    escalatedAt: null,
    escalatedTo: null,
  };
}

export function validateRaise(input: {
  description: string;
  address?: string | null;
  location?: { latitude: number; longitude: number } | null;
}): UserError[] {
  const errors = [text(input.description, 'input.description', 5, 1000, '诉求描述')];
  if (input.address != null) errors.push(text(input.address, 'input.address', 2, 200, '地址'));
  const at = input.location;
  if (at && !(Math.abs(at.latitude) <= 90 && Math.abs(at.longitude) <= 180)) {
    errors.push(userError('INVALID_LOCATION', '经纬度超出范围 · latitude or longitude out of range', 'input.location'));
  }
  return errors.filter((e): e is UserError => !!e);
}

/** 首问负责: the first to accept owns the request; later accepters learn who did. */
export function decideAccept(state: RequestState, handler: NonNullable<RequestState['handler']>, now: Date): Outcome<RequestEvent> {
  if (state.status !== 'RECEIVED') {
    return failed(userError('ALREADY_ACCEPTED', '该诉求已由他人受理(首问负责) · another committee has already accepted it'));
  }
  return event('ACCEPT', state, { ...state, status: 'ACCEPTED', acceptedAt: now, handler });
}

const inHand = (state: RequestState) =>
  state.status === 'ACCEPTED' || state.status === 'WHISTLED'
    ? null
    : userError('INVALID_STATE', `诉求当前为${state.status},不在办理中 · the request is ${state.status}, not in hand`);

/**
 * 吹哨: calls units, and the street's departments (职能部门), to report and act, each by the report-in
 * deadline of the request's limits. A party with an unanswered call is not called twice.
 */
export function decideWhistle(
  state: RequestState,
  unitIds: string[],
  instruction: string,
  by: string,
  now: Date,
  departmentIds: string[] = [],
  category: RequestCategory = 'OTHER',
): Outcome<RequestEvent> {
  const errors = [inHand(state), text(instruction, 'instruction', 2, 500, '吹哨事项')];
  const departments = new Set(departmentIds);
  const unique = [...new Set([...unitIds, ...departmentIds])];
  if (unique.length < 1 || unique.length > MAX_WHISTLE_UNITS) {
    errors.push(whistleCountError());
  }
  const waiting = unique.filter((id) => state.whistles.some((w) => w.unitId === id && !w.respondedAt));
  if (waiting.length) errors.push(userError('ALREADY_WHISTLED', '该单位已被吹哨且尚未答复 · a unit was already called and has not answered', 'unitIds'));
  const problems = errors.filter((e): e is UserError => !!e);
  if (problems.length) return failed(...problems);
  const reportBy = new Date(now.getTime() + limitsOf(state, category).reportInHours * HOUR);
  const calls: WhistleCall[] = unique.map((unitId) => ({
    unitId,
    kind: departments.has(unitId) ? 'DEPARTMENT' : 'UNIT',
    reportBy,
    instruction: instruction.trim(),
    calledAt: now,
    calledBy: by,
    reportedAt: null,
    reportedBy: null,
    response: null,
    respondedAt: null,
  }));
  return event('WHISTLE', state, { ...state, status: 'WHISTLED', whistles: [...state.whistles, ...calls] }, { unitIds: unique });
}

/** The unit's latest call, if it is still open. */
function openCall(state: RequestState, unitId: string): number {
  for (let i = state.whistles.length - 1; i >= 0; i--) if (state.whistles[i].unitId === unitId && !state.whistles[i].respondedAt) return i;
  return -1;
}

/** 报到: the called unit reports in. */
export function decideReport(state: RequestState, unitId: string, by: string, now: Date): Outcome<RequestEvent> {
  const index = openCall(state, unitId);
  if (index < 0 || !OPEN_STATUSES.includes(state.status)) return failed(userError('NOT_CALLED', '该单位没有待报到的吹哨 · this unit has no open call on the request'));
  if (state.whistles[index].reportedAt) return failed(userError('ALREADY_REPORTED', '已报到 · already reported'));
  const whistles = state.whistles.map((w, i) => (i === index ? { ...w, reportedAt: now, reportedBy: by } : w));
  return event('REPORT', state, { ...state, whistles }, { unitId });
}

/** The called unit says what it did; it must have reported first. */
export function decideRespond(state: RequestState, unitId: string, response: string, by: string, now: Date): Outcome<RequestEvent> {
  const bad = text(response, 'response', 2, 1000, '答复');
  if (bad) return failed(bad);
  const index = openCall(state, unitId);
  if (index < 0 || !OPEN_STATUSES.includes(state.status)) return failed(userError('NOT_CALLED', '该单位没有待答复的吹哨 · this unit has no open call on the request'));
  if (!state.whistles[index].reportedAt) return failed(userError('NOT_REPORTED', '请先报到 · report in first'));
  const whistles = state.whistles.map((w, i) => (i === index ? { ...w, response: response.trim(), respondedAt: now } : w));
  return event('RESPOND', state, { ...state, whistles }, { unitId, by });
}

/** 延期申请: the handler asks the street for more working days; one request at a time. */
export function decideRequestExtension(state: RequestState, workingDays: number, reason: string, by: string, now: Date): Outcome<RequestEvent> {
  const errors = [inHand(state), text(reason, 'reason', 2, 500, '延期理由')];
  if (!Number.isInteger(workingDays) || workingDays < 1 || workingDays > MAX_EXTENSION_DAYS) {
    errors.push(userError('INVALID_DAYS', `延期须为1至${MAX_EXTENSION_DAYS}个工作日 · 1 to ${MAX_EXTENSION_DAYS} working days`, 'workingDays'));
  }
  if (state.extensions.some((e) => e.status === 'PENDING')) errors.push(userError('EXTENSION_PENDING', '已有待审批的延期申请 · an extension is already waiting for approval'));
  const problems = errors.filter((e): e is UserError => !!e);
  if (problems.length) return failed(...problems);
  const extension: Extension = { workingDays, reason: reason.trim(), requestedAt: now, requestedBy: by, status: 'PENDING', decidedAt: null, decidedBy: null, note: null };
  return event('REQUEST_EXTENSION', state, { ...state, extensions: [...state.extensions, extension] }, { reason: reason.trim(), workingDays });
}

/** The street approves (the deadline moves by the working days asked) or refuses. */
export function decideExtension(
  state: RequestState,
  approve: boolean,
  note: string | null,
  by: string,
  now: Date,
  calendar: WorkingCalendar = CHINA_CALENDAR,
): Outcome<RequestEvent> {
  const index = state.extensions.findIndex((e) => e.status === 'PENDING');
  if (index < 0) return failed(userError('NO_EXTENSION_PENDING', '没有待审批的延期申请 · no extension is waiting'));
  if (note != null) {
    const bad = text(note, 'note', 2, 500, '审批意见');
    if (bad) return failed(bad);
  }
  const pending = state.extensions[index];
  const decided: Extension = { ...pending, status: approve ? 'APPROVED' : 'REJECTED', decidedAt: now, decidedBy: by, note: note?.trim() ?? null };
  const extensions = state.extensions.map((e, i) => (i === index ? decided : e));
  // An approved extension is only worth having while the request is still open.
  const deadline = approve && OPEN_STATUSES.includes(state.status) ? addWorkingDays(state.deadline, pending.workingDays, calendar) : state.deadline;
  return event('DECIDE_EXTENSION', state, { ...state, extensions, deadline }, { approved: approve, reason: note?.trim() ?? null });
}

/** 办结: the handler records what was done; on time if by the deadline in force. */
export function decideResolve(state: RequestState, resolution: string, now: Date): Outcome<RequestEvent> {
  const errors = [inHand(state), text(resolution, 'resolution', 2, 1000, '办理结果')].filter((e): e is UserError => !!e);
  if (errors.length) return failed(...errors);
  const onTime = now.getTime() <= state.deadline.getTime();
  return event('RESOLVE', state, { ...state, status: 'RESOLVED', resolution: resolution.trim(), resolvedAt: now, resolvedOnTime: onTime }, { reason: resolution.trim() });
}

/**
 * 评价: the resident rates the result. Satisfied closes the request; not
 * satisfied reopens it in the handler's hands with a fresh time limit.
 */
export function decideRate(
  state: RequestState,
  category: RequestCategory,
  score: number,
  comment: string | null,
  by: string,
  now: Date,
  calendar: WorkingCalendar = CHINA_CALENDAR,
): Outcome<RequestEvent> {
  const errors: UserError[] = [];
  if (state.status !== 'RESOLVED') errors.push(userError('INVALID_STATE', '只能评价已办结的诉求 · only a resolved request can be rated'));
  if (!Number.isInteger(score) || score < 1 || score > 5) errors.push(userError('INVALID_SCORE', '满意度须为1至5分 · the score is 1 to 5', 'score'));
  if (comment != null) {
    const bad = text(comment, 'comment', 1, 500, '评语');
    if (bad) errors.push(bad);
  }
  if (errors.length) return failed(...errors);
  const rating: Rating = { score, comment: comment?.trim() ?? null, at: now, by };
  if (score >= SATISFIED_FROM) return event('RATE', state, { ...state, status: 'CLOSED', rating }, { score });
  const reopened: RequestState = {
    ...state,
    status: 'ACCEPTED',
    rating,
    reopenCount: state.reopenCount + 1,
    deadline: addWorkingDays(now, limitsOf(state, category).workingDays, calendar),
    resolution: null,
    resolvedAt: null,
    resolvedOnTime: null,
    escalatedAt: null,
    escalatedTo: null,
  };
  return event('RATE', state, reopened, { score, reopened: true, reason: comment?.trim() ?? null });
}

/** 超期上报: an open request past its deadline goes up to the street, once per deadline. */
export function decideEscalate(state: RequestState, streetId: string, now: Date): Outcome<RequestEvent> {
  if (!isOverdue(state, now)) return failed(userError('NOT_OVERDUE', '诉求未超期 · the request is not overdue'));
  if (state.escalatedAt) return failed(userError('ALREADY_ESCALATED', '已上报街道 · already escalated'));
  return event('ESCALATE', state, { ...state, escalatedAt: now, escalatedTo: streetId });
}

/** A called party that has not reported in by its deadline (nor answered). */
export const reportOverdue = (call: WhistleCall, now: Date) => !call.reportedAt && !call.respondedAt && !!call.reportBy && call.reportBy.getTime() < now.getTime();

/** The earliest report-in deadline among the calls not yet reported in: the street's list of late reports is read by it. */
export function reportDueAt(state: RequestState): Date | null {
  if (!OPEN_STATUSES.includes(state.status)) return null;
  const due = state.whistles.filter((w) => !w.reportedAt && !w.respondedAt && w.reportBy).map((w) => new Date(w.reportBy!).getTime());
  return due.length ? new Date(Math.min(...due)) : null;
}

/**
 * 转办: the handler's side hands the request on to the party that owns it. The deadline is kept (the
 * clock runs on); the new handler acts on it from now, the old one no longer does.
 */
/**
 * How often a request may be handed on, and reminded of: the state (kept whole on every ledger entry)
 * stays small, and a request passed around ten times is for the street to take, not for an eleventh.
 */
export const MAX_TRANSFERS = 10;
export const MAX_REMINDERS = 30;

export function decideTransfer(state: RequestState, to: NonNullable<RequestState['handler']>, reason: string, by: string, now: Date): Outcome<RequestEvent> {
  const errors = [inHand(state), text(reason, 'reason', 2, 500, '转办理由')];
  if ((state.transfers ?? []).length >= MAX_TRANSFERS) {
    errors.push(userError('TOO_MANY_TRANSFERS', `同一诉求最多转办${MAX_TRANSFERS}次,请街道直接承办 · handed on ${MAX_TRANSFERS} times already: the street takes it`, 'toOrganizationId'));
  }
  if (state.handler?.organizationId === to.organizationId) {
    errors.push(userError('INVALID_TARGET', '已由该方承办 · it is already in that party\'s hands', 'toOrganizationId'));
  }
  const problems = errors.filter((e): e is UserError => !!e);
  if (problems.length) return failed(...problems);
  const transfer: Transfer = { fromId: state.handler?.organizationId ?? null, toId: to.organizationId, reason: reason.trim(), at: now, by };
  return event('TRANSFER', state, { ...state, handler: to, transfers: [...(state.transfers ?? []), transfer] }, { reason: transfer.reason, toId: to.organizationId });
}

/** 督办 · 催办: the street reminds the handler of an open request that is overdue or was escalated; each reminder is kept. */
export function decideRemind(state: RequestState, organizationId: string, note: string, by: string, now: Date): Outcome<RequestEvent> {
  const bad = text(note, 'note', 2, 500, '督办意见');
  if (bad) return failed(bad);
  if (!OPEN_STATUSES.includes(state.status) || (!isOverdue(state, now) && !state.escalatedAt)) {
    return failed(userError('NOT_OVERDUE', '只能督办超期或已上报的在办诉求 · only an open request that is overdue or escalated is supervised'));
  }
  const reminders = state.reminders ?? [];
  if (reminders.length >= MAX_REMINDERS) {
    return failed(userError('TOO_MANY_REMINDERS', `同一诉求最多督办${MAX_REMINDERS}次 · reminded ${MAX_REMINDERS} times already`));
  }
  const reminder: Reminder = { organizationId, handlerId: state.handler?.organizationId ?? null, note: note.trim(), at: now, by };
  return event('REMIND', state, { ...state, reminders: [...(state.reminders ?? []), reminder] }, { reason: reminder.note });
}
