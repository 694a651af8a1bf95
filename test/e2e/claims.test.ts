import { TerritoryBuilder } from '../../seed/builder';
import {
  AcceptClaimDocument,
  CancelItemDocument,
  ClaimItemDocument,
  CloseItemDocument,
  CommitteeViewDocument,
  CompleteMilestoneDocument,
  DeliverClaimDocument,
  EvaluateClaimDocument,
  ItemByIdDocument,
  NeedHistoryDocument,
  NeedTotalsDocument,
  OfferByIdDocument,
  OpenItemDocument,
  PublishNeedDocument,
  PublishOfferDocument,
  PublishProjectDocument,
  RejectClaimDocument,
  WithdrawClaimDocument,
  type ClaimItemInput,
  type PublishNeedInput,
} from '../generated/operations';
import { signed, tokensFor } from '../support/principals';
import { dataOf, startTestStack, type TestStack } from '../support/stack';

const DAY = 86_400_000;
const inDays = (n: number) => new Date(Date.now() + n * DAY).toISOString();

/**
 * The three lists and two-way claiming (三张清单 · 双向认领), through the
 * gateway: publishing, every claim transition (and the illegal ones),
 * visibility, contacts, history, and the invariants under concurrency.
 */
describe('two-way claiming', () => {
  let stack: TestStack;
  const t = new TerritoryBuilder();
  const street = t.street('泉城路街道党工委');
  const furong = t.community(street, '芙蓉街社区党委').withGrids(2);
  const qushui = t.community(street, '曲水亭社区党委').withGrids(1);
  const clinic = t.unit(furong.org, { name: '芙蓉街社区卫生服务中心', kind: 'HOSPITAL' });
  const school = t.unit(furong.org, { name: '芙蓉街小学', kind: 'SCHOOL' });
  const bank = t.unit(furong.org, { name: '中国银行芙蓉街支行', kind: 'STATE_ENTERPRISE' });
  const neighbour = t.unit(qushui.org, { name: '曲水亭物业', kind: 'PROPERTY_COMPANY' });
  const teacher = t.member(furong.grids[0], { name: '王芳', category: 'EMPLOYED', employerId: school._id, reportsToId: furong.org._id });
  // Three hundred units for the concurrency test, in a community of their own.
  const crowd = t.community(street, '百花洲社区党委');
  const crowdUnits = Array.from({ length: 300 }, (_, i) => t.unit(crowd.org, { name: `百花洲共建单位${i + 1}`, kind: 'PRIVATE_ENTERPRISE' }));
  const rush = t.need(crowd.org, { title: '重阳节志愿者', category: 'VOLUNTEERS', quantity: 120, unitOfMeasure: 'PEOPLE' });
  const clinicOffer = t.offer(clinic, {
    title: '每月义诊',
    category: 'MEDICAL',
    capacity: 12,
    unitOfMeasure: 'SESSIONS',
    contact: { name: '陈静', phone: '13800000001' },
  });
  const wish = t.need(furong.grids[0], { title: '困难家庭微心愿:书包', category: 'FUNDS', quantity: 300, unitOfMeasure: 'YUAN', smallWish: true });
  const furongOnly = t.need(furong.org, { title: '社区内部需求', category: 'REPAIRS', quantity: 5, unitOfMeasure: 'HOURS', visibility: 'COMMUNITY' });
  const streetWide = t.need(furong.org, { title: '街道范围需求', category: 'REPAIRS', quantity: 5, unitOfMeasure: 'HOURS', visibility: 'STREET' });

  type Who = 'street' | 'furong' | 'qushui' | 'grid' | 'clinic' | 'school' | 'bank' | 'neighbour' | 'teacher' | 'viewer';
  const tokens = {} as Record<Who, string>;

  beforeAll(async () => {
    stack = await startTestStack({ territory: t });
    const sign = tokensFor(stack.auth);
    Object.assign(tokens, await signed({
      street: sign.forOrganization('STREET_ADMIN', street),
      furong: sign.forOrganization('COMMUNITY_ADMIN', furong.org),
      qushui: sign.forOrganization('COMMUNITY_ADMIN', qushui.org),
      grid: sign.forOrganization('GRID_WORKER', furong.grids[1]),
      clinic: sign.unitAdmin(clinic),
      school: sign.unitAdmin(school),
      bank: sign.unitAdmin(bank),
      neighbour: sign.unitAdmin(neighbour),
      teacher: sign.member(teacher, furong.grids[0]),
      viewer: sign.forOrganization('VIEWER', street),
    }));
  });
  afterAll(() => stack?.stop());

  const needInput = (overrides: Partial<PublishNeedInput> = {}): PublishNeedInput => ({
    postedBy: { type: 'ORGANIZATION', id: String(furong.org._id) },
    title: '独居老人助餐志愿者',
    category: 'ELDER_CARE',
    quantity: 10,
    unitOfMeasure: 'PEOPLE',
    deadline: inDays(30),
    contact: { name: '张敏', phone: '0531-86001234' },
    ...overrides,
  });
  const publishNeed = async (who: Who, overrides: Partial<PublishNeedInput> = {}) =>
    dataOf(await stack.query(PublishNeedDocument, { input: needInput(overrides) }, tokens[who])).publishNeed;
  const claim = async (who: Who, input: ClaimItemInput) => dataOf(await stack.query(ClaimItemDocument, { input }, tokens[who])).claimItem;
  const accept = async (who: Who, id: string, key?: string) => dataOf(await stack.query(AcceptClaimDocument, { id, key }, tokens[who])).acceptClaim;
  const codeOf = (response: { errors?: { extensions?: Record<string, unknown> }[] }) => response.errors?.[0]?.extensions?.code;

  describe('publishing', () => {
    it('publishes a need for the community, open at once', async () => {
      const { item, errors } = await publishNeed('furong');
      expect(errors).toEqual([]);
      expect(item).toMatchObject({ __typename: 'Need', status: 'OPEN', quantity: 10, claimedQuantity: 0, remainingQuantity: 10, visibility: 'COMMUNITY' });
    });

    it('keeps a draft closed to claims until it is opened', async () => {
      const { item } = await publishNeed('grid', { postedBy: { type: 'ORGANIZATION', id: String(furong.grids[1]._id) }, draft: true });
      expect(item!.status).toBe('DRAFT');
      expect((await claim('clinic', { itemId: item!.id, quantity: 1 })).errors[0].code).toBe('ITEM_CLOSED');
      expect(dataOf(await stack.query(OpenItemDocument, { id: item!.id }, tokens.grid)).openItem.item!.status).toBe('OPEN');
      expect((await claim('clinic', { itemId: item!.id, quantity: 1 })).errors).toEqual([]);
    });

    it('refuses bad fields with typed errors and stores nothing', async () => {
      const before = await stack.models.services.Item.countDocuments();
      const { item, errors } = await publishNeed('furong', { title: 'x', quantity: 0, deadline: inDays(-1), contact: { name: '张敏', phone: '110' } });
      expect(item).toBeNull();
      expect(errors.map((e) => e.code).sort()).toEqual(['INVALID_DEADLINE', 'INVALID_PHONE', 'INVALID_QUANTITY', 'INVALID_TITLE']);
      expect(await stack.models.services.Item.countDocuments()).toBe(before);
    });

    it('publishes only for your own side', async () => {
      expect(codeOf(await stack.query(PublishNeedDocument, { input: needInput() }, tokens.qushui))).toBe('FORBIDDEN');
      expect(codeOf(await stack.query(PublishNeedDocument, { input: needInput() }, tokens.viewer))).toBe('FORBIDDEN');
      expect(codeOf(await stack.query(PublishNeedDocument, { input: needInput() }))).toBe('UNAUTHENTICATED');
      const forOtherUnit = await stack.query(
        PublishOfferDocument,
        { input: { provider: { type: 'RESIDENT_UNIT', id: String(school._id) }, title: '代发资源', category: 'VENUE', capacity: 10, unitOfMeasure: 'SQUARE_METRES' } },
        tokens.clinic,
      );
      expect(codeOf(forOtherUnit)).toBe('FORBIDDEN');
      const own = await stack.query(
        PublishOfferDocument,
        { input: { provider: { type: 'RESIDENT_UNIT', id: String(school._id) }, title: '操场周末开放', category: 'VENUE', capacity: 2000, unitOfMeasure: 'SQUARE_METRES' } },
        tokens.school,
      );
      expect(dataOf(own).publishOffer.item).toMatchObject({ __typename: 'Offer', visibility: 'STREET', status: 'OPEN' });
    });
  });

  describe('a need, claimed by units', () => {
    it('walks every transition, refusing the illegal ones, and records each', async () => {
      const need = (await publishNeed('furong')).item!;
      const byClinic = await claim('clinic', { itemId: need.id, quantity: 4, note: '可派4名医护' });
      expect(byClinic.claim).toMatchObject({ status: 'PENDING', quantity: 4, claimant: { __typename: 'ResidentUnit', name: '芙蓉街社区卫生服务中心' } });
      expect(byClinic.claim!.item).toMatchObject({ status: 'PARTLY_CLAIMED', claimedQuantity: 4, remainingQuantity: 6 });

      const bySchool = await claim('school', { itemId: need.id, quantity: 6 });
      expect(bySchool.claim!.item).toMatchObject({ status: 'FULLY_CLAIMED', remainingQuantity: 0 });
      expect((await claim('bank', { itemId: need.id, quantity: 1 })).errors[0]).toMatchObject({ code: 'OVER_CAPACITY', field: 'input.quantity' });
      expect((await claim('clinic', { itemId: need.id, quantity: 1 })).errors[0].code).toBe('ALREADY_CLAIMED');
      expect((await claim('furong', { itemId: need.id, quantity: 1 })).errors[0].code).toBe('OWN_ITEM');
      expect((await claim('teacher', { itemId: need.id, quantity: 1 })).errors[0].code).toBe('CLAIMANT_NOT_ALLOWED');
      expect(codeOf(await stack.query(ClaimItemDocument, { input: { itemId: need.id, quantity: 1 } }, tokens.viewer))).toBe('FORBIDDEN');

      // Only the owner side decides; the claimant only withdraws.
      expect(codeOf(await stack.query(AcceptClaimDocument, { id: byClinic.claim!.id }, tokens.clinic))).toBe('FORBIDDEN');
      // Another unit does not even see the clinic's claim: to it, there is no such claim.
      expect(dataOf(await stack.query(WithdrawClaimDocument, { id: byClinic.claim!.id }, tokens.school)).withdrawClaim.errors.map((e) => e.code)).toEqual(['NOT_FOUND']);
      expect((await accept('furong', byClinic.claim!.id)).claim).toMatchObject({ status: 'ACCEPTED' });
      expect((await accept('furong', byClinic.claim!.id)).errors[0].code).toBe('INVALID_STATE');

      const rejected = dataOf(await stack.query(RejectClaimDocument, { id: bySchool.claim!.id, reason: '人数已够' }, tokens.furong)).rejectClaim;
      expect(rejected.claim).toMatchObject({ status: 'REJECTED', rejectionReason: '人数已够', item: { remainingQuantity: 6, status: 'PARTLY_CLAIMED' } });
      expect(dataOf(await stack.query(WithdrawClaimDocument, { id: bySchool.claim!.id }, tokens.school)).withdrawClaim.errors[0].code).toBe('INVALID_STATE');
      // Why the school was turned down is the school's and the community's business, not another claimant's.
      const judged = (who: Who) =>
        stack.query<{ need: { claims: { nodes: { id: string; rejectionReason: string | null }[] }; history: { nodes: { claimId: string | null; reason: string | null }[] } } }, { id: string }>(
          'query($id: ID!) { need(id: $id) { claims(first: 10) { nodes { id rejectionReason } } history(first: 20) { nodes { claimId reason } } } }',
          { id: need.id },
          tokens[who],
        );
      for (const [who, sees] of [['school', '人数已够'], ['furong', '人数已够'], ['clinic', null]] as const) {
        const { need: seen } = dataOf(await judged(who));
        expect([who, seen.claims.nodes.find((c) => c.id === bySchool.claim!.id)?.rejectionReason]).toEqual([who, sees]);
        expect([who, seen.history.nodes.find((e) => e.claimId === bySchool.claim!.id && e.reason)?.reason ?? null]).toEqual([who, sees]);
      }

      // Rejected, the school may claim again; a pending claim can be withdrawn.
      const again = await claim('school', { itemId: need.id, quantity: 2 });
      const withdrawn = dataOf(await stack.query(WithdrawClaimDocument, { id: again.claim!.id }, tokens.school)).withdrawClaim;
      expect(withdrawn.claim).toMatchObject({ status: 'WITHDRAWN', item: { remainingQuantity: 6 } });

      // Delivery (履约) and evaluation are the receiving side's: the community for a need.
      expect(codeOf(await stack.query(DeliverClaimDocument, { id: byClinic.claim!.id }, tokens.clinic))).toBe('FORBIDDEN');
      const delivered = dataOf(await stack.query(DeliverClaimDocument, { id: byClinic.claim!.id, note: '已完成4人次助餐' }, tokens.furong)).deliverClaim;
      expect(delivered.claim).toMatchObject({ status: 'DELIVERED', deliveryNote: '已完成4人次助餐', item: { status: 'IN_PROGRESS' } });

      // Closed as partly fulfilled: no more claims.
      const closed = dataOf(await stack.query(CloseItemDocument, { id: need.id, reason: '部分完成,其余转下季度' }, tokens.furong)).closeItem;
      expect(closed.item).toMatchObject({ status: 'FULFILLED', claimedQuantity: 4 });
      expect((await claim('bank', { itemId: need.id, quantity: 1 })).errors[0].code).toBe('ITEM_CLOSED');

      const badScore = dataOf(await stack.query(EvaluateClaimDocument, { id: byClinic.claim!.id, score: 9 }, tokens.furong)).evaluateClaim;
      expect(badScore.errors[0]).toMatchObject({ code: 'INVALID_SCORE', field: 'score' });
      const evaluated = dataOf(await stack.query(EvaluateClaimDocument, { id: byClinic.claim!.id, score: 5, comment: '服务周到' }, tokens.furong)).evaluateClaim;
      expect(evaluated.claim).toMatchObject({ status: 'EVALUATED', score: 5, evaluation: '服务周到', item: { status: 'EVALUATED' } });

      const { need: history } = dataOf(await stack.query(NeedHistoryDocument, { id: need.id }, tokens.furong));
      expect(history!.history.nodes.map((e) => [e.sequence, e.action, e.from, e.to])).toEqual([
        [1, 'PUBLISH', null, 'OPEN'],
        [2, 'CLAIM', null, 'PENDING'],
        [3, 'CLAIM', null, 'PENDING'],
        [4, 'ACCEPT', 'PENDING', 'ACCEPTED'],
        [5, 'REJECT', 'PENDING', 'REJECTED'],
        [6, 'CLAIM', null, 'PENDING'],
        [7, 'WITHDRAW', 'PENDING', 'WITHDRAWN'],
        [8, 'DELIVER', 'ACCEPTED', 'DELIVERED'],
        [9, 'CLOSE', 'IN_PROGRESS', 'FULFILLED'],
        [10, 'EVALUATE', 'DELIVERED', 'EVALUATED'],
      ]);
      expect(history!.history.nodes[4]).toMatchObject({ reason: '人数已够', quantity: 6, claimId: bySchool.claim!.id });
      expect(history!.history.nodes[1].actor).toMatch(/^test:UNIT_ADMIN:/);
      // Each step shows who it was done for, by name: the community published and accepted, the clinic claimed.
      expect(history!.history.nodes.slice(0, 4).map((e) => e.by)).toEqual([
        { __typename: 'Organization', name: '芙蓉街社区党委' },
        { __typename: 'ResidentUnit', name: '芙蓉街社区卫生服务中心' },
        expect.objectContaining({ __typename: 'ResidentUnit' }),
        { __typename: 'Organization', name: '芙蓉街社区党委' },
      ]);
    });

    it('cancels an item only while it holds no claims', async () => {
      const need = (await publishNeed('furong', { quantity: 3 })).item!;
      const held = await claim('bank', { itemId: need.id, quantity: 1 });
      expect(dataOf(await stack.query(CancelItemDocument, { id: need.id, reason: '活动取消' }, tokens.furong)).cancelItem.errors[0].code).toBe('HAS_CLAIMS');
      await stack.query(RejectClaimDocument, { id: held.claim!.id, reason: '活动取消' }, tokens.furong);
      expect(dataOf(await stack.query(CancelItemDocument, { id: need.id, reason: '活动取消' }, tokens.furong)).cancelItem.item!.status).toBe('CANCELLED');
      expect((await claim('clinic', { itemId: need.id, quantity: 1 })).errors[0].code).toBe('ITEM_CLOSED');
    });
  });

  describe('an offer, claimed by a community', () => {
    it("shows each side's contact to the other only once the claim is accepted", async () => {
      expect((await claim('school', { itemId: String(clinicOffer._id), quantity: 1 })).errors[0].code).toBe('CLAIMANT_NOT_ALLOWED');
      const made = await claim('furong', { itemId: String(clinicOffer._id), quantity: 2, contact: { name: '李主任', phone: '13900000002' } });
      expect(made.claim!.claimant).toMatchObject({ __typename: 'Organization', name: '芙蓉街社区党委' });

      const before = await stack.query(OfferByIdDocument, { id: String(clinicOffer._id) }, tokens.furong);
      expect(before.data!.offer!.contact).toBeNull();
      const ownerBefore = dataOf(await stack.query(OfferByIdDocument, { id: String(clinicOffer._id) }, tokens.clinic)).offer!;
      expect(ownerBefore.contact).toEqual({ name: '陈静', phone: '13800000001' });
      expect(ownerBefore.claims.nodes[0].claimantContact).toBeNull();

      expect((await accept('clinic', made.claim!.id)).claim!.status).toBe('ACCEPTED');
      expect(dataOf(await stack.query(OfferByIdDocument, { id: String(clinicOffer._id) }, tokens.furong)).offer!.contact).toEqual({ name: '陈静', phone: '13800000001' });
      const ownerAfter = dataOf(await stack.query(OfferByIdDocument, { id: String(clinicOffer._id) }, tokens.clinic)).offer!;
      expect(ownerAfter.claims.nodes[0].claimantContact).toEqual({ name: '李主任', phone: '13900000002' });
      // For an offer, the community received the help: it confirms delivery.
      expect(dataOf(await stack.query(DeliverClaimDocument, { id: made.claim!.id }, tokens.furong)).deliverClaim.claim!.status).toBe('DELIVERED');
    });
  });

  it('lets an employed member claim a small wish (微心愿)', async () => {
    const made = await claim('teacher', { itemId: String(wish._id), quantity: 150 });
    expect(made.claim).toMatchObject({ status: 'PENDING', claimant: { __typename: 'Member', name: '王芳' } });
  });

  describe('visibility', () => {
    it('shows a community-wide item inside the community and to the committees above it only', async () => {
      for (const who of ['furong', 'grid', 'clinic', 'teacher', 'street'] as const) {
        expect(dataOf(await stack.query(ItemByIdDocument, { id: String(furongOnly._id) }, tokens[who])).need).not.toBeNull();
      }
      for (const who of ['qushui', 'neighbour'] as const) {
        expect(dataOf(await stack.query(ItemByIdDocument, { id: String(furongOnly._id) }, tokens[who])).need).toBeNull();
      }
      expect(dataOf(await stack.query(ItemByIdDocument, { id: String(furongOnly._id) })).need).toBeNull();
      expect((await claim('neighbour', { itemId: String(furongOnly._id), quantity: 1 })).errors[0].code).toBe('NOT_VISIBLE');
    });

    it('shows a street-wide item across the street', async () => {
      expect(dataOf(await stack.query(ItemByIdDocument, { id: String(streetWide._id) }, tokens.qushui)).need).toMatchObject({ title: '街道范围需求' });
      expect((await claim('neighbour', { itemId: String(streetWide._id), quantity: 1 })).errors).toEqual([]);
    });

    it('keeps the item contact from a claimant until its claim is accepted', async () => {
      const made = await claim('clinic', { itemId: String(streetWide._id), quantity: 1 });
      expect(dataOf(await stack.query(ItemByIdDocument, { id: String(streetWide._id) }, tokens.clinic)).need!.contact).toBeNull();
      await stack.models.services.Item.updateOne({ _id: streetWide._id }, { $set: { contact: { name: '张敏', phone: '13700000003' } } });
      await accept('furong', made.claim!.id);
      expect(dataOf(await stack.query(ItemByIdDocument, { id: String(streetWide._id) }, tokens.clinic)).need!.contact).toEqual({ name: '张敏', phone: '13700000003' });
    });
  });

  it('runs a co-building project with co-owners, participants and milestones', async () => {
    const published = dataOf(
      await stack.query(
        PublishProjectDocument,
        {
          input: {
            owner: { type: 'ORGANIZATION', id: String(furong.org._id) },
            coOwners: [{ type: 'RESIDENT_UNIT', id: String(bank._id) }],
            title: '红色物业联建',
            category: 'ENVIRONMENT',
            quantity: 4,
            unitOfMeasure: 'SESSIONS',
            budget: 50_000,
            // Given out of date order: they are shown, and completed by index, by due date.
            milestones: [
              { title: '施工验收', dueOn: inDays(90) },
              { title: '摸底调研', dueOn: inDays(10) },
            ],
          },
        },
        tokens.furong,
      ),
    ).publishProject;
    expect(published.item).toMatchObject({ __typename: 'Project', visibility: 'STREET', owners: [{ name: '芙蓉街社区党委' }, { name: '中国银行芙蓉街支行' }], progress: 0 });
    // The co-owner acts for the project too: it cannot claim it, and may accept claims on it.
    expect((await claim('bank', { itemId: published.item!.id, quantity: 1 })).errors[0].code).toBe('OWN_ITEM');
    const joined = await claim('neighbour', { itemId: published.item!.id, quantity: 2 });
    expect((await accept('bank', joined.claim!.id)).claim!.status).toBe('ACCEPTED');
    const done = dataOf(await stack.query(CompleteMilestoneDocument, { id: published.item!.id, index: 0 }, tokens.furong)).completeMilestone;
    expect(done.item).toMatchObject({ progress: 0.5, milestones: [{ title: '摸底调研', doneAt: expect.any(String) }, { title: '施工验收', doneAt: null }] });
    const view = dataOf(await stack.query(CommitteeViewDocument, { id: String(furong.org._id) }, tokens.furong)).organization!;
    expect(view.projects!.nodes.find((p) => p.title === '红色物业联建')).toMatchObject({
      progress: 0.5,
      participants: [{ name: '曲水亭物业', kind: 'PROPERTY_COMPANY' }],
    });
  });

  describe('under concurrency', () => {
    it('never lets claims exceed the quantity: 300 units race for 120 places', async () => {
      const sign = tokensFor(stack.auth);
      const unitTokens = await Promise.all(crowdUnits.map((u) => sign.unitAdmin(u)));
      const results = await Promise.all(
        unitTokens.map((token) => stack.query(ClaimItemDocument, { input: { itemId: String(rush._id), quantity: 1 } }, token)),
      );
      const outcomes = results.map((r) => dataOf(r).claimItem);
      expect(outcomes.filter((o) => o.claim)).toHaveLength(120);
      expect(outcomes.filter((o) => o.errors[0]?.code === 'OVER_CAPACITY')).toHaveLength(180);

      const totals = dataOf(await stack.query(NeedTotalsDocument, { id: String(rush._id) }, tokens.street)).need!;
      expect(totals).toMatchObject({ status: 'FULLY_CLAIMED', claimedQuantity: 120, remainingQuantity: 0 });
      expect(await stack.models.services.Claim.countDocuments({ itemId: rush._id })).toBe(120);
      expect(await stack.models.services.ItemLedger.countDocuments({ key: `item:${String(rush._id)}` })).toBe(121);
    });

    it('keeps one active claim per claimant, however many requests it sends at once', async () => {
      const item = (await publishNeed('furong', { quantity: 50 })).item!;
      const outcomes = await Promise.all(Array.from({ length: 20 }, () => claim('bank', { itemId: item.id, quantity: 1 })));
      expect(outcomes.filter((o) => o.claim)).toHaveLength(1);
      expect(outcomes.filter((o) => o.errors[0]?.code === 'ALREADY_CLAIMED')).toHaveLength(19);
    });

    it('gives a retried mutation with the same idempotency key one effect', async () => {
      const item = (await publishNeed('furong', { quantity: 50 })).item!;
      const key = 'retry-3f9c2a71';
      const outcomes = await Promise.all(Array.from({ length: 30 }, () => claim('clinic', { itemId: item.id, quantity: 5, idempotencyKey: key })));
      const ids = new Set(outcomes.map((o) => o.claim?.id));
      expect(ids.size).toBe(1);
      expect([...ids][0]).toEqual(expect.any(String));
      expect(outcomes.every((o) => o.errors.length === 0)).toBe(true);
      expect(await stack.models.services.Claim.countDocuments({ itemId: item.id })).toBe(1);
      const retried = await accept('furong', [...ids][0]!, 'accept-3f9c2a71');
      const again = await accept('furong', [...ids][0]!, 'accept-3f9c2a71');
      expect([retried.claim!.status, again.claim!.status, again.errors]).toEqual(['ACCEPTED', 'ACCEPTED', []]);
    });

    it('decides on the ledger, not on a claim document left behind it', async () => {
      const item = (await publishNeed('furong', { quantity: 6 })).item!;
      const made = await claim('bank', { itemId: item.id, quantity: 4 });
      const { Claim } = stack.models.services;
      const before = (await Claim.findById(made.claim!.id).lean())!;
      expect((await accept('furong', made.claim!.id)).claim!.status).toBe('ACCEPTED');
      // As if the acceptance's request had failed after its ledger entry, or a slower replica had
      // overwritten the claim with its older state: the document says PENDING, the item is up to date.
      await Claim.updateOne({ _id: before._id }, { $set: { status: 'PENDING', seq: before.seq } });
      const again = await accept('furong', made.claim!.id);
      expect(again.errors.map((e) => [e.code, e.message.split(' · ')[0]])).toEqual([['INVALID_STATE', '该认领已接受,不能接受(只有待确认的认领可以)']]);
      const totals = dataOf(await stack.query(NeedTotalsDocument, { id: item.id }, tokens.furong)).need!;
      expect(totals.claimedQuantity).toBe(4);
      // …and the claim reads as what its ledger says again.
      expect((await Claim.findById(before._id).lean())!.status).toBe('ACCEPTED');
    });

    it('lets exactly one of an acceptance and a withdrawal racing on the same claim win', async () => {
      const item = (await publishNeed('furong', { quantity: 5 })).item!;
      const made = await claim('school', { itemId: item.id, quantity: 5 });
      const [accepted, withdrawn] = await Promise.all([
        accept('furong', made.claim!.id),
        stack.query(WithdrawClaimDocument, { id: made.claim!.id }, tokens.school).then((r) => dataOf(r).withdrawClaim),
      ]);
      expect([accepted.errors.length, withdrawn.errors.length].sort()).toEqual([0, 1]);
      const totals = dataOf(await stack.query(NeedTotalsDocument, { id: item.id }, tokens.furong)).need!;
      expect(totals.claimedQuantity).toBe(accepted.errors.length ? 0 : 5);
    });
  });

  it("answers the big Party committee's view of a street in one request across all four subgraphs", async () => {
    stack.resetCommands();
    const view = dataOf(await stack.query(CommitteeViewDocument, { id: String(street._id) }, tokens.street)).organization!;
    expect(view).toMatchObject({ name: '泉城路街道党工委', kind: 'STREET' });
    // Open needs of every community in the street, with who posted them.
    expect(view.needs!.nodes.map((n) => n.title)).toEqual(expect.arrayContaining(['社区内部需求']));
    // Partly claimed needs with their claimants, resolved by the resident-units subgraph.
    const wishView = view.partlyClaimed!.nodes.find((n) => n.title === '困难家庭微心愿:书包');
    // …and a member's claim on a small wish, resolved by the members subgraph.
    expect(wishView?.claims.nodes).toEqual([{ quantity: 150, status: 'PENDING', claimant: { name: '王芳', category: 'EMPLOYED' } }]);
    const rushView = view.partlyClaimed!.nodes.find((n) => n.title === '街道范围需求');
    expect(rushView?.claims.nodes.map((c) => c.claimant)).toEqual(
      expect.arrayContaining([{ name: '曲水亭物业', kind: 'PROPERTY_COMPANY' }, { name: '芙蓉街社区卫生服务中心', kind: 'HOSPITAL' }]),
    );
    expect(view.projects!.nodes.map((p) => p.title)).toContain('红色物业联建');
    // Every subgraph answered, each in a bounded number of queries whatever the number of items.
    const commands = stack.commands();
    for (const name of ['organizations', 'members', 'resident-units', 'services'] as const) expect(Object.keys(commands[name]).length).toBeGreaterThan(0);
  });
});
