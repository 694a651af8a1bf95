import { Types } from 'mongoose';
import { COMMITTEE_ROLES, governs } from '../../../platform/auth/access';
import type { Principal } from '../../../platform/auth/tokens';
import { rate } from '../../../platform/rules/statistics';
import { failed, ok, userError, type Outcome, type UserError } from '../../../platform/rules/user-errors';
import type { ActivityDoc, ActivityState, ParticipantType, StoredSignUpStatus } from '../models';
import type { ActivitySignUpStatus } from '../generated/resolvers';
import { actsFor, canSee, visibilityFilter } from './parties';

/**
 * Co-building activities (共建活动) as decisions on an activity's ledger state. Each function takes the
 * state as the ledger last recorded it (and the sign-up's last step) and returns the event to append
 * with the state after it, `null` when there is nothing to record (the same sign-up or check-in
 * again), or the user errors that stop it. The invariant they keep: the places held by standing
 * sign-ups never exceed the capacity.
 */

// ————— Who —————

/** The organiser's side: a unit's own admin; for an organisation, its committee or a committee above it. */
export const isOrganiserSide = (principal: Principal | null, activity: Pick<ActivityDoc, 'organiser'>) => actsFor(principal, activity.organiser);

/**
 * Who sees an activity: the signed-in of the organiser's community (a street's activity: its street),
 * everyone of the territory over it, and the organiser's side — the rule items follow (parties.ts canSee).
 */
export const seesActivity = (principal: Principal | null, activity: Pick<ActivityDoc, 'visibleWithin' | 'territoryPath' | 'organiser'>) =>
  canSee(principal, { visibleWithin: activity.visibleWithin, territoryPath: activity.territoryPath, owners: [activity.organiser] });

/** The same rule as a query condition, for lists: the items' condition with the organiser as the side. */
export const activityVisibilityFilter = (principal: Principal | null) => visibilityFilter(principal, 'organiserId');

/** Who reads an activity's sign-ups and history: the organiser's side and the committees over it. */
export const seesSignUps = (principal: Principal | null, activity: Pick<ActivityDoc, 'organiser' | 'territoryPath'>) =>
  isOrganiserSide(principal, activity) || governs(principal, activity.territoryPath);

/**
 * Who lists a participant's sign-ups (Member.activities, ResidentUnit.activitySignUps): the member or
 * the unit itself, all of them; a committee, those of participants or of activities in its territory
 * (a condition on the list); anyone else, none (null: refused).
 */
export function participantSignUpsFilter(principal: Principal, participantId: string): Record<string, unknown> | null {
  if (principal.scopeId === participantId && (principal.role === 'MEMBER' || principal.role === 'UNIT_ADMIN')) return {};
  if (!COMMITTEE_ROLES.includes(principal.role)) return null;
  const scope = new Types.ObjectId(principal.scopeId);
  return { $or: [{ participantPath: scope }, { territoryPath: scope }] };
}

// ————— Decisions —————

export type ActivityAction = 'ORGANISE' | 'SIGN_UP' | 'WITHDRAW' | 'CHECK_IN' | 'CANCEL';

export interface ActivityEvent {
  action: ActivityAction;
  data: {
    signUpId?: string;
    from: string | null;
    to: string;
    /** Places the sign-up holds (or gave back). */
    quantity?: number;
    hours?: number;
    people?: number;
    reason?: string | null;
    /** The activity's state after this event. */
    state: ActivityState;
  } & Record<string, unknown>;
}

export const ORGANISED_STATE: ActivityState = { lifecycle: 'PLANNED', places: 0, signUps: 0, withdrawals: 0, attended: 0, people: 0, members: 0, memberHours: 0 };

const HOUR = 3_600_000;
/** An activity lasts half an hour to a day: its hours go on members' records, which take 0.5 to 24 a day. */
export const MIN_HOURS = 0.5;
export const MAX_HOURS = 24;
export const MAX_CAPACITY = 10_000;
/** The most places one unit's sign-up holds. */
export const MAX_UNIT_PLACES = 100;

export const lengthInHours = (activity: Pick<ActivityDoc, 'startsAt' | 'endsAt'>) => (activity.endsAt.getTime() - activity.startsAt.getTime()) / HOUR;

export interface ActivityFields {
  title: string;
  description?: string | null;
  place: string;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
}

/** Every problem with an activity's fields, each with its input path. */
export function validateActivityFields(input: ActivityFields, now: Date): UserError[] {
  const errors: UserError[] = [];
  const title = input.title.trim();
  if (title.length < 2 || title.length > 100) errors.push(userError('INVALID_TITLE', '标题须为2至100字 · a title has 2 to 100 characters', 'input.title'));
  if (input.description != null && input.description.length > 2000) {
    errors.push(userError('INVALID_DESCRIPTION', '说明不得超过2000字 · a description has at most 2000 characters', 'input.description'));
  }
  const place = input.place.trim();
  if (place.length < 2 || place.length > 200) errors.push(userError('INVALID_ADDRESS', '地点须为2至200字 · a place has 2 to 200 characters', 'input.place'));
  if (input.startsAt.getTime() <= now.getTime()) errors.push(userError('INVALID_DATE', '开始时间须在未来 · it must start in the future', 'input.startsAt'));
  const hours = lengthInHours(input);
  if (hours <= 0) {
    errors.push(userError('DATES_OUT_OF_ORDER', '结束时间须晚于开始时间 · it must end after it starts', 'input.endsAt'));
  } else if (hours < MIN_HOURS || hours > MAX_HOURS) {
    errors.push(userError('INVALID_DATE', '一次活动须为半小时至24小时,多日活动请按天发起 · half an hour to 24 hours; organise a longer one day by day', 'input.endsAt'));
  }
  if (!Number.isInteger(input.capacity) || input.capacity < 1 || input.capacity > MAX_CAPACITY) {
    errors.push(userError('INVALID_QUANTITY', `名额须为1至${MAX_CAPACITY}的整数 · a whole number of places from 1 to ${MAX_CAPACITY}`, 'input.capacity'));
  }
  return errors;
}

/** What a decision knows of one sign-up: its last step on the ledger (null: never signed up). */
export interface SignUpView {
  id: string;
  status: StoredSignUpStatus | null;
  places: number;
  hours?: number | null;
  people?: number | null;
}

type Timing = Pick<ActivityDoc, 'capacity' | 'startsAt' | 'endsAt'>;

/** Signing up and withdrawing close at the start, and when the activity is cancelled. */
function closedForSignUps(activity: Timing, state: ActivityState, now: Date): UserError | null {
  if (state.lifecycle === 'CANCELLED') return userError('SIGN_UP_CLOSED', '活动已取消 · the activity was cancelled');
  if (state.lifecycle !== 'PLANNED' || now.getTime() >= activity.startsAt.getTime()) {
    return userError('SIGN_UP_CLOSED', '活动已开始,报名已截止 · the activity has started: signing up is closed');
  }
  return null;
}

/**
 * A participant signs up (again, after withdrawing) for `places`; a sign-up that stands already is
 * the answer as it is (null: nothing to record).
 */
export function decideSignUp(activity: Timing, state: ActivityState, signUp: SignUpView, places: number, now: Date): Outcome<ActivityEvent | null> {
  if (signUp.status === 'SIGNED_UP' || signUp.status === 'ATTENDED') return ok(null);
  const closed = closedForSignUps(activity, state, now);
  if (closed) return failed(closed);
  const remaining = activity.capacity - state.places;
  if (places > remaining) {
    return failed(
      userError('ACTIVITY_FULL', remaining > 0 ? `名额不足,仅剩${remaining}个 · only ${remaining} places left` : '名额已满 · no places left', 'input.places'),
    );
  }
  const next = { ...state, places: state.places + places, signUps: state.signUps + 1 };
  return ok({ action: 'SIGN_UP', data: { signUpId: signUp.id, from: signUp.status, to: 'SIGNED_UP', quantity: places, state: next } });
}

/** The participant withdraws before the start; its places go back. Withdrawn already: nothing to record. */
export function decideWithdraw(activity: Timing, state: ActivityState, signUp: SignUpView, reason: string | null, now: Date): Outcome<ActivityEvent | null> {
  if (signUp.status === null) return failed(userError('NOT_FOUND', '您没有报名该活动 · you have not signed up for this activity', 'activityId'));
  if (signUp.status === 'WITHDRAWN') return ok(null);
  if (signUp.status === 'ATTENDED') return failed(userError('INVALID_STATE', '已签到,不能退出 · already checked in'));
  const closed = closedForSignUps(activity, state, now);
  if (closed) return failed(closed);
  const next = { ...state, places: state.places - signUp.places, signUps: state.signUps - 1, withdrawals: state.withdrawals + 1 };
  return ok({ action: 'WITHDRAW', data: { signUpId: signUp.id, from: 'SIGNED_UP', to: 'WITHDRAWN', quantity: signUp.places, reason, state: next } });
}

export interface Attendance {
  hours: number;
  /** For a unit: how many came (all its places when not said). */
  people?: number | null;
}

/** Problems with one attendance as given, before any state is read (`field` is its input path). */
export function checkAttendance(activity: Timing, participant: ParticipantType, places: number, attendance: Attendance, field: string): UserError[] {
  const errors: UserError[] = [];
  const most = Math.min(lengthInHours(activity), MAX_HOURS);
  if (!(attendance.hours >= MIN_HOURS && attendance.hours <= most + 1e-9)) {
    errors.push(userError('INVALID_HOURS', `时长须为0.5至${Math.round(most * 100) / 100}小时(活动时长) · 0.5 hours to the activity's length`, `${field}.hours`));
  }
  const people = attendance.people ?? places;
  if (participant === 'MEMBER' ? people !== 1 : !Number.isInteger(people) || people < 1 || people > places) {
    errors.push(userError('INVALID_COUNT', participant === 'MEMBER' ? '党员个人报名,到场人数为1 · a member is one person' : `到场人数须为1至${places} · 1 to the places it held`, `${field}.people`));
  }
  return errors;
}

/**
 * The organiser's side checks a sign-up in, once the activity has started: the same check-in again
 * is nothing to record; other hours or people for one already checked in are refused (the hours are
 * on the member's record by then).
 */
export function decideCheckIn(
  activity: Timing,
  state: ActivityState,
  signUp: SignUpView,
  participant: ParticipantType,
  attendance: Attendance,
  now: Date,
  field = 'attendances',
): Outcome<ActivityEvent | null> {
  if (state.lifecycle === 'CANCELLED') return failed(userError('INVALID_STATE', '活动已取消 · the activity was cancelled'));
  if (now.getTime() < activity.startsAt.getTime()) return failed(userError('NOT_STARTED', '活动开始后才能签到 · check in once the activity has started'));
  const invalid = checkAttendance(activity, participant, signUp.places, attendance, field);
  if (invalid.length) return failed(...invalid);
  const people = attendance.people ?? signUp.places;
  if (signUp.status === 'ATTENDED') {
    if (signUp.hours === attendance.hours && signUp.people === people) return ok(null);
    return failed(userError('ALREADY_CHECKED_IN', `已签到(${signUp.hours}小时),不能更改 · already checked in with ${signUp.hours} hours`, `${field}.hours`));
  }
  if (signUp.status !== 'SIGNED_UP') {
    return failed(userError('INVALID_STATE', signUp.status === 'WITHDRAWN' ? '该报名已退出 · the sign-up was withdrawn' : '没有该报名 · no such sign-up', `${field}.signUpId`));
  }
  const member = participant === 'MEMBER';
  const next: ActivityState = {
    ...state,
    lifecycle: 'HELD',
    attended: state.attended + 1,
    people: state.people + people,
    members: state.members + (member ? 1 : 0),
    memberHours: state.memberHours + (member ? attendance.hours : 0),
  };
  return ok({ action: 'CHECK_IN', data: { signUpId: signUp.id, from: 'SIGNED_UP', to: 'ATTENDED', quantity: signUp.places, hours: attendance.hours, people, state: next } });
}

/** The organiser's side cancels a planned activity (not one held), with a reason. */
export function decideCancel(state: ActivityState, reason: string): Outcome<ActivityEvent> {
  if (state.lifecycle !== 'PLANNED') {
    return failed(userError('INVALID_STATE', state.lifecycle === 'HELD' ? '活动已举办,不能取消 · the activity was held' : '活动已取消 · already cancelled'));
  }
  return ok({ action: 'CANCEL', data: { from: 'PLANNED', to: 'CANCELLED', reason, state: { ...state, lifecycle: 'CANCELLED' } } });
}

/** Held and over: its sign-ups not checked in are no-shows from now on. */
export const isOver = (activity: Pick<ActivityDoc, 'state' | 'endsAt'>, now: Date) => activity.state.lifecycle === 'HELD' && activity.endsAt.getTime() <= now.getTime();

/** A sign-up's status as shown: one still signed up is a no-show once its activity is over, cancelled with it. */
export function effectiveSignUpStatus(status: StoredSignUpStatus, activity: Pick<ActivityDoc, 'state' | 'endsAt'>, now: Date): ActivitySignUpStatus {
  if (status !== 'SIGNED_UP') return status;
  if (activity.state.lifecycle === 'CANCELLED') return 'CANCELLED';
  return isOver(activity, now) ? 'NO_SHOW' : 'SIGNED_UP';
}

/**
 * The stored status that shows as `status` on this activity's sign-ups, for a list filtered by it;
 * null when none can (a cancelled activity has no sign-ups SIGNED_UP).
 */
export function storedSignUpStatus(status: ActivitySignUpStatus, activity: Pick<ActivityDoc, 'state' | 'endsAt'>, now: Date): StoredSignUpStatus | null {
  if (status === 'WITHDRAWN' || status === 'ATTENDED') return status;
  return effectiveSignUpStatus('SIGNED_UP', activity, now) === status ? 'SIGNED_UP' : null;
}

/** An activity's figures, as the activity shows them and the statistics add them up. */
export function activityFigures(activity: Pick<ActivityDoc, 'state' | 'endsAt'>, now: Date) {
  const { state } = activity;
  return {
    signedUp: state.signUps,
    attended: state.attended,
    noShows: isOver(activity, now) ? state.signUps - state.attended : 0,
    cancellations: state.withdrawals + (state.lifecycle === 'CANCELLED' ? state.signUps : 0),
    participants: state.people,
    volunteerHours: roundHalfHours(state.memberHours),
  };
}

/** Sums of halves and quarters add up exactly, but a check-in of 1.1 hours need not: to the hundredth. */
const roundHalfHours = (hours: number) => Math.round(hours * 100 + 1e-9) / 100;

/** One row of the statistics' aggregation: activities of one status, with their counts summed. */
export interface ActivityTotals {
  count: number;
  signUps: number;
  withdrawals: number;
  people: number;
  memberHours: number;
}

/**
 * The dashboard's activity figures: `byStatus`, the territory's activities that start in the period
 * summed per status; `over`, those held that have ended (their sign-ups and check-ins), for the no-shows.
 */
export function activityStatistics(byStatus: Map<string, ActivityTotals>, over: { signUps: number; attended: number }) {
  const rows = [...byStatus.values()];
  const sum = (f: (row: ActivityTotals) => number) => rows.reduce((n, row) => n + f(row), 0);
  const cancelled = byStatus.get('CANCELLED');
  const noShows = over.signUps - over.attended;
  return {
    organised: sum((r) => r.count),
    held: byStatus.get('HELD')?.count ?? 0,
    cancelled: cancelled?.count ?? 0,
    signUps: sum((r) => r.signUps),
    participants: sum((r) => r.people),
    volunteerHours: roundHalfHours(sum((r) => r.memberHours)),
    noShows,
    noShowRate: rate(noShows, over.signUps),
    cancellations: sum((r) => r.withdrawals) + (cancelled?.signUps ?? 0),
  };
}
