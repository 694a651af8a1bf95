import {
  activityFigures,
  activityStatistics,
  decideCancel,
  decideCheckIn,
  decideSignUp,
  decideWithdraw,
  effectiveSignUpStatus,
  ORGANISED_STATE,
  storedSignUpStatus,
  validateActivityFields,
  type ActivityEvent,
  type ActivityTotals,
  type SignUpView,
} from '../../subgraphs/services/domain/activities';
import type { Outcome } from '../../platform/rules/user-errors';
import type { ActivityState } from '../../subgraphs/services/models';

/**
 * An activity's sign-ups and check-ins on its ledger state. The invariant: the places held by
 * standing sign-ups never exceed the capacity; a sign-up or a check-in asked for again is nothing new.
 */
describe("an activity's sign-ups and check-ins", () => {
  const HOUR = 3_600_000;
  const now = new Date('2026-10-20T02:00:00Z');
  // Four places, from 09:00 to 12:00 on 29 October (Beijing).
  const activity = { capacity: 4, startsAt: new Date('2026-10-29T01:00:00Z'), endsAt: new Date('2026-10-29T04:00:00Z') };
  const during = new Date('2026-10-29T03:00:00Z');
  const state = (fields: Partial<ActivityState> = {}): ActivityState => ({ ...ORGANISED_STATE, ...fields });
  const fresh = (id = 's1'): SignUpView => ({ id, status: null, places: 0 });
  const standing = (places = 1): SignUpView => ({ id: 's1', status: 'SIGNED_UP', places });
  const after = (outcome: Outcome<ActivityEvent | null>) => (outcome.ok ? (outcome.value?.data.state ?? 'UNCHANGED') : outcome.errors.map((e) => e.code));

  it('takes places up to the capacity, and a standing sign-up again is nothing new', () => {
    expect(after(decideSignUp(activity, state({ places: 1, signUps: 1 }), fresh(), 3, now))).toMatchObject({ places: 4, signUps: 2 });
    expect(after(decideSignUp(activity, state({ places: 2, signUps: 2 }), fresh(), 3, now))).toEqual(['ACTIVITY_FULL']);
    expect(after(decideSignUp(activity, state({ places: 4, signUps: 4 }), standing(), 1, now))).toBe('UNCHANGED');
    // Back after withdrawing: a sign-up again, from WITHDRAWN.
    const back = decideSignUp(activity, state(), { id: 's1', status: 'WITHDRAWN', places: 1 }, 1, now);
    expect(back.ok && back.value?.data.from).toBe('WITHDRAWN');
  });

  it('closes signing up and withdrawing at the start, and on cancellation', () => {
    expect(after(decideSignUp(activity, state(), fresh(), 1, activity.startsAt))).toEqual(['SIGN_UP_CLOSED']);
    expect(after(decideSignUp(activity, state({ lifecycle: 'CANCELLED' }), fresh(), 1, now))).toEqual(['SIGN_UP_CLOSED']);
    expect(after(decideWithdraw(activity, state({ places: 1, signUps: 1 }), standing(), null, during))).toEqual(['SIGN_UP_CLOSED']);
  });

  it('gives a withdrawn sign-up\'s places back, once', () => {
    expect(after(decideWithdraw(activity, state({ places: 3, signUps: 2 }), standing(2), '临时有事', now))).toEqual({ ...state(), places: 1, signUps: 1, withdrawals: 1 });
    expect(after(decideWithdraw(activity, state(), { id: 's1', status: 'WITHDRAWN', places: 2 }, null, now))).toBe('UNCHANGED');
    expect(after(decideWithdraw(activity, state(), fresh(), null, now))).toEqual(['NOT_FOUND']);
  });

  it('checks in after the start, with hours up to the activity\'s length, the same again being nothing new', () => {
    const signedUp = state({ places: 3, signUps: 2 });
    expect(after(decideCheckIn(activity, signedUp, standing(), 'MEMBER', { hours: 2 }, now))).toEqual(['NOT_STARTED']);
    expect(after(decideCheckIn(activity, signedUp, standing(), 'MEMBER', { hours: 2.5 }, during))).toEqual({ ...signedUp, lifecycle: 'HELD', attended: 1, people: 1, members: 1, memberHours: 2.5 });
    expect(after(decideCheckIn(activity, signedUp, standing(), 'MEMBER', { hours: 3.5 }, during))).toEqual(['INVALID_HOURS']);
    expect(after(decideCheckIn(activity, signedUp, standing(), 'MEMBER', { hours: 0.25 }, during))).toEqual(['INVALID_HOURS']);
    // A unit brings the people it says (at most its places); its hours are not a member's.
    expect(after(decideCheckIn(activity, signedUp, standing(2), 'RESIDENT_UNIT', { hours: 3, people: 2 }, during))).toMatchObject({ attended: 1, people: 2, members: 0, memberHours: 0 });
    expect(after(decideCheckIn(activity, signedUp, standing(2), 'RESIDENT_UNIT', { hours: 3, people: 3 }, during))).toEqual(['INVALID_COUNT']);
    const attended: SignUpView = { id: 's1', status: 'ATTENDED', places: 1, hours: 2.5, people: 1 };
    expect(after(decideCheckIn(activity, signedUp, attended, 'MEMBER', { hours: 2.5 }, during))).toBe('UNCHANGED');
    expect(after(decideCheckIn(activity, signedUp, attended, 'MEMBER', { hours: 2 }, during))).toEqual(['ALREADY_CHECKED_IN']);
    expect(after(decideCheckIn(activity, signedUp, { id: 's1', status: 'WITHDRAWN', places: 1 }, 'MEMBER', { hours: 2 }, during))).toEqual(['INVALID_STATE']);
    expect(after(decideCheckIn(activity, state({ lifecycle: 'CANCELLED' }), standing(), 'MEMBER', { hours: 2 }, during))).toEqual(['INVALID_STATE']);
  });

  it('cancels only a planned activity', () => {
    expect(after(decideCancel(state({ signUps: 2, places: 2 }), '暴雨预警'))).toMatchObject({ lifecycle: 'CANCELLED', signUps: 2 });
    expect(after(decideCancel(state({ lifecycle: 'HELD' }), '已举办'))).toEqual(['INVALID_STATE']);
    expect(after(decideCancel(state({ lifecycle: 'CANCELLED' }), '再取消'))).toEqual(['INVALID_STATE']);
  });

  it('counts no-shows once an activity held is over, and sign-ups cancelled with their activity', () => {
    const heldState = state({ lifecycle: 'HELD', places: 4, signUps: 3, withdrawals: 1, attended: 2, people: 3, members: 1, memberHours: 2.5 });
    const { endsAt } = activity;
    expect(activityFigures({ state: heldState, endsAt }, during)).toMatchObject({ noShows: 0, cancellations: 1 });
    expect(activityFigures({ state: heldState, endsAt }, endsAt)).toEqual({ signedUp: 3, attended: 2, noShows: 1, cancellations: 1, participants: 3, volunteerHours: 2.5 });
    expect(effectiveSignUpStatus('SIGNED_UP', { state: heldState, endsAt }, endsAt)).toBe('NO_SHOW');
    expect(effectiveSignUpStatus('SIGNED_UP', { state: heldState, endsAt }, during)).toBe('SIGNED_UP');
    const cancelled = { state: state({ lifecycle: 'CANCELLED', signUps: 3, withdrawals: 1 }), endsAt };
    expect(activityFigures(cancelled, endsAt)).toMatchObject({ noShows: 0, cancellations: 4 });
    expect(effectiveSignUpStatus('SIGNED_UP', cancelled, now)).toBe('CANCELLED');
    // A list filtered by a status read from the activity: the stored status, or none.
    expect(storedSignUpStatus('CANCELLED', cancelled, now)).toBe('SIGNED_UP');
    expect(storedSignUpStatus('NO_SHOW', cancelled, now)).toBeNull();
    expect(storedSignUpStatus('ATTENDED', cancelled, now)).toBe('ATTENDED');
  });

  it('adds up the dashboard\'s figures from the totals by status', () => {
    const row = (fields: Partial<ActivityTotals>): ActivityTotals => ({ count: 0, signUps: 0, withdrawals: 0, people: 0, memberHours: 0, ...fields });
    const byStatus = new Map([
      ['HELD', row({ count: 2, signUps: 5, withdrawals: 1, people: 6, memberHours: 7.5 })],
      ['CANCELLED', row({ count: 1, signUps: 3 })],
      ['PLANNED', row({ count: 1, signUps: 2, withdrawals: 2 })],
    ]);
    expect(activityStatistics(byStatus, { signUps: 4, attended: 3 })).toEqual({
      organised: 4,
      held: 2,
      cancelled: 1,
      signUps: 10,
      participants: 6,
      volunteerHours: 7.5,
      noShows: 1,
      noShowRate: 0.25,
      cancellations: 6,
    });
    expect(activityStatistics(new Map(), { signUps: 0, attended: 0 })).toMatchObject({ organised: 0, noShowRate: null });
  });

  it('checks an activity\'s fields', () => {
    const fields = { title: '重阳节敬老', place: '党群服务中心', startsAt: activity.startsAt, endsAt: activity.endsAt, capacity: 4 };
    expect(validateActivityFields(fields, now)).toEqual([]);
    expect(validateActivityFields({ ...fields, endsAt: new Date(activity.startsAt.getTime() + 0.25 * HOUR) }, now).map((e) => e.code)).toEqual(['INVALID_DATE']);
    expect(validateActivityFields({ ...fields, endsAt: activity.startsAt, capacity: 1.5, place: ' ' }, now).map((e) => e.code)).toEqual(['INVALID_ADDRESS', 'DATES_OUT_OF_ORDER', 'INVALID_QUANTITY']);
    expect(validateActivityFields(fields, during).map((e) => e.code)).toEqual(['INVALID_DATE']);
  });
});
