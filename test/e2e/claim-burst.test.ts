import { TerritoryBuilder } from '../../seed/builder';
import { ClaimItemDocument } from '../generated/operations';
import { tokensFor } from '../support/principals';
import { balancedBooks } from '../support/books';
import { startTestStack, type GraphQLResponse, type TestStack } from '../support/stack';

/**
 * A rush: 1,000 claims at once through the gateway — units on needs, members on small wishes, small
 * quantities, a fifth of them sent twice at the same moment with the same idempotency key (a client
 * retrying), a quarter of them sent again once it is over — and afterwards the books must balance: no over-claim, every remaining quantity equal to
 * what the item's ledger says, one lock per active claim and no other, no key left pending, every retry
 * answered as its original, and no internal error anywhere.
 */
describe('a burst of 1,000 concurrent claims', () => {
  let stack: TestStack;
  const t = new TerritoryBuilder();
  const street = t.street('泉城路街道党工委');
  const community = t.community(street, '百花洲社区党委').withGrids(2);
  const units = Array.from({ length: 60 }, (_, i) => t.unit(community.org, { name: `百花洲共建单位${i + 1}`, kind: 'PRIVATE_ENTERPRISE' }));
  const members = Array.from({ length: 40 }, (_, i) => t.member(community.grids[i % 2], { name: `党员${i + 1}`, category: 'DIRECT' }));
  const needs = Array.from({ length: 12 }, (_, i) =>
    t.need(community.org, { title: `志愿服务${i + 1}`, category: 'VOLUNTEERS', quantity: 30 + i, unitOfMeasure: 'PEOPLE' }),
  );
  const wishes = Array.from({ length: 6 }, (_, i) =>
    t.need(community.grids[i % 2], { title: `微心愿${i + 1}`, category: 'FUNDS', quantity: 8, unitOfMeasure: 'YUAN', smallWish: true }),
  );

  beforeAll(async () => {
    stack = await startTestStack({ territory: t });
  });
  afterAll(() => stack?.stop());

  it('keeps every book balanced', async () => {
    const sign = tokensFor(stack.auth);
    const unitTokens = await Promise.all(units.map((u) => sign.unitAdmin(u)));
    const memberTokens = await Promise.all(members.map((m) => sign.member(m, community.grids[members.indexOf(m) % 2])));

    // Deterministic: request i is always the same claim.
    const requests = Array.from({ length: 1_000 }, (_, i) => {
      const byMember = i % 5 === 0;
      const item = byMember ? wishes[i % wishes.length] : needs[Math.floor(i / units.length) % needs.length];
      return {
        token: byMember ? memberTokens[i % memberTokens.length] : unitTokens[i % unitTokens.length],
        input: { itemId: String(item._id), quantity: 1 + (i % 3), idempotencyKey: `burst-${i}-key` },
        retried: i % 5 === 1,
      };
    });

    type Reply = GraphQLResponse<{ claimItem: { claim: { id: string } | null; errors: { code: string }[] } }>;
    const send = (r: (typeof requests)[number]) => stack.query(ClaimItemDocument, { input: r.input }, r.token) as Promise<Reply>;
    // At most 100 in flight at once (a browser-sized crowd on one gateway), all of them started together.
    const replies: Reply[][] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: 100 }, async () => {
        while (next < requests.length) {
          const i = next++;
          const r = requests[i];
          replies[i] = await Promise.all(r.retried ? [send(r), send(r)] : [send(r)]);
        }
      }),
    );

    const all = replies.flat();
    expect(all.filter((reply) => reply.errors?.length)).toEqual([]);
    const outcome = (reply: Reply) => reply.data!.claimItem.claim?.id ?? reply.data!.claimItem.errors.map((e) => e.code).join();
    // A retry sent at the same moment is answered as the original, or asked to come back; once the burst
    // is over, every retry gets the original's answer.
    for (const [i, pair] of replies.entries()) {
      if (pair.length === 2 && !pair.some((reply) => reply.data!.claimItem.errors.some((e) => e.code === 'RETRY_LATER'))) {
        expect(`${i}: ${outcome(pair[1])}`).toBe(`${i}: ${outcome(pair[0])}`);
      }
    }
    // Every fourth request replayed once the burst is over (members' and units', retried and not: 4 and 5
    // share no factor), ten at a time (each a different key): the replays need not wait for one another.
    // Keys left pending would answer RETRY_LATER here; the books auditor checks every key below.
    const replayed = requests.map((_, i) => i).filter((i) => i % 4 === 0);
    const again: Reply[] = [];
    let nextAgain = 0;
    await Promise.all(
      Array.from({ length: 10 }, async () => {
        while (nextAgain < replayed.length) {
          const i = replayed[nextAgain++];
          again[i] = await send(requests[i]);
        }
      }),
    );
    for (const i of replayed) {
      expect(`${i}: ${outcome(again[i])}`).toBe(`${i}: ${outcome(replies[i][0].data!.claimItem.errors.some((e) => e.code === 'RETRY_LATER') ? replies[i][1] : replies[i][0])}`);
    }
    const codes = new Set(all.flatMap((reply) => reply.data!.claimItem.errors.map((e) => e.code)));
    expect([...codes].filter((c) => !['OVER_CAPACITY', 'ALREADY_CLAIMED', 'RETRY_LATER'].includes(c))).toEqual([]);

    expect(await balancedBooks(stack, [...needs, ...wishes])).toBeGreaterThan(100);
    // Every claim made told its item's owner once, however often it was sent (通知: one per event and recipient).
    const claims = await stack.models.services.Claim.find({}, { _id: 1 }).lean();
    const told = await stack.models.services.Notification.find({ kind: 'CLAIM_RECEIVED' }, { subject: 1 }).lean();
    expect(told.map((n) => String(n.subject.id)).sort()).toEqual(claims.map((c) => String(c._id)).sort());
  }, 240_000);
});
