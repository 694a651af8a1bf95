import { beijingDayStart } from '../../../platform/rules/beijing-time';
import { failed, ok, userError, type Outcome, type UserError } from '../../../platform/rules/user-errors';
import type { DecisionKind, DecisionOwnerType, DecisionStatus, MeetingStatus } from '../generated/resolvers';
import type { CommitteeSeatDoc } from '../models';

/**
 * The rules of a big Party committee's joint meetings (联席会议), as plain functions: who is invited,
 * when attendance and minutes may be recorded, what a decision needs, how its follow-up moves, and what
 * the next meeting reads back. Every act on a meeting is decided on the meeting's ledger
 * (`meetingKey`), every act on a decision after it was made on the decision's (`decisionKey`); each
 * entry carries the state after it, so the decision is taken on the ledger's head, not on a projection.
 */
export const meetingKey = (meetingId: unknown) => `meeting:${String(meetingId)}`;
export const decisionKey = (decisionId: unknown) => `decision:${String(decisionId)}`;

const DAY = 86_400_000;
/** A meeting may be entered up to this long after it took place (the clerk records it afterwards). */
export const MAX_DAYS_BACK = 30;
/** … and convened at most this far ahead. */
export const MAX_DAYS_AHEAD = 366;
/** A closed decision is still read back at the meetings of this many days after it was closed. */
export const RECENTLY_CLOSED_DAYS = 90;

/** A seat as the meeting invited it: a snapshot, so later changes of the committee do not rewrite who was asked. */
export interface Invitee {
  seatId: string;
  memberId: string;
  role: CommitteeSeatDoc['role'];
  partTime: boolean;
  unitId: string | null;
}

export interface Attendance {
  attended: boolean;
  absenceReason: string | null;
}

/** What the meeting's ledger holds after each entry. */
export interface MeetingState {
  status: MeetingStatus;
  /** By seat id; a seat not in it has no attendance recorded. */
  attendance: Record<string, Attendance>;
  minutes: string | null;
  heldAt: string | null;
  cancelReason: string | null;
  /** Decisions recorded so far. */
  decisions: number;
}

export const conveneState = (): MeetingState => ({ status: 'SCHEDULED', attendance: {}, minutes: null, heldAt: null, cancelReason: null, decisions: 0 });

export type MeetingEvent =
  | { action: 'CANCEL'; data: { state: MeetingState } }
  | { action: 'ATTENDANCE'; data: { state: MeetingState } }
  | { action: 'MINUTES'; data: { state: MeetingState } }
  | { action: 'DECISION'; data: { state: MeetingState; decisionId: string; decision: { text: string; kind: DecisionKind; owner: DecisionInput['owner']; dueOn: string } } };

/** What the meeting itself fixes: its time and whom it invited. */
export interface MeetingFacts {
  scheduledAt: Date;
  invitees: Invitee[];
}

// ————— Convening —————

/** The seats held on the meeting's day, in order of role, as the meeting invites them. */
export function inviteesOn(seats: CommitteeSeatDoc[], day: Date): Invitee[] {
  const order = { SECRETARY: 0, DEPUTY_SECRETARY: 1, MEMBER: 2 } as const;
  return seats
    .filter((s) => s.termStart.getTime() <= day.getTime() && (!s.termEnd || s.termEnd.getTime() >= day.getTime()))
    .sort((a, b) => order[a.role] - order[b.role] || a.termStart.getTime() - b.termStart.getTime())
    .map((s) => ({ seatId: String(s._id), memberId: String(s.memberId), role: s.role, partTime: s.partTime, unitId: s.unitId ? String(s.unitId) : null }));
}

const textError = (text: string | null | undefined, min: number, max: number, code: 'INVALID_TITLE' | 'INVALID_TEXT' | 'INVALID_REASON' | 'INVALID_NOTE', what: string, field: string) => {
  const t = (text ?? '').trim();
  return t.length >= min && t.length <= max ? null : userError(code, `${what}须为${min}至${max}字 · ${min} to ${max} characters`, field);
};

export interface ConveneInput {
  title: string;
  scheduledAt: Date;
  place: string;
  agenda: string[];
}

/** What is wrong with a meeting to convene, if anything (the committee and its seats are checked apart). */
export function validateConvening(input: ConveneInput, now: Date): UserError[] {
  const errors = [
    textError(input.title, 2, 100, 'INVALID_TITLE', '会议名称', 'input.title'),
    textError(input.place, 2, 100, 'INVALID_TEXT', '地点', 'input.place'),
  ];
  const at = input.scheduledAt.getTime();
  if (at < now.getTime() - MAX_DAYS_BACK * DAY || at > now.getTime() + MAX_DAYS_AHEAD * DAY) {
    errors.push(userError('INVALID_DATE', `召开时间须在${MAX_DAYS_BACK}天前至一年后之间 · from ${MAX_DAYS_BACK} days ago to a year ahead`, 'input.scheduledAt'));
  }
  if (input.agenda.length < 1 || input.agenda.length > 20 || input.agenda.some((topic) => topic.trim().length < 2 || topic.trim().length > 200)) {
    errors.push(userError('INVALID_AGENDA', '议程须有1至20项,每项2至200字 · 1 to 20 topics of 2 to 200 characters', 'input.agenda'));
  }
  return errors.filter((e): e is UserError => e !== null);
}

// ————— Acts on a meeting —————

/** A meeting still to be held or held can take attendance and minutes once its time has come. */
function notUnderway(state: MeetingState, facts: MeetingFacts, now: Date, field: string): UserError | null {
  if (state.status === 'CANCELLED') return userError('MEETING_CANCELLED', '会议已取消 · the meeting was cancelled', field);
  if (facts.scheduledAt.getTime() > now.getTime()) {
    return userError('MEETING_NOT_STARTED', '会议尚未到召开时间 · the meeting has not begun yet', field);
  }
  return null;
}

export function decideCancel(state: MeetingState, reason: string): Outcome<MeetingEvent> {
  if (state.status === 'CANCELLED') return failed(userError('MEETING_CANCELLED', '会议已取消 · already cancelled', 'id'));
  if (state.status === 'HELD') return failed(userError('MEETING_ALREADY_HELD', '会议已召开,不能取消 · the meeting was held', 'id'));
  const bad = textError(reason, 2, 500, 'INVALID_REASON', '取消原因', 'reason');
  if (bad) return failed(bad);
  return ok({ action: 'CANCEL', data: { state: { ...state, status: 'CANCELLED', cancelReason: reason.trim() } } });
}

export interface AttendanceEntry {
  seatId: string;
  attended: boolean;
  absenceReason?: string | null;
}

/** Attendance of invited seats only; an absence needs its reason (请假事由); a seat given twice is an error. */
export function decideAttendance(state: MeetingState, facts: MeetingFacts, entries: AttendanceEntry[], now: Date): Outcome<MeetingEvent> {
  const stop = notUnderway(state, facts, now, 'id');
  if (stop) return failed(stop);
  if (!entries.length) return failed(userError('NOT_A_SEAT', '请填写参会委员的出席情况 · name at least one invited seat', 'attendance'));
  const invited = new Set(facts.invitees.map((i) => i.seatId));
  const errors: UserError[] = [];
  const seen = new Set<string>();
  entries.forEach((entry, i) => {
    if (!invited.has(entry.seatId) || seen.has(entry.seatId)) {
      errors.push(userError('NOT_A_SEAT', '不是本次会议的参会委员(或重复填写) · not a seat invited to this meeting, or given twice', `attendance.${i}.seatId`));
    }
    seen.add(entry.seatId);
    if (!entry.attended) {
      const reason = (entry.absenceReason ?? '').trim();
      if (reason.length < 2 || reason.length > 200) {
        errors.push(userError('ABSENCE_REASON_REQUIRED', '缺席须注明原因(2至200字) · an absence needs a reason of 2 to 200 characters', `attendance.${i}.absenceReason`));
      }
    }
  });
  if (errors.length) return failed(...errors);
  const attendance = { ...state.attendance };
  for (const e of entries) attendance[e.seatId] = { attended: e.attended, absenceReason: e.attended ? null : e.absenceReason!.trim() };
  return ok({ action: 'ATTENDANCE', data: { state: { ...state, attendance } } });
}

/** Minutes make the meeting HELD (recorded again, they are corrected; the first time stays its `heldAt`). */
export function decideMinutes(state: MeetingState, facts: MeetingFacts, minutes: string, now: Date): Outcome<MeetingEvent> {
  const stop = notUnderway(state, facts, now, 'id');
  if (stop) return failed(stop);
  const bad = textError(minutes, 10, 20_000, 'INVALID_TEXT', '会议纪要', 'minutes');
  if (bad) return failed(bad);
  return ok({ action: 'MINUTES', data: { state: { ...state, status: 'HELD', minutes: minutes.trim(), heldAt: state.heldAt ?? now.toISOString() } } });
}

/** Seats present / seats invited, once any attendance is recorded. */
export function attendanceRate(state: Pick<MeetingState, 'attendance'>, invited: number): number | null {
  const recorded = Object.values(state.attendance);
  if (!recorded.length || !invited) return null;
  return recorded.filter((a) => a.attended).length / invited;
}

// ————— Decisions —————

export interface DecisionInput {
  text: string;
  kind: DecisionKind;
  owner: { type: DecisionOwnerType; id: string };
  dueOn: Date;
}


/**
 * A decision of a held meeting. The owner has been resolved by the caller: `ownerProblem` is what it found
 * wrong with it (not in the territory, not a seat of the meeting), if anything.
 */
export function decideDecision(
  state: MeetingState,
  input: DecisionInput,
  decisionId: string,
  now: Date,
  ownerProblem: UserError | null,
): Outcome<MeetingEvent> {
  if (state.status === 'CANCELLED') return failed(userError('MEETING_CANCELLED', '会议已取消 · the meeting was cancelled', 'input.meetingId'));
  if (state.status !== 'HELD') {
    return failed(userError('MEETING_NOT_HELD', '会议尚未召开(先记录会议纪要),不能记录决定 · record the minutes first: decisions are of a held meeting', 'input.meetingId'));
  }
  const errors = [textError(input.text, 2, 1000, 'INVALID_TEXT', '决定内容', 'input.text'), ownerProblem];
  // Due today (in Beijing) is still in time; yesterday is not.
  if (input.dueOn.getTime() < beijingDayStart(now).getTime()) {
    errors.push(userError('DUE_DATE_IN_PAST', '完成期限不能早于今天 · the due date is in the past', 'input.dueOn'));
  }
  const problems = errors.filter((e): e is UserError => e !== null);
  if (problems.length) return failed(...problems);
  const decision = { text: input.text.trim(), kind: input.kind, owner: { type: input.owner.type, id: input.owner.id }, dueOn: input.dueOn.toISOString() };
  return ok({ action: 'DECISION', data: { state: { ...state, decisions: state.decisions + 1 }, decisionId, decision } });
}

/** A seat owns a decision only if the meeting invited it. */
export const seatOwnerProblem = (facts: MeetingFacts, seatId: string): UserError | null =>
  facts.invitees.some((i) => i.seatId === seatId) ? null : userError('NOT_A_SEAT', '责任委员须是本次会议的参会委员 · the owner seat was not invited to this meeting', 'input.owner.id');

export interface FollowUp {
  note: string;
  status: DecisionStatus;
  at: string;
  by: string;
}

export interface DecisionState {
  status: DecisionStatus;
  followUps: FollowUp[];
  closedAt: string | null;
}

export const recordedDecisionState = (): DecisionState => ({ status: 'OPEN', followUps: [], closedAt: null });

export type DecisionEvent = { action: 'FOLLOW_UP' | 'DONE' | 'DROP'; data: { state: DecisionState } };

/** A follow-up note on an open decision, which may close it: OPEN → DONE | DROPPED, and no way back. */
export function decideFollowUp(state: DecisionState, change: { note: string; status?: DecisionStatus | null }, by: string, now: Date): Outcome<DecisionEvent> {
  if (state.status !== 'OPEN') return failed(userError('DECISION_CLOSED', '该决定已办结或撤销 · the decision is already closed', 'id'));
  const bad = textError(change.note, 2, 1000, 'INVALID_NOTE', '跟进记录', 'input.note');
  if (bad) return failed(bad);
  const status = change.status ?? 'OPEN';
  const followUps = [...state.followUps, { note: change.note.trim(), status, at: now.toISOString(), by }];
  const closedAt = status === 'OPEN' ? null : now.toISOString();
  const action = status === 'DONE' ? 'DONE' : status === 'DROPPED' ? 'DROP' : 'FOLLOW_UP';
  return ok({ action, data: { state: { status, followUps, closedAt } } });
}

/** Open past the end of its due day (Beijing time). */
export const isOverdue = (d: { status: DecisionStatus; dueOn: Date }, now: Date) =>
  d.status === 'OPEN' && beijingDayStart(now).getTime() > beijingDayStart(d.dueOn).getTime();

/**
 * What a meeting follows up (前次决定跟进): the committee's decisions made at meetings scheduled before it
 * that are open, or were closed no earlier than RECENTLY_CLOSED_DAYS before it.
 */
export const followedUpSince = (scheduledAt: Date) => new Date(scheduledAt.getTime() - RECENTLY_CLOSED_DAYS * DAY);

export function isFollowedUp(d: { status: DecisionStatus; closedAt?: Date | null; meetingScheduledAt: Date }, scheduledAt: Date): boolean {
  if (d.meetingScheduledAt.getTime() >= scheduledAt.getTime()) return false;
  return d.status === 'OPEN' || (!!d.closedAt && d.closedAt.getTime() >= followedUpSince(scheduledAt).getTime());
}

// ————— Figures —————

/** The meeting figures of a period, from counts by status and the attendance sums of the held meetings. */
export function meetingFigures(
  meetings: { status: unknown; count: number; present: number; invited: number }[],
  decisions: { status: unknown; count: number }[],
  overdue: number,
) {
  const count = (rows: { status: unknown; count: number }[], status?: string) => rows.filter((r) => !status || r.status === status).reduce((n, r) => n + r.count, 0);
  const held = meetings.filter((m) => m.status === 'HELD');
  const present = held.reduce((n, m) => n + m.present, 0);
  const invited = held.reduce((n, m) => n + m.invited, 0);
  const made = count(decisions);
  const done = count(decisions, 'DONE');
  return {
    convened: count(meetings),
    held: count(meetings, 'HELD'),
    cancelled: count(meetings, 'CANCELLED'),
    averageAttendanceRate: invited > 0 ? present / invited : null,
    decisions: made,
    decisionsDone: done,
    decisionsDropped: count(decisions, 'DROPPED'),
    decisionsOverdue: overdue,
    completionRate: made > 0 ? done / made : null,
  };
}
