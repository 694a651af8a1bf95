import { TerritoryDirectory } from '../../platform/rules/territory';
import { TerritoryBuilder } from '../../seed/builder';
import { Types } from 'mongoose';
import { expirePendingClaims, sweepEndedLocks } from '../../subgraphs/services/app/claim-upkeep';
import { signed, tokensFor } from '../support/principals';
import { dataOf, startTestStack, type TestStack } from '../support/stack';

type ClaimOut = { id: string; status: string; deliveredQuantity: number | null; cancellationReason: string | null; defaulted: boolean; item: { remainingQuantity: number } };
type Payload = { claim: ClaimOut | null; errors: { code: string; message: string }[] };
const CLAIM = 'claim { id status deliveredQuantity cancellationReason defaulted item { remainingQuantity } } errors { code message }';

/** The end of a claim: withdrawn or cancelled after acceptance, delivered in part, or expired unanswered. */
describe("a claim's life cycle after acceptance", () => {
  let stack: TestStack;
  const t = new TerritoryBuilder();
  const street = t.street('泉城路街道党工委');
  const furong = t.community(street, '芙蓉街社区党委').withGrids(1);
  const school = t.unit(furong.org, { name: '芙蓉街小学', kind: 'SCHOOL' });
  const bank = t.unit(furong.org, { name: '中国银行芙蓉街支行', kind: 'STATE_ENTERPRISE' });
  const need = (title: string) => t.need(furong.org, { title, category: 'VOLUNTEERS', quantity: 10, unitOfMeasure: 'PEOPLE' });
  const [tutoring, cleaning, patrol, stale, together] = ['课后辅导', '清洁日', '夜间巡逻', '无人答复', '联合义诊'].map(need);
  const clinic = t.unit(furong.org, { name: '芙蓉街社区卫生服务中心', kind: 'HOSPITAL' });
  const tokens = {} as Record<'furong' | 'school' | 'bank' | 'clinic', string>;

  /** Variables: `id` an ID, `quantity` an Int, `reason` a String, `defaulted` a Boolean. */
  const TYPES: Record<string, string> = { id: 'ID!', quantity: 'Int!', reason: 'String!', defaulted: 'Boolean' };
  const mutate = async (token: string, field: string, args: string, variables: Record<string, unknown>): Promise<Payload> => {
    const signature = Object.keys(variables).map((n) => `$${n}: ${TYPES[n]}`).join(', ');
    const response = await stack.query<Record<string, Payload>, object>(`mutation(${signature}) { ${field}(${args}) { ${CLAIM} } }`, variables, token);
    return dataOf(response)[field];
  };
  const claim = (who: 'school' | 'bank', item: { _id: unknown }, quantity: number) =>
    mutate(tokens[who], 'claimItem', 'input: { itemId: $id, quantity: $quantity }', { id: String(item._id), quantity });
  const accept = (id: string) => mutate(tokens.furong, 'acceptClaim', 'id: $id', { id });

  beforeAll(async () => {
    stack = await startTestStack({ territory: t });
    const sign = tokensFor(stack.auth);
    Object.assign(
      tokens,
      await signed({ furong: sign.forOrganization('COMMUNITY_ADMIN', furong.org), school: sign.unitAdmin(school), bank: sign.unitAdmin(bank), clinic: sign.unitAdmin(clinic) }),
    );
  });
  afterAll(() => stack?.stop());

  it('lets the claimant withdraw an accepted claim, with a reason, and gives the quantity back', async () => {
    const made = await claim('school', tutoring, 4);
    await accept(made.claim!.id);
    const silent = await mutate(tokens.school, 'withdrawClaim', 'id: $id', { id: made.claim!.id });
    expect(silent.errors.map((e) => e.code)).toEqual(['INVALID_REASON']);
    const withdrawn = await mutate(tokens.school, 'withdrawClaim', 'id: $id, reason: $reason', { id: made.claim!.id, reason: '学校临时安排考试' });
    expect(withdrawn.claim).toMatchObject({ status: 'WITHDRAWN', cancellationReason: '学校临时安排考试', item: { remainingQuantity: 10 } });
  });

  it("lets the owner side cancel an accepted claim on the claimant's default; the claimant may claim again", async () => {
    const made = await claim('bank', cleaning, 6);
    await accept(made.claim!.id);
    expect((await stack.query(`mutation($id: ID!) { cancelClaim(id: $id, reason: "未按约到场") { errors { code } } }`, { id: made.claim!.id }, tokens.bank)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const cancelled = await mutate(tokens.furong, 'cancelClaim', 'id: $id, reason: $reason, defaulted: $defaulted', { id: made.claim!.id, reason: '未按约到场', defaulted: true });
    expect(cancelled.claim).toMatchObject({ status: 'CANCELLED', defaulted: true, cancellationReason: '未按约到场', item: { remainingQuantity: 10 } });
    expect((await claim('bank', cleaning, 2)).errors).toEqual([]);
  });

  it('records the quantity actually delivered and frees the rest', async () => {
    const made = await claim('school', patrol, 4);
    await accept(made.claim!.id);
    const tooMuch = await mutate(tokens.furong, 'deliverClaim', 'id: $id, quantity: $quantity', { id: made.claim!.id, quantity: 5 });
    expect(tooMuch.errors.map((e) => e.code)).toEqual(['INVALID_QUANTITY']);
    const delivered = await mutate(tokens.furong, 'deliverClaim', 'id: $id, quantity: $quantity', { id: made.claim!.id, quantity: 3 });
    expect(delivered.claim).toMatchObject({ status: 'DELIVERED', deliveredQuantity: 3, item: { remainingQuantity: 7 } });
  });

  it('expires a claim left pending too long, giving its quantity back and freeing the claimant', async () => {
    const made = await claim('bank', stale, 5);
    const fresh = await claim('school', stale, 1);
    await stack.models.services.Claim.updateOne({ _id: made.claim!.id }, { $set: { createdAt: new Date(Date.now() - 20 * 86_400_000) } });
    const directory = new TerritoryDirectory(stack.subgraphUrls);
    expect(await expirePendingClaims(stack.models.services, directory, 14, new Date())).toBe(1);
    const after = dataOf(await stack.query<{ need: { remainingQuantity: number; claims: { nodes: { id: string; status: string }[] } } }, object>(
      `query($id: ID!) { need(id: $id) { remainingQuantity claims(first: 10) { nodes { id status } } } }`,
      { id: String(stale._id) },
      tokens.furong,
    )).need;
    expect(after.remainingQuantity).toBe(9);
    expect(after.claims.nodes).toEqual([
      { id: made.claim!.id, status: 'EXPIRED' },
      { id: fresh.claim!.id, status: 'PENDING' },
    ]);
    expect(await expirePendingClaims(stack.models.services, directory, 14, new Date())).toBe(0);
    // The bank holds nothing on the need any more: it may claim it again.
    expect((await claim('bank', stale, 1)).errors).toEqual([]);
  });

  it('sweeps away the locks of ended claims, and only those', async () => {
    const { ClaimLock, Claim } = stack.models.services;
    // A lock whose claim is not written yet (a claim in flight) must stay.
    const inFlight = { _id: `${String(together._id)}:${String(clinic._id)}`, claimId: new Types.ObjectId(), createdAt: new Date() };
    await ClaimLock.create(inFlight);
    const locksOfEnded = async () => {
      const locks = await ClaimLock.find({}).lean();
      const claims = await Claim.find({ _id: { $in: locks.map((l) => l.claimId) } }, { status: 1 }).lean();
      return claims.filter((c) => c.status !== 'PENDING' && c.status !== 'ACCEPTED').length;
    };
    const before = await ClaimLock.countDocuments({});
    const ended = await locksOfEnded();
    expect(ended).toBeGreaterThan(0); // the withdrawn, cancelled, delivered and expired claims above

    let removed = 0;
    for (let next: string | null = null, first = true; first || next !== null; first = false) {
      const swept: { removed: number; next: string | null } = await sweepEndedLocks(stack.models.services, next);
      removed += swept.removed;
      next = swept.next;
    }
    expect(removed).toBe(ended);
    expect(await locksOfEnded()).toBe(0);
    expect(await ClaimLock.countDocuments({})).toBe(before - ended);
    expect(await ClaimLock.countDocuments({ _id: inFlight._id })).toBe(1);
    await ClaimLock.deleteOne({ _id: inFlight._id });
  });

  it('lets units claim together (联合认领): the partners are named on the claim and read it as theirs', async () => {
    const claimTogether = (partners: string[]) =>
      stack.query<{ claimItem: { claim: { id: string; partners: { name: string }[] } | null; errors: { code: string; field: string }[] } }, object>(
        `mutation($id: ID!, $partners: [ID!]) { claimItem(input: { itemId: $id, quantity: 4, note: "联合开展义诊", partners: $partners }) { claim { id partners { name } } errors { code field } } }`,
        { id: String(together._id), partners },
        tokens.school,
      );
    const wrong = dataOf(await claimTogether([String(school._id), '0123456789abcdef01234567'])).claimItem;
    expect(wrong.errors).toEqual([
      { code: 'INVALID_PARTNER', field: 'input.partners.0' },
      { code: 'INVALID_PARTNER', field: 'input.partners.1' },
    ]);
    const made = dataOf(await claimTogether([String(clinic._id), String(bank._id)])).claimItem;
    expect(made.errors).toEqual([]);
    expect(made.claim!.partners).toEqual([{ name: '芙蓉街社区卫生服务中心' }, { name: '中国银行芙蓉街支行' }]);
    // A partner reads the claim's note, as the claimant does.
    const seen = dataOf(await stack.query<{ claim: { note: string | null } | null }, object>(`query($id: ID!) { claim(id: $id) { note } }`, { id: made.claim!.id }, tokens.clinic));
    expect(seen.claim).toEqual({ note: '联合开展义诊' });
  });
});
