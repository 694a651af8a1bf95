import { TerritoryBuilder } from '../../seed/builder';
import {
  ActivityByIdDocument,
  ActivitySignUpsDocument,
  ActivityStatisticsDocument,
  CancelActivityDocument,
  CheckInAttendanceDocument,
  MemberActivityHoursDocument,
  OrganiseActivityDocument,
  OrganizationActivitiesDocument,
  SignUpForActivityDocument,
  UnitActivitiesDocument,
  WithdrawSignUpDocument,
  type OrganiseActivityInput,
} from '../generated/operations';
import { signed, tokensFor } from '../support/principals';
import { dataOf, startTestStack, type TestStack } from '../support/stack';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const at = (ms: number) => new Date(Date.now() + ms).toISOString();
const THIS_YEAR = new Date().getUTCFullYear();

/**
 * Co-building activities (共建活动), through the gateway, as the people involved notice them: a
 * community organises one, members and units sign up until the places run out (also all at once),
 * someone withdraws, the organiser checks in who came, and the hours of the members who came are on
 * their records in the members subgraph — nobody entered them twice; who did not come is counted, and
 * the committee's dashboard has it all.
 */
describe('co-building activities', () => {
  let stack: TestStack;
  const t = new TerritoryBuilder();
  const street = t.street('泉城路街道党工委');
  const furong = t.community(street, '芙蓉街社区党委').withGrids(2);
  const qushui = t.community(street, '曲水亭社区党委').withGrids(1);
  const clinic = t.unit(furong.org, { name: '芙蓉街社区卫生服务中心', kind: 'HOSPITAL' });
  const school = t.unit(furong.org, { name: '芙蓉街小学', kind: 'SCHOOL' });
  const nurse = t.member(furong.grids[0], { name: '王芳', category: 'EMPLOYED', employerId: clinic._id });
  const retiree = t.member(furong.grids[0], { name: '李明' });
  const student = t.member(furong.grids[1], { name: '张华' });
  const outsider = t.member(qushui.grids[0], { name: '赵强' });
  // Eight more members of the community, for the rush on the last places.
  const crowd = Array.from({ length: 8 }, (_, i) => t.member(furong.grids[1], { name: `志愿者${i + 1}` }));
  const need = t.need(furong.org, { title: '独居老人助餐', category: 'ELDER_CARE', quantity: 10, unitOfMeasure: 'PEOPLE' });
  // Hours the nurse already served this year, confirmed: the activity's are added to them.
  const earlier = t.service(nurse, { hours: 1.5, servedOn: new Date(Date.now() - 2 * DAY) });

  type Who = 'street' | 'furong' | 'qushui' | 'grid' | 'clinic' | 'school' | 'nurse' | 'retiree' | 'student' | 'outsider';
  const tokens = {} as Record<Who, string>;
  const crowdTokens: string[] = [];

  beforeAll(async () => {
    stack = await startTestStack({ territory: t });
    const sign = tokensFor(stack.auth);
    Object.assign(tokens, await signed({
      street: sign.forOrganization('STREET_ADMIN', street),
      furong: sign.forOrganization('COMMUNITY_ADMIN', furong.org),
      qushui: sign.forOrganization('COMMUNITY_ADMIN', qushui.org),
      grid: sign.forOrganization('GRID_WORKER', furong.grids[0]),
      clinic: sign.unitAdmin(clinic),
      school: sign.unitAdmin(school),
      nurse: sign.member(nurse, furong.grids[0]),
      retiree: sign.member(retiree, furong.grids[0]),
      student: sign.member(student, furong.grids[1]),
      outsider: sign.member(outsider, qushui.grids[0]),
    }));
    crowdTokens.push(...(await Promise.all(crowd.map((m) => sign.member(m, furong.grids[1])))));
  });
  afterAll(() => stack?.stop());

  const chongyang: OrganiseActivityInput = {
    organiser: { type: 'ORGANIZATION', id: String(furong.org._id) },
    title: '重阳节敬老志愿服务',
    category: 'ELDER_CARE',
    place: '芙蓉街社区党群服务中心二楼',
    startsAt: at(2 * DAY),
    endsAt: at(2 * DAY + 3 * HOUR),
    capacity: 4,
    itemId: String(need._id),
  };
  const organise = async (input: OrganiseActivityInput, token = tokens.furong) =>
    (await stack.query(OrganiseActivityDocument, { input }, token)).data?.organiseActivity;
  const signUp = async (activityId: string, token: string, places?: number) =>
    dataOf(await stack.query(SignUpForActivityDocument, { input: { activityId, places } }, token)).signUpForActivity;
  const withdraw = async (activityId: string, token: string, reason?: string) =>
    dataOf(await stack.query(WithdrawSignUpDocument, { activityId, reason }, token)).withdrawSignUp;
  const checkIn = async (activityId: string, attendances: { signUpId: string; hours: number; people?: number }[], token = tokens.furong) =>
    dataOf(await stack.query(CheckInAttendanceDocument, { activityId, attendances }, token)).checkInAttendance;
  const activity = async (id: string, token = tokens.furong) => dataOf(await stack.query(ActivityByIdDocument, { id }, token)).activity!;

  let held: string; // 重阳节: organised, signed up for, held
  const signUps = {} as Record<'nurse' | 'clinic' | 'student', string>;

  it('organises an activity for the community, and refuses what a clerk could get wrong', async () => {
    const organised = await organise(chongyang);
    expect(organised?.errors).toEqual([]);
    expect(organised?.activity).toMatchObject({
      title: '重阳节敬老志愿服务',
      status: 'PLANNED',
      capacity: 4,
      remainingPlaces: 4,
      organiser: { __typename: 'Organization', name: '芙蓉街社区党委' },
      item: { id: String(need._id), title: '独居老人助餐' },
    });
    held = organised!.activity!.id;

    const before = await stack.models.services.Activity.countDocuments();
    const codes = async (input: Partial<OrganiseActivityInput>) => (await organise({ ...chongyang, ...input }))?.errors.map((e) => `${e.code} ${e.field}`);
    expect(await codes({ startsAt: at(-HOUR), endsAt: at(HOUR) })).toEqual(['INVALID_DATE input.startsAt']);
    expect(await codes({ endsAt: at(DAY) })).toEqual(['DATES_OUT_OF_ORDER input.endsAt']);
    expect(await codes({ endsAt: at(4 * DAY) })).toEqual(['INVALID_DATE input.endsAt']); // two days long
    expect(await codes({ capacity: 0, title: '敬' })).toEqual(['INVALID_TITLE input.title', 'INVALID_QUANTITY input.capacity']);
    expect(await codes({ organiser: { type: 'ORGANIZATION', id: String(furong.grids[0]._id) } })).toEqual(['INVALID_OWNER input.organiser.id']);
    expect(await codes({ agreementId: '0123456789abcdef01234567' })).toEqual(['NOT_FOUND input.agreementId']);
    // Organising for the community is its committee's (or the street's); a unit organises its own.
    const asUnit = await stack.query(OrganiseActivityDocument, { input: chongyang }, tokens.clinic);
    expect(asUnit.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const asGrid = await stack.query(OrganiseActivityDocument, { input: chongyang }, tokens.grid);
    expect(asGrid.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await stack.models.services.Activity.countDocuments()).toBe(before);
    // The neighbouring community does not see it at all.
    expect(dataOf(await stack.query(ActivityByIdDocument, { id: held }, tokens.qushui)).activity).toBeNull();
  });

  it('signs up members and units within the places, once each, and refuses the rest', async () => {
    const nurseSignUp = await signUp(held, tokens.nurse);
    expect(nurseSignUp.errors).toEqual([]);
    expect(nurseSignUp.signUp).toMatchObject({ status: 'SIGNED_UP', places: 1, participant: { __typename: 'Member', name: '王芳' }, activity: { remainingPlaces: 3 } });
    signUps.nurse = nurseSignUp.signUp!.id;
    // Again: the same sign-up, nothing more held.
    const again = await signUp(held, tokens.nurse);
    expect(again.signUp).toMatchObject({ id: signUps.nurse, activity: { remainingPlaces: 3 } });

    const clinicSignUp = await signUp(held, tokens.clinic, 2);
    expect(clinicSignUp.signUp).toMatchObject({ status: 'SIGNED_UP', places: 2, participant: { __typename: 'ResidentUnit', name: '芙蓉街社区卫生服务中心' }, activity: { remainingPlaces: 1 } });
    signUps.clinic = clinicSignUp.signUp!.id;

    // Two places asked, one left.
    expect((await signUp(held, tokens.school, 2)).errors).toEqual([{ code: 'ACTIVITY_FULL', field: 'input.places', message: expect.stringContaining('仅剩1个') }]);
    expect((await signUp(held, tokens.retiree)).signUp).toMatchObject({ status: 'SIGNED_UP', activity: { remainingPlaces: 0 } });
    expect((await signUp(held, tokens.student)).errors.map((e) => e.code)).toEqual(['ACTIVITY_FULL']);
    // Outside the community it is not there; a committee does not sign up.
    expect((await signUp(held, tokens.outsider)).errors.map((e) => e.code)).toEqual(['NOT_VISIBLE']);
    expect((await stack.query(SignUpForActivityDocument, { input: { activityId: held } }, tokens.furong)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // A member takes one place.
    expect((await signUp(held, tokens.student, 3)).errors.map((e) => e.code)).toEqual(['INVALID_COUNT']);
  });

  it('gives a withdrawn place back to the next who signs up', async () => {
    const withdrawn = await withdraw(held, tokens.retiree, '临时有事');
    expect(withdrawn.signUp).toMatchObject({ status: 'WITHDRAWN', withdrawalReason: '临时有事' });
    // Withdrawn already: as it is.
    expect((await withdraw(held, tokens.retiree)).signUp).toMatchObject({ status: 'WITHDRAWN' });
    expect((await withdraw(held, tokens.school)).errors.map((e) => e.code)).toEqual(['NOT_FOUND']);
    const student = await signUp(held, tokens.student);
    expect(student.signUp).toMatchObject({ status: 'SIGNED_UP', activity: { remainingPlaces: 0 } });
    signUps.student = student.signUp!.id;
    expect(await activity(held)).toMatchObject({ signedUp: 3, placesTaken: 4, cancellations: 1 });
  });

  let rushed: string; // 垃圾分类宣传: the rush, then cancelled

  it('never books more places than there are, however many sign up at once', async () => {
    rushed = (await organise({ ...chongyang, title: '垃圾分类宣传', category: 'ENVIRONMENT', capacity: 3, itemId: null }))!.activity!.id;
    // Eight members, each sending the sign-up twice at the same moment, for three places.
    const answers = await Promise.all(crowdTokens.flatMap((token) => [signUp(rushed, token), signUp(rushed, token)]));
    const taken = answers.filter((a) => a.signUp);
    const full = answers.filter((a) => a.errors.some((e) => e.code === 'ACTIVITY_FULL'));
    expect(taken.length + full.length).toBe(16);
    expect(new Set(taken.map((a) => a.signUp!.id)).size).toBe(3); // three sign-ups, a member's two answers the same one
    expect(await activity(rushed)).toMatchObject({ signedUp: 3, placesTaken: 3, remainingPlaces: 0 });
    // The ledger agrees: organised, then exactly three sign-ups.
    const ledger = await stack.models.services.ActivityLedger.find({ key: `activity:${rushed}` }).sort({ seq: 1 }).lean();
    expect(ledger.map((e) => e.action)).toEqual(['ORGANISE', 'SIGN_UP', 'SIGN_UP', 'SIGN_UP']);
    expect(await stack.models.services.SignUp.countDocuments({ activityId: rushed, status: 'SIGNED_UP' })).toBe(3);
  });

  it('checks in who came once it has started, and puts the members\' hours on their records', async () => {
    expect((await checkIn(held, [{ signUpId: signUps.nurse, hours: 2.5 }])).errors.map((e) => e.code)).toEqual(['NOT_STARTED']);
    // The afternoon comes: it started almost three hours ago and has just ended.
    const startsAt = new Date(Date.now() - 3 * HOUR);
    await stack.models.services.Activity.updateOne({ _id: held }, { $set: { startsAt, endsAt: new Date(Date.now() - 60_000) } });
    expect((await signUp(held, tokens.school)).errors.map((e) => e.code)).toEqual(['SIGN_UP_CLOSED']);
    expect((await withdraw(held, tokens.student)).errors.map((e) => e.code)).toEqual(['SIGN_UP_CLOSED']);
    // Only the organiser's side checks in; hours are at most its length (2 h 59 min); a member is one person.
    expect((await stack.query(CheckInAttendanceDocument, { activityId: held, attendances: [{ signUpId: signUps.nurse, hours: 2 }] }, tokens.clinic)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const wrong = await checkIn(held, [
      { signUpId: signUps.nurse, hours: 3 },
      { signUpId: signUps.clinic, hours: 2, people: 3 },
    ]);
    expect(wrong.errors.map((e) => `${e.code} ${e.field}`)).toEqual(['INVALID_HOURS attendances.0.hours', 'INVALID_COUNT attendances.1.people']);
    expect(await activity(held)).toMatchObject({ status: 'PLANNED', attended: 0 });

    const checked = await checkIn(held, [
      { signUpId: signUps.nurse, hours: 2.5 },
      { signUpId: signUps.clinic, hours: 2, people: 2 },
    ]);
    expect(checked.errors).toEqual([]);
    // 张华 signed up and did not come: the activity is over, so that is a no-show.
    expect(checked.activity).toMatchObject({ status: 'HELD', signedUp: 3, attended: 2, participants: 3, volunteerHours: 2.5, noShows: 1, cancellations: 1 });

    // The nurse's record in the members subgraph: the activity's hours, confirmed by the check-in, beside her own.
    const year = startsAt.getUTCFullYear();
    const expected = 2.5 + (earlier.servedOn.getUTCFullYear() === year ? 1.5 : 0);
    const record = dataOf(await stack.query(MemberActivityHoursDocument, { id: String(nurse._id), year }, tokens.nurse)).member!;
    expect(record.volunteerHours).toBe(expected);
    expect(record.serviceRecords.nodes).toContainEqual({
      hours: 2.5,
      description: '重阳节敬老志愿服务',
      confirmedBy: `test:COMMUNITY_ADMIN:${String(furong.org._id)}`,
      confirmedAt: expect.any(String),
      activity: { id: held },
    });
    expect(record.activities!.nodes).toEqual([
      expect.objectContaining({ status: 'ATTENDED', hours: 2.5, people: 1, hoursRecorded: true, activity: { id: held, title: '重阳节敬老志愿服务' } }),
    ]);

    // The same check-in again changes nothing, and writes no second record; other hours are refused.
    const records = () => stack.models.members.ServiceRecord.countDocuments({ activityId: held });
    expect(await records()).toBe(1);
    expect((await checkIn(held, [{ signUpId: signUps.nurse, hours: 2.5 }])).activity).toMatchObject({ attended: 2, volunteerHours: 2.5 });
    expect((await checkIn(held, [{ signUpId: signUps.nurse, hours: 2 }])).errors.map((e) => e.code)).toEqual(['ALREADY_CHECKED_IN']);
    expect(await records()).toBe(1);
    // A withdrawn sign-up is not checked in.
    const withdrawn = (await stack.models.services.SignUp.findOne({ activityId: held, status: 'WITHDRAWN' }).lean())!;
    expect((await checkIn(held, [{ signUpId: String(withdrawn._id), hours: 1 }])).errors.map((e) => e.code)).toEqual(['INVALID_STATE']);
  });

  it('lets only those who may read the check-ins have hours written from them', async () => {
    // Straight to the members subgraph's internal mutation: it reads the check-ins from services with
    // the caller's token, so a member who may not read them gets nothing written.
    const asMember = await stack.querySubgraph('members', `mutation($id: ID!) { recordActivityHours(activityId: $id) }`, { id: held }, tokens.student);
    expect(asMember.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const asOrganiser = await stack.querySubgraph<{ recordActivityHours: string[] }>('members', `mutation($id: ID!) { recordActivityHours(activityId: $id) }`, { id: held }, tokens.furong);
    expect(asOrganiser.data?.recordActivityHours).toEqual([signUps.nurse]);
    expect(await stack.models.members.ServiceRecord.countDocuments({ activityId: held })).toBe(1);
  });

  it('shows the sign-ups, no-shows and history to the organiser side, and each participant its own', async () => {
    const noShows = dataOf(await stack.query(ActivitySignUpsDocument, { id: held, status: 'NO_SHOW' }, tokens.street)).activity!;
    expect(noShows.signUps!.nodes.map((s) => s.participant)).toEqual([{ __typename: 'Member', id: String(student._id), name: '张华' }]);
    const all = dataOf(await stack.query(ActivitySignUpsDocument, { id: held }, tokens.furong)).activity!;
    expect(all.signUps!.nodes.map((s) => s.status)).toEqual(expect.arrayContaining(['ATTENDED', 'ATTENDED', 'WITHDRAWN', 'NO_SHOW']));
    expect(all.history!.nodes.map((e) => e.action)).toEqual(['ORGANISE', 'SIGN_UP', 'SIGN_UP', 'SIGN_UP', 'WITHDRAW', 'SIGN_UP', 'CHECK_IN', 'CHECK_IN']);
    expect(all.history!.nodes[4]).toMatchObject({ from: 'SIGNED_UP', to: 'WITHDRAWN', reason: '临时有事', by: { __typename: 'Member', name: '李明' } });
    // Not for a participant, nor for a unit of the community.
    expect((await stack.query(ActivitySignUpsDocument, { id: held }, tokens.nurse)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await stack.query(ActivitySignUpsDocument, { id: held }, tokens.school)).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const ofStudent = await stack.query(MemberActivityHoursDocument, { id: String(student._id), year: THIS_YEAR }, tokens.student);
    expect(dataOf(ofStudent).member!.activities!.nodes.map((s) => s.status)).toEqual(['NO_SHOW']);
    // Another member does not read them; the committee does.
    expect((await stack.query(MemberActivityHoursDocument, { id: String(student._id), year: THIS_YEAR }, tokens.nurse)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(dataOf(await stack.query(MemberActivityHoursDocument, { id: String(student._id), year: THIS_YEAR }, tokens.furong)).member!.activities!.nodes).toHaveLength(1);

    const unit = dataOf(await stack.query(UnitActivitiesDocument, { id: String(clinic._id) }, tokens.clinic)).residentUnit!;
    expect(unit.activitySignUps!.nodes).toEqual([expect.objectContaining({ status: 'ATTENDED', places: 2, people: 2, hours: 2, hoursRecorded: null })]);
  });

  it('cancels a planned activity with its sign-ups, not a held one', async () => {
    expect((await stack.query(CancelActivityDocument, { id: rushed, reason: '天气原因' }, tokens.clinic)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(dataOf(await stack.query(CancelActivityDocument, { id: rushed, reason: '下' }, tokens.furong)).cancelActivity.errors.map((e) => e.code)).toEqual(['INVALID_REASON']);
    const cancelled = dataOf(await stack.query(CancelActivityDocument, { id: rushed, reason: '暴雨预警,改期举办' }, tokens.street)).cancelActivity;
    expect(cancelled.activity).toMatchObject({ status: 'CANCELLED', cancellationReason: '暴雨预警,改期举办', signedUp: 3, cancellations: 3, noShows: 0 });
    const signUpsNow = dataOf(await stack.query(ActivitySignUpsDocument, { id: rushed }, tokens.furong)).activity!.signUps!.nodes;
    expect(signUpsNow.map((s) => s.status)).toEqual(['CANCELLED', 'CANCELLED', 'CANCELLED']);
    expect((await signUp(rushed, tokens.student)).errors.map((e) => e.code)).toEqual(['SIGN_UP_CLOSED']);
    expect(dataOf(await stack.query(CancelActivityDocument, { id: rushed, reason: '再取消一次' }, tokens.furong)).cancelActivity.errors.map((e) => e.code)).toEqual(['INVALID_STATE']);
    expect(dataOf(await stack.query(CancelActivityDocument, { id: held, reason: '已举办的活动' }, tokens.furong)).cancelActivity.errors.map((e) => e.code)).toEqual(['INVALID_STATE']);
  });

  it('lists the activities of an organisation and its territory, by state and by what is still to come', async () => {
    const list = async (id: unknown, vars: { status?: 'PLANNED' | 'HELD' | 'CANCELLED'; upcoming?: boolean; inTerritory?: boolean }, token = tokens.furong) =>
      dataOf(await stack.query(OrganizationActivitiesDocument, { id: String(id), first: 10, ...vars }, token)).organization!.activities!.nodes.map((a) => a.title);
    expect(await list(furong.org._id, {})).toEqual(['重阳节敬老志愿服务', '垃圾分类宣传']);
    expect(await list(furong.org._id, { status: 'HELD' })).toEqual(['重阳节敬老志愿服务']);
    expect(await list(furong.org._id, { upcoming: true })).toEqual(['垃圾分类宣传']);
    expect(await list(street._id, {}, tokens.street)).toEqual([]);
    expect(await list(street._id, { inTerritory: true, status: 'CANCELLED' }, tokens.street)).toEqual(['垃圾分类宣传']);
    // A member of the neighbouring community sees none of them.
    expect(await list(furong.org._id, {}, tokens.outsider)).toEqual([]);
    // Paged.
    const first = dataOf(await stack.query(OrganizationActivitiesDocument, { id: String(furong.org._id), first: 1 }, tokens.furong)).organization!.activities!;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = dataOf(await stack.query(OrganizationActivitiesDocument, { id: String(furong.org._id), first: 1, after: first.pageInfo.endCursor }, tokens.furong));
    expect(second.organization!.activities!.nodes.map((a) => a.title)).toEqual(['垃圾分类宣传']);
  });

  it('adds the activities to the committee\'s statistics, and their hours to the volunteer hours', async () => {
    const { organization } = dataOf(await stack.query(ActivityStatisticsDocument, { id: String(furong.org._id), from: at(-30 * DAY), to: at(30 * DAY) }, tokens.furong));
    expect(organization!.statistics!.activities).toEqual({
      organised: 2,
      held: 1,
      cancelled: 1,
      signUps: 6, // 王芳, the clinic, 张华 at the one held; three at the one cancelled
      participants: 3, // 王芳 and the clinic's two
      volunteerHours: 2.5,
      noShows: 1, // 张华
      noShowRate: 1 / 3,
      cancellations: 4, // 李明 withdrew; three cancelled with their activity
    });
    // Confirmed volunteer hours of the community's employed members: the nurse's 1.5 and 2.5.
    expect(organization!.statistics!.volunteerHoursByCategory).toContainEqual({ category: 'EMPLOYED', hours: 4 });
  });
});
