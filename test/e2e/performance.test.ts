import { scanningQueries } from '../support/index-audit';
import { TerritoryBuilder } from '../../seed/builder';
import {
  AcceptClaimDocument,
  AssignmentDocument,
  ClaimItemDocument,
  NeedSuggestionsDocument,
  CommitteeViewDocument,
  CommunityCommitteeViewDocument,
  CommunityOverviewDocument,
  OpenNeedsWithClaimantsDocument,
  OrganizationByIdDocument,
  RejectClaimDocument,
  StreetCommunitiesDocument,
} from '../generated/operations';
import { tokensFor } from '../support/principals';
import { dataOf, startTestStack, type TestStack } from '../support/stack';

/**
 * Fast by construction: database commands and subgraph fetches per
 * operation are deterministic, so they are asserted, not timed. Each
 * representative operation costs the same whatever its page size, and no
 * query the graph sends would scan a collection.
 */
describe('batching and indexes', () => {
  let stack: TestStack;
  let token: string;
  const t = new TerritoryBuilder();
  const street = t.street('泉城路街道党工委');
  const communities = ['芙蓉街', '曲水亭', '百花洲'].map((n) => t.community(street, `${n}社区党委`).withGrids(4));
  const units = communities.flatMap((c, ci) => Array.from({ length: 12 }, (_, i) => t.unit(c.org, { name: `${ci}号社区单位${i}`, kind: 'PRIVATE_ENTERPRISE' })));
  for (const c of communities) {
    const members = [c.org, ...c.grids].flatMap((o) => Array.from({ length: 15 }, (_, i) => t.member(o, { name: `${o.name}党员${i}`, category: 'EMPLOYED', employerId: units[i % units.length]._id })));
    members.slice(0, 4).forEach((m, i) => t.seat(c.org, m, { role: i === 0 ? 'SECRETARY' : 'MEMBER', ...(i > 0 ? { unitId: units[i]._id } : {}) }));
  }
  const needs = communities.flatMap((c) =>
    Array.from({ length: 60 }, (_, i) => t.need(i % 2 ? c.org : c.grids[i % 4], { title: `需求${i}`, category: 'VOLUNTEERS', quantity: 20, unitOfMeasure: 'PEOPLE', visibility: 'STREET' })),
  );
  needs.forEach((need, i) => {
    if (i % 3 === 0) {
      t.claim(need, { type: 'RESIDENT_UNIT', id: units[i % units.length]._id }, 3, 'ACCEPTED');
      t.claim(need, { type: 'RESIDENT_UNIT', id: units[(i + 1) % units.length]._id }, 2);
    }
  });
  units.forEach((u, i) => t.offer(u, { title: `资源${i}`, category: 'VOLUNTEERS', capacity: 10, unitOfMeasure: 'PEOPLE' }));
  t.project([communities[0].org, units[0]], { title: '共建项目', category: 'CULTURE', quantity: 4, unitOfMeasure: 'SESSIONS' });

  beforeAll(async () => {
    // Servers of its own: it audits their connections' query logs itself.
    stack = await startTestStack({ territory: t, private: true });
    token = await tokensFor(stack.auth).forOrganization('STREET_ADMIN', street);
    for (const db of Object.values(stack.databases)) db.commands.queries = [];
  });
  afterAll(() => stack?.stop());

  /** Runs an operation and returns what it cost: commands per subgraph and fetches per subgraph. */
  async function cost(run: () => Promise<unknown>) {
    stack.resetCommands();
    await run();
    const commands = Object.fromEntries(Object.entries(stack.commands()).map(([k, v]) => [k, Object.values(v).reduce((a, b) => a + b, 0)]));
    return { commands, fetches: stack.fetches() };
  }

  it('(1) one organisation by id: one fetch, one lookup', async () => {
    const c = await cost(() => stack.query(OrganizationByIdDocument, { id: String(communities[0].org._id) }));
    expect(c).toEqual({ commands: { organizations: 1, members: 0, 'resident-units': 0, services: 0 }, fetches: { organizations: 1, members: 0, 'resident-units': 0, services: 0 } });
  });

  it("(2) a community's big Party committee view costs the same for 5 or 50 rows a list", async () => {
    const small = await cost(async () => dataOf(await stack.query(CommunityCommitteeViewDocument, { id: String(communities[0].org._id), first: 5 }, token)));
    const large = await cost(async () => dataOf(await stack.query(CommunityCommitteeViewDocument, { id: String(communities[0].org._id), first: 50 }, token)));
    expect(large).toEqual(small);
    // The query plan: organizations once; then members, units, needs, offers and projects side by side;
    // then the entities they point at (employers, claimants, participants, seat holders' units), each
    // step one fetch, and each fetch one batched query per list — 5 rows or 50.
    expect(small.fetches).toEqual({ organizations: 1, members: 2, 'resident-units': 4, services: 2 });
    expect(small.commands).toEqual({ organizations: 2, members: 2, 'resident-units': 4, services: 5 });
  });

  it('(3) a page of open needs with their claimants costs the same for 5 or 50 needs', async () => {
    const small = await cost(async () => dataOf(await stack.query(OpenNeedsWithClaimantsDocument, { id: String(street._id), first: 5 }, token)));
    const large = await cost(async () => {
      const page = dataOf(await stack.query(OpenNeedsWithClaimantsDocument, { id: String(street._id), first: 50 }, token));
      expect(page.organization!.needs!.nodes).toHaveLength(50);
    });
    expect(large).toEqual(small);
    expect(small.fetches).toEqual({ organizations: 2, members: 0, 'resident-units': 1, services: 1 });
    // services: the page, then every claim of every need in one batch; units: one batch of claimants.
    expect(small.commands).toEqual({ organizations: 2, members: 0, 'resident-units': 1, services: 2 });
  });

  it('(4) a claim is a fixed number of round trips', async () => {
    const unitToken = await tokensFor(stack.auth).unitAdmin(units[5]);
    const c = await cost(async () =>
      expect(dataOf(await stack.query(ClaimItemDocument, { input: { itemId: String(needs[7]._id), quantity: 1 } }, unitToken)).claimItem.errors).toEqual([]),
    );
    expect(c.fetches).toEqual({ organizations: 0, members: 0, 'resident-units': 1, services: 1 });
    // Five steps: the item (1), the claimant's lock (1), the ledger entry decided on the item's own
    // projection (1), the claim (1), the projection's conditional write (1) — and beside it, in the same
    // step, the owner's notification (issue #19): six commands. The answer is what was just written.
    expect(c.commands.services).toBe(6);
  });

  it('(4) accepting a claim is a fixed number of round trips', async () => {
    const pending = t.claims.find((c) => c.itemId.equals(needs[0]._id) && c.status === 'PENDING')!;
    const c = await cost(async () => expect(dataOf(await stack.query(AcceptClaimDocument, { id: String(pending._id) }, token)).acceptClaim.errors).toEqual([]));
    // The claim and its item (2), the entry decided on their projections (1), the claim's and the item's
    // conditional writes with the claimant's notification beside them (3, one step): four steps, six
    // commands; the answer is what was just written.
    expect(c.commands.services).toBe(6);
  });

  it('(4) rejecting a claim is the same six round trips: its lock holds nothing once the claim ended', async () => {
    const pending = t.claims.find((c) => c.itemId.equals(needs[3]._id) && c.status === 'PENDING')!;
    const c = await cost(async () =>
      expect(dataOf(await stack.query(RejectClaimDocument, { id: String(pending._id), reason: '人数已满' }, token)).rejectClaim.errors).toEqual([]),
    );
    // As accepting (6). The claimant may claim the item again: the lock left behind is freed then.
    expect(c.commands.services).toBe(6);
    const claimant = await tokensFor(stack.auth).unitAdmin(units.find((u) => u._id.equals(pending.claimant.id))!);
    const again = dataOf(await stack.query(ClaimItemDocument, { input: { itemId: String(needs[3]._id), quantity: 1 } }, claimant)).claimItem;
    expect(again.errors).toEqual([]);
  });

  it('(5) the statistics dashboard is a fixed set of aggregations, whatever the size of the territory', async () => {
    const dashboard = (id: unknown) => async () =>
      dataOf(
        await stack.query(
          `query($o: ID!) { organization(id: $o) { statistics(from: "2026-01-01T00:00:00Z", to: "2027-01-01T00:00:00Z") {
            lists { published medianHoursToClaim } claims { total } requests { received } unitRanking { rank unit { name } }
            coverage { coverage } volunteerHoursByCategory { hours } volunteerHoursByEmployer { hours } } } }`,
          { o: String(id) },
          token,
        ),
      );
    const wholeStreet = await cost(dashboard(street._id));
    const oneCommunity = await cost(dashboard(communities[0].org._id));
    expect(oneCommunity).toEqual(wholeStreet);
    // services: lists 3 (counts, and the two durations' distributions), claims 1, requests 2, ranking 1,
    // coverage 1; members: 2 sums; organizations: the organisation, and each subgraph's territory check.
    expect(wholeStreet.commands).toEqual({ organizations: 5, members: 2, 'resident-units': 0, services: 8 });
    expect(wholeStreet.fetches).toEqual({ organizations: 3, members: 1, 'resident-units': 0, services: 1 });
  });

  it('sends no query that would scan a collection', async () => {
    // A broad run over the graph, on top of the operations above.
    for (const c of communities) {
      dataOf(await stack.query(CommunityOverviewDocument, { id: String(c.org._id), first: 20 }, token));
      dataOf(await stack.query(CommitteeViewDocument, { id: String(c.org._id) }, token));
    }
    dataOf(await stack.query(StreetCommunitiesDocument, { id: String(street._id), first: 10 }, token));
    dataOf(await stack.query(AssignmentDocument, { within: String(street._id) }, token));
    dataOf(await stack.query(NeedSuggestionsDocument, { id: String(needs[1]._id), first: 5 }, token));
    const databases = Object.values(stack.databases);
    expect(databases.flatMap((db) => db.commands.queries ?? []).length).toBeGreaterThan(20);
    const scanning = await Promise.all(databases.map((db) => scanningQueries(db.connection, db.commands.queries ?? [])));
    expect(scanning.flat()).toEqual([]);
  });
});
