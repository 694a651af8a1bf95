import { TerritoryBuilder } from '../../seed/builder';
import {
  AcceptInvitationDocument,
  AssignmentDocument,
  DeclineInvitationDocument,
  NeedSuggestionsDocument,
  OfferSuggestionsDocument,
  SendInvitationDocument,
  SetWeightsDocument,
  UnitInvitationsDocument,
  WeightsDocument,
} from '../generated/operations';
import { signed, tokensFor } from '../support/principals';
import { dataOf, startTestStack, type TestStack } from '../support/stack';

/** Matching needs to resources (供需对接), through the gateway. */
describe('matching needs to resources', () => {
  let stack: TestStack;
  const t = new TerritoryBuilder();
  const street = t.street('泉城路街道党工委');
  const furong = t.community(street, '芙蓉街社区党委').withGrids(1);
  const qushui = t.community(street, '曲水亭社区党委').withGrids(1);
  const near = t.unit(furong.org, { name: '芙蓉街养老服务中心', kind: 'SOCIAL_ORGANIZATION', location: { latitude: 36.665, longitude: 117.02 } });
  const far = t.unit(qushui.org, { name: '曲水亭志愿者协会', kind: 'SOCIAL_ORGANIZATION', location: { latitude: 36.7, longitude: 117.09 } });
  const clinic = t.unit(furong.org, { name: '芙蓉街社区卫生服务中心', kind: 'HOSPITAL' });
  // The case where greedy loses: meals can use either offer, check-ups only the elder-care one.
  const meals = t.need(furong.org, { title: '助餐服务', category: 'ELDER_CARE', quantity: 10, unitOfMeasure: 'HOURS', location: { latitude: 36.665, longitude: 117.021 } });
  const checkups = t.need(furong.org, { title: '上门巡诊', category: 'MEDICAL', quantity: 10, unitOfMeasure: 'HOURS', location: { latitude: 36.666, longitude: 117.02 } });
  const care = t.offer(near, { title: '居家养老服务', category: 'ELDER_CARE', capacity: 10, unitOfMeasure: 'HOURS', location: { latitude: 36.665, longitude: 117.02 } });
  const volunteers = t.offer(far, { title: '志愿者队伍', category: 'VOLUNTEERS', capacity: 10, unitOfMeasure: 'HOURS', location: { latitude: 36.7, longitude: 117.09 } });
  const cash = t.offer(clinic, { title: '帮扶资金', category: 'FUNDS', capacity: 5000, unitOfMeasure: 'YUAN' });

  const tokens = {} as Record<'street' | 'furong' | 'near' | 'far', string>;
  beforeAll(async () => {
    stack = await startTestStack({ territory: t });
    const sign = tokensFor(stack.auth);
    Object.assign(tokens, await signed({
      street: sign.forOrganization('STREET_ADMIN', street),
      furong: sign.forOrganization('COMMUNITY_ADMIN', furong.org),
      near: sign.unitAdmin(near),
      far: sign.unitAdmin(far),
    }));
  });
  afterAll(() => stack?.stop());

  it('ranks the offers for a need and explains every score', async () => {
    const { need } = dataOf(await stack.query(NeedSuggestionsDocument, { id: String(meals._id), first: 5 }, tokens.furong));
    expect(need!.suggestedOffers.map((m) => m.offer.title)).toEqual(['居家养老服务', '志愿者队伍']);
    const [best] = need!.suggestedOffers;
    // Explained in words a committee reads.
    expect(best.factors.find((f) => f.factor === 'CATEGORY')).toMatchObject({ value: 1, note: '类别相同' });
    expect(best.factors.find((f) => f.factor === 'DISTANCE')!.note).toMatch(/^相距\d+\.\d\d公里$/);
    expect(best.factors.find((f) => f.factor === 'URGENCY')!.note).toBe('一般');
    expect(best.factors.reduce((s, f) => s + f.contribution, 0)).toBeCloseTo(best.score, 4);
    // Suggestions are the committee's and the owner's, not a unit's that merely sees the need.
    expect((await stack.query(NeedSuggestionsDocument, { id: String(meals._id), first: 5 }, tokens.near)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('ranks the needs for an offer, for its provider', async () => {
    const { offer } = dataOf(await stack.query(OfferSuggestionsDocument, { id: String(care._id), first: 5 }, tokens.near));
    expect(offer!.suggestedNeeds.map((m) => m.need.title)).toEqual(['助餐服务', '上门巡诊']);
  });

  it("lets the street set its own weights, which change the ranking", async () => {
    expect(dataOf(await stack.query(WeightsDocument, { street: String(street._id) })).matchingWeights).toMatchObject({ category: 3, distance: 2 });
    const weights = { category: 0, distance: 0, timeWindow: 0, capacity: 0, urgency: 0, rating: 0, fairness: 10 };
    expect((await stack.query(SetWeightsDocument, { street: String(street._id), input: weights }, tokens.furong)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const bad = dataOf(await stack.query(SetWeightsDocument, { street: String(street._id), input: { ...weights, fairness: 0 } }, tokens.street));
    expect(bad.setMatchingWeights.errors).toEqual([{ code: 'INVALID_WEIGHTS', field: 'input' }]);
    expect(dataOf(await stack.query(SetWeightsDocument, { street: String(street._id), input: { ...weights, distance: 10 } }, tokens.street)).setMatchingWeights.weights).toEqual({ distance: 10, category: 0 });
    const { need } = dataOf(await stack.query(NeedSuggestionsDocument, { id: String(meals._id), first: 5 }, tokens.furong));
    expect(need!.suggestedOffers[0].factors.find((f) => f.factor === 'DISTANCE')!.weight).toBe(10);
    // Back to the defaults' spirit for the next tests.
    await stack.query(SetWeightsDocument, { street: String(street._id), input: { category: 3, distance: 2, timeWindow: 1.5, capacity: 1.5, urgency: 1, rating: 1, fairness: 1 } }, tokens.street);
  });

  it("assigns the street's needs to its offers better than greedy, reporting unmet needs and load", async () => {
    const { territoryAssignment: a } = dataOf(await stack.query(AssignmentDocument, { within: String(street._id) }, tokens.street));
    expect(a.openNeeds).toBe(2);
    expect(a.availableOffers).toBe(3);
    expect(a.matches.map((m) => `${m.need.title}→${m.offer.title}:${m.quantity}`).sort()).toEqual(['上门巡诊→居家养老服务:10', '助餐服务→志愿者队伍:10']);
    expect(a.coverage).toBeGreaterThan(a.greedyCoverage);
    expect(a.unmetByCategory).toEqual([]);
    expect(a.loadByProvider.map((l) => l.provider)).toEqual(expect.arrayContaining([{ name: '芙蓉街养老服务中心' }, { name: '曲水亭志愿者协会' }]));
    expect((await stack.query(AssignmentDocument, { within: String(street._id) }, tokens.near)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('turns a suggestion into an invitation the unit accepts as a claim, or declines with a reason', async () => {
    const sent = dataOf(await stack.query(SendInvitationDocument, { input: { needId: String(checkups._id), offerId: String(care._id), quantity: 10 } }, tokens.furong)).sendInvitation;
    expect(sent.invitation).toMatchObject({ status: 'SENT', quantity: 10 });
    const tooMuch = dataOf(await stack.query(SendInvitationDocument, { input: { needId: String(meals._id), offerId: String(cash._id), quantity: 11 } }, tokens.furong)).sendInvitation;
    expect(tooMuch.errors).toEqual([{ code: 'OVER_CAPACITY', field: 'input.quantity' }]);

    const inbox = dataOf(await stack.query(UnitInvitationsDocument, { id: String(near._id) }, tokens.near)).residentUnit!.invitations!.nodes;
    expect(inbox).toEqual([{ id: sent.invitation!.id, status: 'SENT', quantity: 10, need: { title: '上门巡诊' }, offer: { title: '居家养老服务' } }]);
    expect((await stack.query(AcceptInvitationDocument, { id: sent.invitation!.id }, tokens.far)).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const accepted = dataOf(await stack.query(AcceptInvitationDocument, { id: sent.invitation!.id }, tokens.near)).acceptInvitation;
    expect(accepted.invitation).toMatchObject({
      status: 'ACCEPTED',
      // Sent by the committee and taken by the unit: accepted at once, no second approval.
      claim: { status: 'ACCEPTED', quantity: 10, claimant: { name: '芙蓉街养老服务中心' }, item: { id: String(checkups._id), claimedQuantity: 10 } },
    });
    expect(dataOf(await stack.query(AcceptInvitationDocument, { id: sent.invitation!.id }, tokens.near)).acceptInvitation.errors[0].code).toBe('INVALID_STATE');

    // A second invitation for the same, now fully claimed, need: accepting it fails by the claiming rules, and nothing changes.
    const second = dataOf(await stack.query(SendInvitationDocument, { input: { needId: String(meals._id), offerId: String(volunteers._id), quantity: 4 } }, tokens.furong)).sendInvitation;
    const declined = dataOf(await stack.query(DeclineInvitationDocument, { id: second.invitation!.id, reason: '本月人手不足' }, tokens.far)).declineInvitation;
    expect(declined.invitation).toMatchObject({ status: 'DECLINED', declineReason: '本月人手不足' });
  });
});
