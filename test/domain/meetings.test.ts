import { beijingDayStart } from '../../platform/rules/beijing-time';
import { Types } from 'mongoose';
import {
  attendanceRate,
  conveneState,
  decideAttendance,
  decideCancel,
  decideDecision,
  decideFollowUp,
  decideMinutes,
  inviteesOn,
  isFollowedUp,
  isOverdue,
  meetingFigures,
  recordedDecisionState,
  validateConvening,
  type MeetingState,
} from '../../subgraphs/organizations/domain/meetings';
import { decisionLinkProblem } from '../../subgraphs/services/domain/items';
import type { CommitteeSeatDoc } from '../../subgraphs/organizations/models';

/** A committee's joint meetings (联席会议) and their decisions, as plain decisions on the ledger's state. */
describe('joint meetings', () => {
  const NOW = new Date('2026-06-10T04:00:00Z'); // 12:00 in Beijing
  const DAY = 86_400_000;
  const seat = (role: CommitteeSeatDoc['role'], termStart: string, termEnd: string | null = null): CommitteeSeatDoc => ({
    _id: new Types.ObjectId(),
    organizationId: new Types.ObjectId(),
    memberId: new Types.ObjectId(),
    role,
    partTime: false,
    termStart: new Date(termStart),
    termEnd: termEnd ? new Date(termEnd) : null,
  });
  const [member, secretary, ended] = [seat('MEMBER', '2024-01-01'), seat('SECRETARY', '2025-01-01'), seat('MEMBER', '2020-01-01', '2023-12-31')];
  const facts = { scheduledAt: new Date(NOW.getTime() - 3_600_000), invitees: inviteesOn([member, secretary, ended], NOW) };
  const state = (over: Partial<MeetingState> = {}): MeetingState => ({ ...conveneState(), ...over });
  const codes = (o: { ok: boolean; errors?: { code: string }[] }) => (o.ok ? [] : o.errors!.map((e) => e.code));

  it('invites the seats held on the day, secretary first, and snapshots them', () => {
    expect(facts.invitees.map((i) => i.seatId)).toEqual([String(secretary._id), String(member._id)]);
    // In 2023 only the seat since ended was held: it was invited then.
    expect(inviteesOn([member, secretary, ended], new Date('2023-06-01')).map((i) => i.seatId)).toEqual([String(ended._id)]);
  });

  it('checks a meeting to convene: title, place, agenda, and a day from 30 days ago to a year ahead', () => {
    const ok = { title: '联席会议', scheduledAt: NOW, place: '党群服务中心', agenda: ['共建工作'] };
    expect(validateConvening(ok, NOW)).toEqual([]);
    expect(validateConvening({ ...ok, title: '会', agenda: [], scheduledAt: new Date(NOW.getTime() - 31 * DAY) }, NOW).map((e) => e.code)).toEqual([
      'INVALID_TITLE',
      'INVALID_DATE',
      'INVALID_AGENDA',
    ]);
  });

  it('takes attendance of invited seats once the meeting has begun, an absence with its reason', () => {
    const present = { seatId: String(member._id), attended: true };
    expect(codes(decideAttendance(state(), { ...facts, scheduledAt: new Date(NOW.getTime() + DAY) }, [present], NOW))).toEqual(['MEETING_NOT_STARTED']);
    expect(codes(decideAttendance(state({ status: 'CANCELLED' }), facts, [present], NOW))).toEqual(['MEETING_CANCELLED']);
    expect(codes(decideAttendance(state(), facts, [{ seatId: String(ended._id), attended: true }, present, present], NOW))).toEqual(['NOT_A_SEAT', 'NOT_A_SEAT']);
    expect(codes(decideAttendance(state(), facts, [{ seatId: String(secretary._id), attended: false, absenceReason: ' ' }], NOW))).toEqual(['ABSENCE_REASON_REQUIRED']);
    const recorded = decideAttendance(state(), facts, [present, { seatId: String(secretary._id), attended: false, absenceReason: '出差' }], NOW);
    expect(recorded.ok && attendanceRate(recorded.value.data.state, facts.invitees.length)).toBe(0.5);
    expect(attendanceRate(state(), 2)).toBeNull();
  });

  it('marks a meeting held with its minutes, keeps the first heldAt, and cancels only one not held', () => {
    const held = decideMinutes(state(), facts, '会议研究了助餐点建设。', NOW);
    expect(held.ok && held.value.data.state).toMatchObject({ status: 'HELD', heldAt: NOW.toISOString() });
    const corrected = decideMinutes(state({ status: 'HELD', heldAt: '2026-06-09T00:00:00.000Z' }), facts, '更正后的会议纪要内容。', NOW);
    expect(corrected.ok && corrected.value.data.state.heldAt).toBe('2026-06-09T00:00:00.000Z');
    expect(codes(decideMinutes(state(), facts, '太短', NOW))).toEqual(['INVALID_TEXT']);
    expect(codes(decideCancel(state({ status: 'HELD' }), '时间冲突'))).toEqual(['MEETING_ALREADY_HELD']);
    expect(codes(decideCancel(state(), '时间冲突'))).toEqual([]);
  });

  it('records decisions of a held meeting only, due today or later (in Beijing)', () => {
    const input = { text: '建设助餐点', kind: 'TASK' as const, owner: { type: 'ORGANIZATION' as const, id: 'x' }, dueOn: beijingDayStart(NOW) };
    expect(codes(decideDecision(state(), input, 'd1', NOW, null))).toEqual(['MEETING_NOT_HELD']);
    expect(codes(decideDecision(state({ status: 'HELD' }), input, 'd1', NOW, null))).toEqual([]);
    expect(codes(decideDecision(state({ status: 'HELD' }), { ...input, dueOn: new Date(beijingDayStart(NOW).getTime() - 1) }, 'd1', NOW, null))).toEqual(['DUE_DATE_IN_PAST']);
  });

  it('follows a decision up until it is done or dropped, never back', () => {
    const open = decideFollowUp(recordedDecisionState(), { note: '已联系医生' }, 'u', NOW);
    expect(open.ok && open.value).toMatchObject({ action: 'FOLLOW_UP', data: { state: { status: 'OPEN', closedAt: null } } });
    const done = decideFollowUp(open.ok ? open.value.data.state : recordedDecisionState(), { note: '义诊完成', status: 'DONE' }, 'u', NOW);
    expect(done.ok && done.value.data.state).toMatchObject({ status: 'DONE', closedAt: NOW.toISOString(), followUps: [{ note: '已联系医生' }, { note: '义诊完成' }] });
    expect(codes(decideFollowUp(done.ok ? done.value.data.state : recordedDecisionState(), { note: '重新打开', status: 'OPEN' }, 'u', NOW))).toEqual(['DECISION_CLOSED']);
  });

  it('flags an open decision overdue after its due day, and reads back open and recently closed ones at later meetings', () => {
    expect(isOverdue({ status: 'OPEN', dueOn: beijingDayStart(NOW) }, NOW)).toBe(false);
    expect(isOverdue({ status: 'OPEN', dueOn: new Date(beijingDayStart(NOW).getTime() - DAY) }, NOW)).toBe(true);
    expect(isOverdue({ status: 'DONE', dueOn: new Date(0) }, NOW)).toBe(false);
    const earlier = new Date(NOW.getTime() - 40 * DAY);
    expect(isFollowedUp({ status: 'OPEN', meetingScheduledAt: earlier }, NOW)).toBe(true);
    expect(isFollowedUp({ status: 'OPEN', meetingScheduledAt: NOW }, NOW)).toBe(false);
    expect(isFollowedUp({ status: 'DONE', closedAt: new Date(NOW.getTime() - 89 * DAY), meetingScheduledAt: earlier }, NOW)).toBe(true);
    expect(isFollowedUp({ status: 'DONE', closedAt: new Date(NOW.getTime() - 91 * DAY), meetingScheduledAt: earlier }, NOW)).toBe(false);
  });

  it('counts the figures: attendance pooled over held meetings, rates null when there is nothing to divide', () => {
    expect(
      meetingFigures(
        [
          { status: 'HELD', count: 2, present: 5, invited: 6 },
          { status: 'CANCELLED', count: 1, present: 0, invited: 3 },
        ],
        [
          { status: 'OPEN', count: 2 },
          { status: 'DONE', count: 1 },
          { status: 'DROPPED', count: 1 },
        ],
        1,
      ),
    ).toEqual({ convened: 3, held: 2, cancelled: 1, averageAttendanceRate: 5 / 6, decisions: 4, decisionsDone: 1, decisionsDropped: 1, decisionsOverdue: 1, completionRate: 0.25 });
    expect(meetingFigures([], [], 0)).toMatchObject({ averageAttendanceRate: null, completionRate: null });
  });

  it('publishes an item from a visible, open decision of its kind, owned inside the committee', () => {
    const decision = { kind: 'NEED', status: 'OPEN', organizationId: 'c1' };
    expect(decisionLinkProblem(decision, 'NEED', ['s1', 'c1', 'g1'])).toBeNull();
    expect(decisionLinkProblem(null, 'NEED', ['c1'])?.code).toBe('NOT_FOUND');
    expect(decisionLinkProblem(decision, 'PROJECT', ['c1'])?.code).toBe('DECISION_KIND_MISMATCH');
    expect(decisionLinkProblem({ ...decision, status: 'DONE' }, 'NEED', ['c1'])?.code).toBe('DECISION_CLOSED');
    expect(decisionLinkProblem(decision, 'NEED', ['s1', 'c2'])?.code).toBe('INVALID_OWNER');
  });
});
