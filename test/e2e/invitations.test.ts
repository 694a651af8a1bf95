import { TerritoryBuilder } from '../../seed/builder';
import {
  AcceptInvitationDocument,
  AssignmentDocument,
  DeclineInvitationDocument,
  DeliverClaimDocument,
  EvaluateClaimDocument,
  NeedSuggestionsDocument,
  SendInvitationDocument,
} from '../generated/operations';
import { signed, tokensFor } from '../support/principals';
import { dataOf, startTestStack, type TestStack } from '../support/stack';

/**
 * 派单: a committee sends a unit's offer to a need; accepted, the need is claimed by the unit and the
 * offer's capacity is taken by the need's organisation, both accepted at once.
 */
describe('invitations (派单)', () => {
  let stack: TestStack;
  const t = new TerritoryBuilder();
  const street = t.street('泉城路街道党工委');
  const furong = t.community(street, '芙蓉街社区党委').withGrids(1);
  const team = t.unit(furong.org, { name: '芙蓉街志愿服务队', kind: 'SOCIAL_ORGANIZATION' });
  const volunteers = t.offer(team, { title: '志愿者队伍', category: 'VOLUNTEERS', capacity: 21, unitOfMeasure: 'PEOPLE' });
  const needs = ['敬老院陪护', '社区清洁日', '义诊秩序维护'].map((title) =>
    t.need(furong.org, { title, category: 'VOLUNTEERS', quantity: 10, unitOfMeasure: 'PEOPLE' }),
  );
  const weekend = t.offer(team, { title: '周末志愿者', category: 'VOLUNTEERS', capacity: 30, unitOfMeasure: 'PEOPLE' });
  const festival = t.need(furong.org, { title: '重阳节活动', category: 'VOLUNTEERS', quantity: 8, unitOfMeasure: 'PEOPLE' });
  const tokens = {} as Record<'furong' | 'team' | 'street', string>;
  const send = async (need: { _id: unknown }, quantity: number) =>
    dataOf(await stack.query(SendInvitationDocument, { input: { needId: String(need._id), offerId: String(volunteers._id), quantity } }, tokens.furong)).sendInvitation;
  const acceptInvitation = async (id: string) => dataOf(await stack.query(AcceptInvitationDocument, { id }, tokens.team)).acceptInvitation;
  const remaining = async (id: unknown, kind: 'need' | 'offer' = 'need') =>
    dataOf(await stack.query<Record<string, { remainingQuantity: number } | null>, object>(`query($id: ID!) { ${kind}(id: $id) { remainingQuantity } }`, { id: String(id) }, tokens.furong))[kind]!
      .remainingQuantity;

  beforeAll(async () => {
    stack = await startTestStack({ territory: t });
    const sign = tokensFor(stack.auth);
    Object.assign(
      tokens,
      await signed({ furong: sign.forOrganization('COMMUNITY_ADMIN', furong.org), team: sign.unitAdmin(team), street: sign.forOrganization('STREET_ADMIN', street) }),
    );
  });
  afterAll(() => stack?.stop());

  it('takes what it gives from the offer: two invitations of 10 on an offer of 21 leave 1', async () => {
    const first = await send(needs[0], 10);
    const second = await send(needs[1], 10);
    const [a, b] = [await acceptInvitation(first.invitation!.id), await acceptInvitation(second.invitation!.id)];
    expect([a.errors, b.errors]).toEqual([[], []]);
    expect([a.invitation!.claim!.status, b.invitation!.claim!.status]).toEqual(['ACCEPTED', 'ACCEPTED']);
    expect(await remaining(volunteers._id, 'offer')).toBe(1);
    expect([await remaining(needs[0]._id), await remaining(needs[1]._id)]).toEqual([0, 0]);
    // The offer's claims: the community, twice, each accepted.
    const onOffer = await stack.models.services.Claim.find({ itemId: volunteers._id }).lean();
    expect(onOffer.map((c) => [String(c.claimant.id), c.quantity, c.status])).toEqual([
      [String(furong.org._id), 10, 'ACCEPTED'],
      [String(furong.org._id), 10, 'ACCEPTED'],
    ]);
  });

  it('refuses the same need and offer twice while one is open or accepted', async () => {
    const again = await send(needs[0], 1);
    expect(again.errors).toEqual([{ code: 'DUPLICATE_INVITATION', field: 'input.offerId' }]);
    const open = await send(needs[2], 1);
    expect(open.errors).toEqual([]);
    expect((await send(needs[2], 1)).errors).toEqual([{ code: 'DUPLICATE_INVITATION', field: 'input.offerId' }]);
    // Declined, the pair may be sent again.
    await stack.query(DeclineInvitationDocument, { id: open.invitation!.id, reason: '本周人手不足' }, tokens.team);
    expect((await send(needs[2], 1)).errors).toEqual([]);
  });

  it('changes nothing when the offer no longer has the capacity it was sent with', async () => {
    const pending = await stack.models.services.Invitation.findOne({ needId: needs[2]._id, status: 'SENT' }).lean();
    // Sent for 1 when 1 was left; meanwhile the invitation is made to ask for more than is left.
    await stack.models.services.Invitation.updateOne({ _id: pending!._id }, { $set: { quantity: 5 } });
    const refused = await acceptInvitation(String(pending!._id));
    expect(refused.errors.map((e) => e.code)).toEqual(['OVER_CAPACITY']);
    expect([await remaining(volunteers._id, 'offer'), await remaining(needs[2]._id)]).toEqual([1, 10]);
    expect((await stack.models.services.Invitation.findById(pending!._id).lean())!.status).toBe('SENT');
  });

  it('can be accepted once what stood in the way is gone (an attempt rolled back does not stick)', async () => {
    // The unit has claimed the need itself: the invitation's claim on the need is refused, and the
    // offer's share is given back.
    const own = dataOf(await stack.query(`mutation($id: ID!) { claimItem(input: { itemId: $id, quantity: 2 }) { claim { id } errors { code } } }`, { id: String(festival._id) }, tokens.team)) as {
      claimItem: { claim: { id: string } | null; errors: { code: string }[] };
    };
    expect(own.claimItem.errors).toEqual([]);
    const sent = dataOf(await stack.query(SendInvitationDocument, { input: { needId: String(festival._id), offerId: String(weekend._id), quantity: 4 } }, tokens.furong)).sendInvitation;
    const refused = await acceptInvitation(sent.invitation!.id);
    expect(refused.errors.map((e) => e.code)).toEqual(['ALREADY_CLAIMED']);
    expect(await remaining(weekend._id, 'offer')).toBe(30);
    // The unit withdraws its own claim; the same invitation is accepted now.
    await stack.query(`mutation($id: ID!) { withdrawClaim(id: $id) { errors { code } } }`, { id: own.claimItem.claim!.id }, tokens.team);
    const accepted = await acceptInvitation(sent.invitation!.id);
    expect(accepted.errors).toEqual([]);
    expect(accepted.invitation!.claim!.status).toBe('ACCEPTED');
    expect([await remaining(weekend._id, 'offer'), await remaining(festival._id)]).toEqual([26, 4]);
  });

  it('keeps matching working once a claim has been evaluated, the rating counted', async () => {
    const claim = await stack.models.services.Claim.findOne({ itemId: needs[0]._id }).lean();
    const delivered = dataOf(await stack.query(DeliverClaimDocument, { id: String(claim!._id), note: '已完成陪护' }, tokens.furong)).deliverClaim;
    expect(delivered.errors).toEqual([]);
    const evaluated = dataOf(await stack.query(EvaluateClaimDocument, { id: String(claim!._id), score: 5 }, tokens.furong)).evaluateClaim;
    expect(evaluated.errors).toEqual([]);
    // Once crashed with "Float cannot represent non numeric value: Infinity" (a two-sum $group).
    const suggestions = await stack.query(NeedSuggestionsDocument, { id: String(needs[2]._id), first: 5 }, tokens.furong);
    expect(suggestions.errors).toBeUndefined();
    const rating = dataOf(suggestions).need!.suggestedOffers[0].factors.find((f) => f.factor === 'RATING')!;
    expect(rating).toMatchObject({ value: 1, note: '评分5.0/5' });
    const assignment = await stack.query(AssignmentDocument, { within: String(street._id) }, tokens.street);
    expect(assignment.errors).toBeUndefined();
    expect(Number.isFinite(dataOf(assignment).territoryAssignment.coverage)).toBe(true);
  });
});
