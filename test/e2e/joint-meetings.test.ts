import { TerritoryBuilder } from '../../seed/builder';
import {
  CancelMeetingDocument,
  CommitteeMeetingsDocument,
  ConveneMeetingDocument,
  JointMeetingDocument,
  MeetingStatisticsDocument,
  PublishNeedFromDecisionDocument,
  RecordAttendanceDocument,
  RecordDecisionDocument,
  RecordMinutesDocument,
  UpdateDecisionDocument,
  type ConveneJointMeetingInput,
} from '../generated/operations';
import { signed, tokensFor } from '../support/principals';
import { dataOf, startTestStack, type TestStack } from '../support/stack';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const at = (ms: number) => new Date(Date.now() + ms);

/**
 * Joint meetings of a community's big Party committee (联席会议), through the gateway: convening with the
 * committee's seats, attendance, minutes, decisions (one published as a need, linked both ways), the
 * follow-up the next meeting reads, overdue decisions, the dashboard's figures, and who is refused.
 */
describe('joint meetings of the big Party committee', () => {
  let stack: TestStack;
  const t = new TerritoryBuilder();
  const street = t.street('泉城路街道党工委');
  const furong = t.community(street, '芙蓉街社区党委').withGrids(1);
  const qushui = t.community(street, '曲水亭社区党委').withGrids(1);
  const clinic = t.unit(furong.org, { name: '芙蓉街社区卫生服务中心', kind: 'HOSPITAL' });
  const secretary = t.member(furong.org, { name: '张书记' });
  const partTimer = t.member(furong.grids[0], { name: '王芳', category: 'EMPLOYED', employerId: clinic._id });
  const deputy = t.member(furong.org, { name: '李副书记' });
  const former = t.member(furong.org, { name: '赵前委员' });
  const outsider = t.member(qushui.grids[0], { name: '周强' });
  const secretarySeat = t.seat(furong.org, secretary, { role: 'SECRETARY' });
  const deputySeat = t.seat(furong.org, deputy, { role: 'DEPUTY_SECRETARY' });
  const partTimeSeat = t.seat(furong.org, partTimer, { unitId: clinic._id });
  t.seat(furong.org, former, { termStart: new Date(Date.UTC(2020, 0, 1)), termEnd: new Date(Date.UTC(2023, 11, 31)) });
  // An earlier meeting, 40 days ago: a decision still open past its due date, one done last week, one closed long ago.
  const longAgo = t.jointMeeting(furong.org, { title: '去年联席会议', scheduledAt: at(-300 * DAY) });
  t.meetingDecision(longAgo, { text: '更换路灯', dueOn: at(-280 * DAY), status: 'DONE', closedAt: at(-200 * DAY) });
  const earlier = t.jointMeeting(furong.org, { title: '第一季度联席会议', scheduledAt: at(-40 * DAY), absent: [deputySeat] });
  t.meetingDecision(earlier, { text: '排查老旧小区消防通道', dueOn: at(-10 * DAY) });
  t.meetingDecision(earlier, { text: '开放卫生中心会议室', dueOn: at(-20 * DAY), status: 'DONE', closedAt: at(-7 * DAY) });

  let tokens: Record<'street' | 'furong' | 'qushui' | 'clinic' | 'partTimer' | 'outsider' | 'grid', string>;

  beforeAll(async () => {
    stack = await startTestStack({ territory: t });
    const sign = tokensFor(stack.auth);
    tokens = await signed({
      street: sign.forOrganization('STREET_ADMIN', street),
      furong: sign.forOrganization('COMMUNITY_ADMIN', furong.org),
      qushui: sign.forOrganization('COMMUNITY_ADMIN', qushui.org),
      clinic: sign.unitAdmin(clinic),
      partTimer: sign.member(partTimer, furong.grids[0]),
      outsider: sign.member(outsider, qushui.grids[0]),
      grid: sign.forOrganization('GRID_WORKER', furong.grids[0]),
    });
  });
  afterAll(() => stack?.stop());

  const meetingInput = (overrides: Partial<ConveneJointMeetingInput> = {}): ConveneJointMeetingInput => ({
    organizationId: String(furong.org._id),
    title: '第二季度联席会议',
    scheduledAt: at(-2 * HOUR).toISOString(),
    place: '芙蓉街社区党群服务中心',
    agenda: ['通报上季度决定落实情况', '研究老年助餐点建设'],
    ...overrides,
  });
  const convene = async (overrides: Partial<ConveneJointMeetingInput> = {}, token = tokens.furong) => {
    const { conveneJointMeeting } = dataOf(await stack.query(ConveneMeetingDocument, { input: meetingInput(overrides) }, token));
    expect(conveneJointMeeting.errors).toEqual([]);
    return conveneJointMeeting.meeting!;
  };

  it('runs a meeting from convening to decisions, and the next meeting follows them up', async () => {
    // Convened by the street (a committee above the community): the seats held today are invited, in order of role.
    const meeting = await convene({}, tokens.street);
    expect(meeting).toMatchObject({ status: 'SCHEDULED', organization: { name: '芙蓉街社区党委' }, agenda: ['通报上季度决定落实情况', '研究老年助餐点建设'], attendanceRate: null });
    expect(meeting.invitees).toEqual([
      { seat: { id: String(secretarySeat._id) }, member: { name: '张书记' }, role: 'SECRETARY', partTime: false, unit: null, attended: null, absenceReason: null },
      { seat: { id: String(deputySeat._id) }, member: { name: '李副书记' }, role: 'DEPUTY_SECRETARY', partTime: false, unit: null, attended: null, absenceReason: null },
      { seat: { id: String(partTimeSeat._id) }, member: { name: '王芳' }, role: 'MEMBER', partTime: true, unit: { name: '芙蓉街社区卫生服务中心' }, attended: null, absenceReason: null },
    ]);

    // Decisions wait for the minutes.
    const early = dataOf(await stack.query(RecordDecisionDocument, { input: { meetingId: meeting.id, text: '建设助餐点', kind: 'TASK', owner: { type: 'ORGANIZATION', id: String(furong.org._id) }, dueOn: at(30 * DAY).toISOString() } }, tokens.furong));
    expect(early.recordMeetingDecision.errors).toEqual([{ code: 'MEETING_NOT_HELD', field: 'input.meetingId' }]);

    // Attendance: a seat not invited, and an absence without its reason, are refused; then it is recorded.
    const wrong = dataOf(
      await stack.query(RecordAttendanceDocument, { id: meeting.id, attendance: [{ seatId: String(furong.org._id), attended: true }, { seatId: String(deputySeat._id), attended: false }] }, tokens.furong),
    );
    expect(wrong.recordMeetingAttendance.errors).toEqual([
      { code: 'NOT_A_SEAT', field: 'attendance.0.seatId' },
      { code: 'ABSENCE_REASON_REQUIRED', field: 'attendance.1.absenceReason' },
    ]);
    const attendance = dataOf(
      await stack.query(
        RecordAttendanceDocument,
        {
          id: meeting.id,
          attendance: [
            { seatId: String(secretarySeat._id), attended: true },
            { seatId: String(deputySeat._id), attended: false, absenceReason: '区里培训' },
            { seatId: String(partTimeSeat._id), attended: true },
          ],
        },
        tokens.furong,
      ),
    );
    expect(attendance.recordMeetingAttendance.errors).toEqual([]);
    expect(attendance.recordMeetingAttendance.meeting!.attendanceRate).toBeCloseTo(2 / 3);
    expect(attendance.recordMeetingAttendance.meeting!.invitees.map((i) => [i.member?.name, i.attended, i.absenceReason])).toEqual([
      ['张书记', true, null],
      ['李副书记', false, '区里培训'],
      ['王芳', true, null],
    ]);

    // The minutes mark it held.
    const minutes = dataOf(await stack.query(RecordMinutesDocument, { id: meeting.id, minutes: '会议通报了第一季度决定的落实情况,研究了老年助餐点建设。' }, tokens.furong));
    expect(minutes.recordMeetingMinutes.errors).toEqual([]);
    expect(minutes.recordMeetingMinutes.meeting).toMatchObject({ status: 'HELD', heldAt: expect.any(String) });

    // Decisions: a task for the part-time member's seat, a need for the community; a past due date and a
    // seat that was not invited are refused.
    const decide = async (input: Record<string, unknown>) =>
      dataOf(
        await stack.query(
          RecordDecisionDocument,
          { input: { meetingId: meeting.id, kind: 'TASK', owner: { type: 'ORGANIZATION', id: String(furong.org._id) }, dueOn: at(30 * DAY).toISOString(), text: '决定', ...input } as never },
          tokens.furong,
        ),
      ).recordMeetingDecision;
    expect((await decide({ dueOn: at(-2 * DAY).toISOString() })).errors).toEqual([{ code: 'DUE_DATE_IN_PAST', field: 'input.dueOn' }]);
    expect((await decide({ owner: { type: 'SEAT', id: String(furong.org._id) } })).errors).toEqual([{ code: 'NOT_A_SEAT', field: 'input.owner.id' }]);
    expect((await decide({ owner: { type: 'ORGANIZATION', id: String(qushui.org._id) } })).errors).toEqual([{ code: 'INVALID_OWNER', field: 'input.owner.id' }]);
    const task = await decide({ text: '卫生中心每月为独居老人义诊一次', owner: { type: 'SEAT', id: String(partTimeSeat._id) } });
    expect(task.errors).toEqual([]);
    expect(task.decision).toMatchObject({ kind: 'TASK', status: 'OPEN', overdue: false, owner: { __typename: 'CommitteeSeat', member: { name: '王芳' } }, item: null });
    const needDecision = (await decide({ text: '征集助餐志愿者20名', kind: 'NEED' })).decision!;

    // The need is published from the decision, and the two are linked both ways through the gateway.
    const publish = (decisionId: string, token = tokens.furong) =>
      stack.query(
        PublishNeedFromDecisionDocument,
        { input: { postedBy: { type: 'ORGANIZATION', id: String(furong.org._id) }, title: '助餐志愿者', category: 'ELDER_CARE', quantity: 20, unitOfMeasure: 'PEOPLE', decisionId } },
        token,
      );
    const published = dataOf(await publish(needDecision.id)).publishNeed;
    expect(published.errors).toEqual([]);
    expect(published.item).toMatchObject({ title: '助餐志愿者', fromDecision: { id: needDecision.id, text: '征集助餐志愿者20名', meeting: { title: '第二季度联席会议' } } });
    expect(dataOf(await publish(needDecision.id)).publishNeed.errors).toEqual([{ code: 'DECISION_ALREADY_PUBLISHED', field: 'input.decisionId' }]);
    expect(dataOf(await publish(task.decision!.id)).publishNeed.errors).toEqual([{ code: 'DECISION_KIND_MISMATCH', field: 'input.decisionId' }]);
    // Another community's committee cannot read the decision: as if it did not exist.
    const elsewhere = await stack.query(
      PublishNeedFromDecisionDocument,
      { input: { postedBy: { type: 'ORGANIZATION', id: String(qushui.org._id) }, title: '助餐志愿者', category: 'ELDER_CARE', quantity: 5, unitOfMeasure: 'PEOPLE', decisionId: needDecision.id } },
      tokens.qushui,
    );
    expect(dataOf(elsewhere).publishNeed.errors).toEqual([{ code: 'NOT_FOUND', field: 'input.decisionId' }]);

    const held = dataOf(await stack.query(JointMeetingDocument, { id: meeting.id }, tokens.furong)).jointMeeting!;
    expect(held.decisions.map((d) => [d.text, d.kind, d.item?.__typename ?? null, d.item?.title ?? null])).toEqual([
      ['卫生中心每月为独居老人义诊一次', 'TASK', null, null],
      ['征集助餐志愿者20名', 'NEED', 'Need', '助餐志愿者'],
    ]);
    // This meeting follows up the earlier one: its open (overdue) decision and the one done last week, not last year's.
    expect(held.previousDecisions.map((d) => [d.text, d.status, d.overdue, d.meeting?.title])).toEqual([
      ['排查老旧小区消防通道', 'OPEN', true, '第一季度联席会议'],
      ['开放卫生中心会议室', 'DONE', false, '第一季度联席会议'],
    ]);

    // The owner (the part-time member) reports progress and closes the task; a closed decision stays closed.
    const progress = dataOf(await stack.query(UpdateDecisionDocument, { id: task.decision!.id, input: { note: '已联系两名医生,下周开始' } }, tokens.partTimer)).updateDecision;
    expect(progress.errors).toEqual([]);
    const done = dataOf(await stack.query(UpdateDecisionDocument, { id: task.decision!.id, input: { note: '首次义诊完成,服务老人32人', status: 'DONE' } }, tokens.partTimer)).updateDecision;
    expect(done.decision).toMatchObject({ status: 'DONE', closedAt: expect.any(String), followUps: [{ note: '已联系两名医生,下周开始', status: 'OPEN' }, { note: '首次义诊完成,服务老人32人', status: 'DONE' }] });
    const again = dataOf(await stack.query(UpdateDecisionDocument, { id: task.decision!.id, input: { note: '补充', status: 'DROPPED' } }, tokens.furong)).updateDecision;
    expect(again.errors).toEqual([{ code: 'DECISION_CLOSED', field: 'id' }]);

    // The next meeting (in a week) shows this meeting's decisions with their follow-up.
    const next = await convene({ title: '第三季度联席会议', scheduledAt: at(7 * DAY).toISOString() });
    const followUp = dataOf(await stack.query(JointMeetingDocument, { id: next.id }, tokens.partTimer)).jointMeeting!;
    expect(followUp.previousDecisions.map((d) => [d.text, d.status, d.followUps.at(-1)?.note ?? null, d.item?.title ?? null])).toEqual([
      ['排查老旧小区消防通道', 'OPEN', null, null],
      ['开放卫生中心会议室', 'DONE', '已完成', null],
      ['卫生中心每月为独居老人义诊一次', 'DONE', '首次义诊完成,服务老人32人', null],
      ['征集助餐志愿者20名', 'OPEN', null, '助餐志愿者'],
    ]);
    // Its time has not come: no minutes yet. Then it is cancelled, and stays so.
    expect(dataOf(await stack.query(RecordMinutesDocument, { id: next.id, minutes: '会议研究了第三季度工作安排。' }, tokens.furong)).recordMeetingMinutes.errors).toEqual([
      { code: 'MEETING_NOT_STARTED', field: 'id' },
    ]);
    const cancelled = dataOf(await stack.query(CancelMeetingDocument, { id: next.id, reason: '与区委会议时间冲突' }, tokens.furong)).cancelJointMeeting;
    expect(cancelled.meeting).toMatchObject({ status: 'CANCELLED', cancelReason: '与区委会议时间冲突' });
    expect(dataOf(await stack.query(CancelMeetingDocument, { id: meeting.id, reason: '取消' }, tokens.furong)).cancelJointMeeting.errors).toEqual([
      { code: 'MEETING_ALREADY_HELD', field: 'id' },
    ]);

    // The committee's list: newest convened first, by status; the open decisions with the overdue one flagged.
    const list = dataOf(await stack.query(CommitteeMeetingsDocument, { id: String(furong.org._id), first: 2 }, tokens.furong)).organization!;
    expect(list.jointMeetings!.nodes.map((m) => [m.title, m.status])).toEqual([
      ['第三季度联席会议', 'CANCELLED'],
      ['第二季度联席会议', 'HELD'],
    ]);
    const rest = dataOf(await stack.query(CommitteeMeetingsDocument, { id: String(furong.org._id), first: 5, after: list.jointMeetings!.pageInfo.endCursor }, tokens.furong)).organization!;
    expect(rest.jointMeetings!.nodes.map((m) => m.title)).toEqual(['第一季度联席会议', '去年联席会议']);
    expect(rest.jointMeetings!.pageInfo.hasNextPage).toBe(false);
    expect(list.openDecisions!.nodes.map((d) => [d.text, d.overdue])).toEqual([
      ['排查老旧小区消防通道', true],
      ['征集助餐志愿者20名', false],
    ]);
    expect(list.overdue!.nodes.map((d) => d.text)).toEqual(['排查老旧小区消防通道']);
    const held2 = dataOf(await stack.query(CommitteeMeetingsDocument, { id: String(furong.org._id), status: 'HELD', first: 10 }, tokens.furong)).organization!;
    expect(held2.jointMeetings!.nodes.map((m) => m.title)).toEqual(['第二季度联席会议', '第一季度联席会议', '去年联席会议']);

    // The dashboard: the street's figures over the last 60 days count the community's meetings.
    const stats = dataOf(await stack.query(MeetingStatisticsDocument, { id: String(street._id), from: at(-60 * DAY).toISOString(), to: at(60 * DAY).toISOString() }, tokens.street));
    expect(stats.organization!.statistics!.meetings).toEqual({
      convened: 3,
      held: 2,
      cancelled: 1,
      averageAttendanceRate: 4 / 6,
      decisions: 4,
      decisionsDone: 2,
      decisionsDropped: 0,
      decisionsOverdue: 1,
      completionRate: 0.5,
    });
  });

  it('refuses outsiders: another community, a grid worker, a member not on the committee, anonymous', async () => {
    const meeting = await convene({ title: '专题联席会议' });
    // Convening, recording and reading are for the committees over the community.
    for (const token of [tokens.qushui, tokens.grid, tokens.clinic, tokens.partTimer]) {
      const response = await stack.query(ConveneMeetingDocument, { input: meetingInput() }, token);
      expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await stack.query(ConveneMeetingDocument, { input: meetingInput() })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // Another community's committee sees no such meeting; the invited member reads it but may not record.
    expect(dataOf(await stack.query(RecordMinutesDocument, { id: meeting.id, minutes: '会议纪要会议纪要会议纪要' }, tokens.qushui)).recordMeetingMinutes.errors).toEqual([
      { code: 'NOT_FOUND', field: 'id' },
    ]);
    expect((await stack.query(RecordMinutesDocument, { id: meeting.id, minutes: '会议纪要会议纪要会议纪要' }, tokens.partTimer)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(dataOf(await stack.query(JointMeetingDocument, { id: meeting.id }, tokens.partTimer)).jointMeeting?.title).toBe('专题联席会议');
    for (const token of [tokens.qushui, tokens.outsider, tokens.clinic, tokens.grid]) {
      expect(dataOf(await stack.query(JointMeetingDocument, { id: meeting.id }, token)).jointMeeting).toBeNull();
    }
    const list = await stack.query(CommitteeMeetingsDocument, { id: String(furong.org._id), first: 5 }, tokens.outsider);
    expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // A committee with no seat on the day has no one to invite; a grid has no committee.
    expect(dataOf(await stack.query(ConveneMeetingDocument, { input: meetingInput({ organizationId: String(qushui.org._id) }) }, tokens.qushui)).conveneJointMeeting.errors).toEqual([
      { code: 'NO_INVITEES', field: 'input.scheduledAt' },
    ]);
    expect(dataOf(await stack.query(ConveneMeetingDocument, { input: meetingInput({ organizationId: String(furong.grids[0]._id) }) }, tokens.furong)).conveneJointMeeting.errors).toEqual([
      { code: 'NO_COMMITTEE_SEATS', field: 'input.organizationId' },
    ]);
  });
});
