import { TerritoryBuilder } from '../../seed/builder';
import {
  AcceptClaimDocument,
  AgreementFulfilmentDocument,
  CheckInAttendanceDocument,
  ClaimItemDocument,
  CommitmentShortfallsDocument,
  CommitmentStatisticsDocument,
  DeliverClaimDocument,
  DeliveredClaimDocument,
  DraftAgreementDocument,
  SignAgreementDocument,
  UnitCommitmentFulfilmentDocument,
} from '../generated/operations';
import { createLogger } from '../../platform/server/logger';
import { TerritoryDirectory } from '../../platform/rules/territory';
import { stampDeliveryDates } from '../../subgraphs/services/app/claim-delivery-dates';
import { signed, tokensFor } from '../support/principals';
import { dataOf, startTestStack, type TestStack } from '../support/stack';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const midnight = (ms: number) => new Date(Math.floor(ms / DAY) * DAY);

/**
 * Agreement commitments tracked against delivery (共建协议承诺履行), through the gateway, as a community
 * committee notices them: a unit signs an agreement promising volunteer hours and people; nothing is
 * delivered yet and the committee sees the unit behind plan; the unit's claims are delivered and its
 * team checked in at an activity, and the shortfall shrinks until the unit is on track and leaves the
 * list, while a unit that held none of the sessions it promised stays on it. Who may not see it is refused.
 */
describe('agreement commitments', () => {
  let stack: TestStack;
  const t = new TerritoryBuilder();
  const street = t.street('泉城路街道党工委');
  const furong = t.community(street, '芙蓉街社区党委').withGrids(1);
  const qushui = t.community(street, '曲水亭社区党委').withGrids(1);
  const clinic = t.unit(furong.org, { name: '芙蓉街社区卫生服务中心', kind: 'HOSPITAL' });
  const school = t.unit(furong.org, { name: '芙蓉街小学', kind: 'SCHOOL' });
  const bank = t.unit(qushui.org, { name: '曲水亭储蓄所', kind: 'STATE_ENTERPRISE' });
  const member = t.member(furong.grids[0], { name: '王芳' });
  // A library that lends its reading room, and the clinic's talks: offers the community claims (双向认领).
  const library = t.unit(furong.org, { name: '芙蓉街图书馆', kind: 'PUBLIC_INSTITUTION' });
  const readingRoom = t.offer(library, { title: '图书馆自习室开放', category: 'VENUE', capacity: 300, unitOfMeasure: 'SQUARE_METRES' });
  const clinicCare = t.offer(clinic, { title: '职工健康讲座', category: 'MEDICAL', capacity: 20, unitOfMeasure: 'HOURS' });
  // What the clinic will deliver: hours of care, people for meal delivery; and one of qushui's, which does not count for furong.
  const care = t.need(furong.org, { title: '独居老人陪护', category: 'ELDER_CARE', quantity: 40, unitOfMeasure: 'HOURS' });
  const meals = t.need(furong.org, { title: '助餐送餐志愿者', category: 'VOLUNTEERS', quantity: 20, unitOfMeasure: 'PEOPLE' });
  const elsewhere = t.need(qushui.org, { title: '曲水亭义诊', category: 'MEDICAL', quantity: 50, unitOfMeasure: 'HOURS', visibility: 'STREET' });
  // An activity the community held two days ago, the clinic's team of four signed up for it.
  const heldAt = new Date(Date.now() - 2 * DAY);
  const held = t.activity(furong.org, { title: '重阳节敬老志愿服务', startsAt: heldAt, endsAt: new Date(heldAt.getTime() + 3 * HOUR), capacity: 20 });
  const team = t.signUp(held, clinic, { places: 4 });
  // The school promised twelve sessions a year, 200 days ago, and has held none.
  const schoolAgreement = t.agreement(school, furong.org, {
    startsOn: midnight(Date.now() - 200 * DAY),
    expiresOn: midnight(Date.now() + 164 * DAY),
    status: 'ACTIVE',
    commitments: [{ kind: 'SESSIONS', description: '每月一次科普讲座', amount: 12 }],
  });
  // The bank, with the other community: on the street's list, not on furong's.
  const bankAgreement = t.agreement(bank, qushui.org, {
    startsOn: midnight(Date.now() - 100 * DAY),
    expiresOn: midnight(Date.now() + 264 * DAY),
    status: 'ACTIVE',
    commitments: [{ kind: 'FUNDS', description: '共建帮扶资金', amount: 36_500 }],
  });

  const tokens = {} as Record<'street' | 'furong' | 'qushui' | 'clinic' | 'school' | 'library' | 'member', string>;
  beforeAll(async () => {
    stack = await startTestStack({ territory: t });
    const sign = tokensFor(stack.auth);
    Object.assign(tokens, await signed({
      street: sign.forOrganization('STREET_ADMIN', street),
      furong: sign.forOrganization('COMMUNITY_ADMIN', furong.org),
      qushui: sign.forOrganization('COMMUNITY_ADMIN', qushui.org),
      clinic: sign.unitAdmin(clinic),
      school: sign.unitAdmin(school),
      library: sign.unitAdmin(library),
      member: sign.member(member, furong.grids[0]),
    }));
  });
  afterAll(() => stack?.stop());

  const fulfilment = async (id: string, token = tokens.furong) => dataOf(await stack.query(AgreementFulfilmentDocument, { id }, token)).agreement!.fulfilment!;
  const shortfalls = async (id: string, args: { kind?: 'VOLUNTEER_HOURS' | 'PEOPLE' | 'SESSIONS' | 'FUNDS'; includeOnTrack?: boolean; first?: number; after?: string } = {}, token = tokens.furong) =>
    dataOf(await stack.query(CommitmentShortfallsDocument, { id, first: 20, ...args }, token)).organization!.commitmentShortfalls!;
  const figures = async (id: string, kind: string) => (await fulfilment(id)).commitments.find((c) => c.kind === kind)!;
  /** The clinic claims part of a need; the community accepts it and records it delivered. */
  const deliver = async (itemId: string, quantity: number) => {
    const claim = dataOf(await stack.query(ClaimItemDocument, { input: { itemId, quantity } }, tokens.clinic)).claimItem.claim!;
    expect(dataOf(await stack.query(AcceptClaimDocument, { id: claim.id }, tokens.furong)).acceptClaim.errors).toEqual([]);
    expect(dataOf(await stack.query(DeliverClaimDocument, { id: claim.id, note: '已按约完成' }, tokens.furong)).deliverClaim.errors).toEqual([]);
    return claim.id;
  };

  let agreement: string; // the clinic's: 100 hours and 50 people for a year that began 73 days ago
  const startsOn = midnight(Date.now() - 73 * DAY);

  it('shows a unit that has signed and delivered nothing as behind plan, pro rata to the term', async () => {
    const drafted = dataOf(await stack.query(DraftAgreementDocument, {
      input: {
        unitId: String(clinic._id),
        partnerId: String(furong.org._id),
        startsOn: startsOn.toISOString(),
        expiresOn: new Date(startsOn.getTime() + 364 * DAY).toISOString(),
        commitments: [
          { kind: 'VOLUNTEER_HOURS', description: '在职党员到社区志愿服务', amount: 100 },
          { kind: 'PEOPLE', description: '组织职工志愿者服务居民', amount: 50 },
        ],
      },
    }, tokens.clinic)).draftAgreement.agreement!;
    agreement = drafted.id;
    // A draft promises nothing yet.
    expect(dataOf(await stack.query(AgreementFulfilmentDocument, { id: agreement }, tokens.furong)).agreement!.fulfilment).toBeNull();
    expect(dataOf(await stack.query(SignAgreementDocument, { id: agreement }, tokens.clinic)).signAgreement.errors).toEqual([]);
    expect(dataOf(await stack.query(SignAgreementDocument, { id: agreement }, tokens.furong)).signAgreement.agreement!.status).toBe('ACTIVE');

    const f = await fulfilment(agreement);
    expect(f.elapsed).toBeCloseTo(0.2, 2);
    expect(f.onTrack).toBe(false);
    expect(f.commitments.map((c) => c.kind)).toEqual(['VOLUNTEER_HOURS', 'PEOPLE']);
    const hours = f.commitments[0];
    expect(hours).toMatchObject({ promised: 100, delivered: 0, onTrack: false });
    expect(hours.expected).toBeGreaterThanOrEqual(20);
    expect(hours.expected).toBeLessThan(20.3);
    expect(hours.shortfall).toBe(hours.expected);
    // The unit's own admins see it as the committee does; so does the street above.
    expect((await fulfilment(agreement, tokens.clinic)).commitments).toEqual(f.commitments);
    expect((await fulfilment(agreement, tokens.street)).onTrack).toBe(false);
  });

  it("lists the committee's units behind plan, furthest behind first", async () => {
    const list = await shortfalls(String(furong.org._id));
    expect(list.nodes.map((n) => [n.unit?.name, n.commitment.kind])).toEqual(expect.arrayContaining([
      ['芙蓉街社区卫生服务中心', 'VOLUNTEER_HOURS'],
      ['芙蓉街社区卫生服务中心', 'PEOPLE'],
      ['芙蓉街小学', 'SESSIONS'],
    ]));
    expect(list.nodes).toHaveLength(3);
    const sessions = list.nodes.find((n) => n.commitment.kind === 'SESSIONS')!;
    expect(sessions).toMatchObject({ agreement: { id: String(schoolAgreement._id) }, partner: { name: '芙蓉街社区党委' }, commitment: { promised: 12, delivered: 0, onTrack: false } });
    expect(sessions.commitment.expected).toBeCloseTo(12 * 200 / 365, 1);
    // The street sees its communities' agreements, the bank's with qushui among them, a page at a time.
    const first = await shortfalls(String(street._id), { first: 2 }, tokens.street);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = await shortfalls(String(street._id), { first: 20, after: first.pageInfo.endCursor! }, tokens.street);
    const all = [...first.nodes, ...rest.nodes];
    expect(all).toHaveLength(4);
    expect(all.map((n) => n.agreement.id)).toContain(String(bankAgreement._id));
    // However many agreements and units: what they delivered is one step of four queries (claims, offers,
    // activities, sign-ups), and a fifth for the claims on their offers (the clinic has one).
    stack.resetCommands();
    await shortfalls(String(street._id), { first: 20 }, tokens.street);
    expect(stack.commands().services).toEqual({ find: 5 });
    expect(await shortfalls(String(street._id), { kind: 'FUNDS' }, tokens.street)).toMatchObject({ nodes: [{ unit: { name: '曲水亭储蓄所' }, commitment: { kind: 'FUNDS', delivered: 0 } }] });
  });

  let delivered: string;

  it('counts the claims the unit delivered in the partner’s territory, and the shortfall shrinks', async () => {
    const before = await figures(agreement, 'VOLUNTEER_HOURS');
    delivered = await deliver(String(care._id), 14);
    // The claim records when it was delivered.
    const claim = dataOf(await stack.query(DeliveredClaimDocument, { id: delivered }, tokens.clinic)).claim!;
    expect(claim.status).toBe('DELIVERED');
    expect(Date.now() - Date.parse(claim.deliveredAt!)).toBeLessThan(60_000);
    const after = await figures(agreement, 'VOLUNTEER_HOURS');
    expect(after.delivered).toBe(14);
    expect(after.shortfall).toBeCloseTo(before.shortfall - 14, 1);
    expect(after.onTrack).toBe(false);
    // Its hours now the nearest to plan of the three behind: last on the list.
    const list = (await shortfalls(String(furong.org._id))).nodes;
    expect(list.map((n) => n.commitment.kind)).toHaveLength(3);
    expect(list.at(-1)).toMatchObject({ unit: { name: '芙蓉街社区卫生服务中心' }, commitment: { kind: 'VOLUNTEER_HOURS', delivered: 14 } });

    // Hours given in the other community count for that community, not for furong.
    const far = dataOf(await stack.query(ClaimItemDocument, { input: { itemId: String(elsewhere._id), quantity: 30 } }, tokens.clinic)).claimItem.claim!;
    expect(dataOf(await stack.query(AcceptClaimDocument, { id: far.id }, tokens.qushui)).acceptClaim.errors).toEqual([]);
    expect(dataOf(await stack.query(DeliverClaimDocument, { id: far.id }, tokens.qushui)).deliverClaim.errors).toEqual([]);
    expect((await figures(agreement, 'VOLUNTEER_HOURS')).delivered).toBe(14);
  });

  it("counts the unit's team checked in at an activity: their hours and the people who came", async () => {
    const checkedIn = dataOf(await stack.query(CheckInAttendanceDocument, { activityId: String(held._id), attendances: [{ signUpId: String(team._id), hours: 2, people: 4 }] }, tokens.furong)).checkInAttendance;
    expect(checkedIn.errors).toEqual([]);
    const hours = await figures(agreement, 'VOLUNTEER_HOURS');
    expect(hours).toMatchObject({ delivered: 22, shortfall: 0, onTrack: true });
    const people = await figures(agreement, 'PEOPLE');
    expect(people.delivered).toBe(4);
    expect(people.onTrack).toBe(false);
    // Only the people are still behind.
    const list = (await shortfalls(String(furong.org._id))).nodes.map((n) => [n.unit?.name, n.commitment.kind]);
    expect(list).toHaveLength(2);
    expect(list).toEqual(expect.arrayContaining([['芙蓉街社区卫生服务中心', 'PEOPLE'], ['芙蓉街小学', 'SESSIONS']]));
  });

  it('takes a unit that has caught up off the list, and keeps the one still behind', async () => {
    await deliver(String(meals._id), 8);
    const f = await fulfilment(agreement);
    expect(f.onTrack).toBe(true);
    expect(f.commitments.find((c) => c.kind === 'PEOPLE')).toMatchObject({ delivered: 12, shortfall: 0, onTrack: true });
    const behind = await shortfalls(String(furong.org._id));
    expect(behind.nodes.map((n) => n.unit?.name)).toEqual(['芙蓉街小学']);
    // With those on track: behind first, then the clinic's.
    const all = await shortfalls(String(furong.org._id), { includeOnTrack: true });
    expect(all.nodes.map((n) => [n.unit?.name, n.commitment.onTrack])).toEqual([
      ['芙蓉街小学', false],
      ['芙蓉街社区卫生服务中心', true],
      ['芙蓉街社区卫生服务中心', true],
    ]);
  });

  it("answers a unit's year for the annual review: commitments met or not", async () => {
    const year = new Date(Date.now() + 8 * HOUR).getUTCFullYear();
    const clinicYear = dataOf(await stack.query(UnitCommitmentFulfilmentDocument, { id: String(clinic._id), year }, tokens.clinic)).residentUnit!.commitmentFulfilment!;
    // The part of the clinic's term inside this year (all of it, unless the year turned since it began).
    expect(clinicYear).toMatchObject({ year, met: true, metRate: 1 });
    expect(clinicYear.agreements).toBe(1);
    const schoolYear = dataOf(await stack.query(UnitCommitmentFulfilmentDocument, { id: String(school._id), year }, tokens.furong)).residentUnit!.commitmentFulfilment!;
    expect(schoolYear).toMatchObject({ year, met: false, metRate: 0, commitments: [{ kind: 'SESSIONS', delivered: 0, onTrack: false }] });
    // Another subgraph (the annual review's) asks the same through the directory, with its caller's token.
    const directory = new TerritoryDirectory(stack.subgraphUrls);
    expect(await directory.unitCommitmentFulfilment(String(school._id), year, `Bearer ${tokens.furong}`)).toEqual(schoolYear);
    await expect(directory.unitCommitmentFulfilment(String(school._id), year, `Bearer ${tokens.qushui}`)).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    // A review committee reads the unit's agreements with itself only: the clinic has none with the street.
    expect(await directory.unitCommitmentFulfilment(String(clinic._id), year, `Bearer ${tokens.street}`, String(furong.org._id))).toMatchObject({ agreements: 1, metRate: 1 });
    expect(await directory.unitCommitmentFulfilment(String(clinic._id), year, `Bearer ${tokens.street}`, String(street._id))).toMatchObject({ agreements: 0, met: true, metRate: null });
  });

  it("counts the territory's commitments on the committee's dashboard", async () => {
    const from = new Date(Date.now() - 365 * DAY).toISOString();
    const to = new Date(Date.now() + DAY).toISOString();
    const rows = dataOf(await stack.query(CommitmentStatisticsDocument, { id: String(furong.org._id), from, to }, tokens.furong)).organization!.statistics!.commitments!;
    // One row per kind promised, in the enumeration's order.
    expect(rows.map((r) => r.kind)).toEqual(['VOLUNTEER_HOURS', 'PEOPLE', 'SESSIONS']);
    expect(rows.find((r) => r.kind === 'VOLUNTEER_HOURS')).toMatchObject({ agreements: 1, delivered: 22, shortfall: 0, behind: 0 });
    expect(rows.find((r) => r.kind === 'SESSIONS')).toMatchObject({ agreements: 1, delivered: 0, behind: 1 });
    // The street counts the bank's funds too.
    const streetRows = dataOf(await stack.query(CommitmentStatisticsDocument, { id: String(street._id), from, to }, tokens.street)).organization!.statistics!.commitments!;
    expect(streetRows.find((r) => r.kind === 'FUNDS')).toMatchObject({ agreements: 1, delivered: 0, behind: 1 });
  });

  it('gives a claim delivered before its delivery date was kept that date, from its ledger, once', async () => {
    const before = await figures(agreement, 'VOLUNTEER_HOURS');
    const { Claim, ItemLedger } = stack.models.services;
    await Claim.updateOne({ _id: delivered }, { $unset: { deliveredAt: 1, unitOfMeasure: 1 } });
    // As a claim from before: it no longer counts.
    expect((await figures(agreement, 'VOLUNTEER_HOURS')).delivered).toBe(before.delivered - 14);
    await Claim.db.collection('migrations').deleteOne({ _id: 'claims-delivered-at' as never });
    expect(await stampDeliveryDates(stack.models.services, createLogger('silent'))).toBe(1);
    const ledger = await ItemLedger.findOne({ 'data.claimId': delivered, action: 'DELIVER', key: `item:${String(care._id)}` }).lean();
    expect(await Claim.findById(delivered).lean()).toMatchObject({ deliveredAt: ledger!.at, unitOfMeasure: 'HOURS' });
    expect((await figures(agreement, 'VOLUNTEER_HOURS')).delivered).toBe(before.delivered);
    // Done once: the next start does nothing.
    expect(await stampDeliveryDates(stack.models.services, createLogger('silent'))).toBe(0);
  });

  it('refuses those who are neither the unit nor the committees over the partner', async () => {
    const code = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.code;
    expect(code(await stack.query(AgreementFulfilmentDocument, { id: agreement }, tokens.qushui))).toBe('FORBIDDEN');
    expect(code(await stack.query(AgreementFulfilmentDocument, { id: agreement }, tokens.school))).toBe('FORBIDDEN');
    expect(code(await stack.query(AgreementFulfilmentDocument, { id: agreement }, tokens.member))).toBe('FORBIDDEN');
    expect(code(await stack.query(AgreementFulfilmentDocument, { id: agreement }))).toBe('UNAUTHENTICATED');
    expect(code(await stack.query(CommitmentShortfallsDocument, { id: String(furong.org._id), first: 10 }, tokens.qushui))).toBe('FORBIDDEN');
    expect(code(await stack.query(CommitmentShortfallsDocument, { id: String(furong.org._id), first: 10 }, tokens.clinic))).toBe('FORBIDDEN');
    expect(code(await stack.query(CommitmentShortfallsDocument, { id: String(furong.org._id), first: 0 }, tokens.furong))).toBe('BAD_USER_INPUT');
    expect(code(await stack.query(CommitmentShortfallsDocument, { id: String(furong.org._id), first: 10 }))).toBe('UNAUTHENTICATED');
    const year = new Date().getUTCFullYear();
    expect(code(await stack.query(UnitCommitmentFulfilmentDocument, { id: String(clinic._id), year }, tokens.school))).toBe('FORBIDDEN');
    expect(code(await stack.query(UnitCommitmentFulfilmentDocument, { id: String(clinic._id), year }, tokens.qushui))).toBe('FORBIDDEN');
    expect(code(await stack.query(UnitCommitmentFulfilmentDocument, { id: String(clinic._id), year: 1999 }, tokens.clinic))).toBe('BAD_USER_INPUT');
    expect(code(await stack.query(CommitmentStatisticsDocument, { id: String(furong.org._id), from: new Date(Date.now() - DAY).toISOString(), to: new Date().toISOString() }, tokens.qushui))).toBe('FORBIDDEN');
  });

  it("counts what the community claimed of a unit's own offers as the unit's delivery", async () => {
    const drafted = dataOf(await stack.query(DraftAgreementDocument, {
      input: {
        unitId: String(library._id),
        partnerId: String(furong.org._id),
        startsOn: startsOn.toISOString(),
        expiresOn: new Date(startsOn.getTime() + 364 * DAY).toISOString(),
        commitments: [
          { kind: 'VENUE', description: '自习室向居民开放', amount: 500 },
          { kind: 'VOLUNTEER_HOURS', description: '馆员志愿服务', amount: 40 },
        ],
      },
    }, tokens.library)).draftAgreement.agreement!;
    expect(dataOf(await stack.query(SignAgreementDocument, { id: drafted.id }, tokens.library)).signAgreement.errors).toEqual([]);
    expect(dataOf(await stack.query(SignAgreementDocument, { id: drafted.id }, tokens.furong)).signAgreement.errors).toEqual([]);
    /** `claimant` claims the offer, its owner accepts, and the claimant (who received it) confirms it delivered. */
    const claimOffer = async (offerId: string, quantity: number, claimant: string, owner: string) => {
      const claimed = dataOf(await stack.query(ClaimItemDocument, { input: { itemId: offerId, quantity } }, claimant)).claimItem;
      expect(claimed.errors).toEqual([]);
      const claim = claimed.claim!;
      expect(dataOf(await stack.query(AcceptClaimDocument, { id: claim.id }, owner)).acceptClaim.errors).toEqual([]);
      expect(dataOf(await stack.query(DeliverClaimDocument, { id: claim.id, note: '已开放' }, claimant)).deliverClaim.errors).toEqual([]);
    };
    // The community claims 120 m² of the reading room: the library gave it.
    await claimOffer(String(readingRoom._id), 120, tokens.furong, tokens.library);
    const f = await fulfilment(drafted.id);
    expect(f.commitments.find((c) => c.kind === 'VENUE')).toMatchObject({ promised: 500, delivered: 120 });
    expect(f.commitments.find((c) => c.kind === 'VOLUNTEER_HOURS')).toMatchObject({ promised: 40, delivered: 0 });
    // The community claims 6 hours of the clinic's talks: they are the clinic's hours for its agreement.
    const before = (await figures(agreement, 'VOLUNTEER_HOURS')).delivered;
    await claimOffer(String(clinicCare._id), 6, tokens.furong, tokens.clinic);
    expect((await figures(agreement, 'VOLUNTEER_HOURS')).delivered).toBe(before + 6);
  });
});
