import { TerritoryBuilder } from '../../seed/builder';
import { AssignmentDocument, CommunityCommitteeViewDocument, NeedSuggestionsDocument } from '../generated/operations';
import { tokensFor } from '../support/principals';
import { startTestStack, type GraphQLResponse, type TestStack } from '../support/stack';

/**
 * The cost limit knows the schema: a list without `first` counts the size the schema assumes for it
 * (`@listSize(assumedSize:)`), a computed field its weight (`@cost(weight:)`), at the gateway (from the
 * supergraph) and at every subgraph reached directly (from its own schema). The project's own views
 * stay well inside the default limit.
 */
describe('query cost, schema-aware', () => {
  let stack: TestStack;
  let token: string;
  const t = new TerritoryBuilder();
  const street = t.street('泉城路街道党工委');
  const communities = ['芙蓉街', '曲水亭'].map((name) => t.community(street, `${name}社区党委`).withGrids(3));
  const units = communities.flatMap((c, ci) => Array.from({ length: 8 }, (_, i) => t.unit(c.org, { name: `${ci}号社区单位${i}`, kind: 'PRIVATE_ENTERPRISE' })));
  for (const [ci, c] of communities.entries()) {
    const members = Array.from({ length: 10 }, (_, i) => t.member(c.org, { name: `${c.org.name}党员${i}`, category: 'EMPLOYED', employerId: units[ci * 8 + (i % 8)]._id }));
    members.slice(0, 8).forEach((m, i) => t.seat(c.org, m, { role: i === 0 ? 'SECRETARY' : 'MEMBER', ...(i > 1 ? { unitId: units[ci * 8 + i]._id } : {}) }));
  }
  const needs = communities.flatMap((c) =>
    Array.from({ length: 6 }, (_, i) => t.need(c.org, { title: `需求${i}`, category: 'VOLUNTEERS', quantity: 10, unitOfMeasure: 'PEOPLE', visibility: 'STREET' })),
  );
  units.forEach((u, i) => t.offer(u, { title: `资源${i}`, category: 'VOLUNTEERS', capacity: 5, unitOfMeasure: 'PEOPLE' }));
  needs.forEach((need, i) => t.claim(need, { type: 'RESIDENT_UNIT', id: units[i % units.length]._id }, 2, 'ACCEPTED'));

  const org = (o: { _id: unknown }) => String(o._id);
  const community = org(communities[0].org);
  const period = 'from: "2026-01-01T00:00:00Z", to: "2027-01-01T00:00:00Z"';
  const code = (response: GraphQLResponse<unknown>) => response.errors?.[0]?.extensions?.code;

  beforeAll(async () => {
    stack = await startTestStack({ territory: t });
    token = await tokensFor(stack.auth).forOrganization('STREET_ADMIN', street);
  });
  afterAll(() => stack?.stop());

  /** `bigPartyCommittee { organization { bigPartyCommittee { … } } }`, `levels` committees deep, no `first` anywhere. */
  const seatChain = (levels: number) => {
    let selection = 'role member { id }';
    for (let i = 1; i < levels; i++) selection = `role organization { name bigPartyCommittee { ${selection} } }`;
    return `bigPartyCommittee { ${selection} }`;
  };

  it('refuses a seats → organisation → seats chain without `first`, and says why', async () => {
    // One committee and the committees of its seats' organisations: the assumed 30 seats a committee, then 30 × 30.
    const two = await stack.query<{ organization: { bigPartyCommittee: unknown[] } }, Record<string, never>>(`{ organization(id: "${community}") { ${seatChain(2)} } }`, undefined, token);
    expect(two.errors).toBeUndefined();
    expect(two.data?.organization.bigPartyCommittee).toHaveLength(8);
    // Three deep is 30³ seats' worth: refused, though not one list in it has `first`.
    const three = await stack.query(`{ organization(id: "${community}") { ${seatChain(3)} } }`, undefined, token);
    expect(code(three)).toBe('COST_LIMIT');
    expect(three.errors?.[0].message).toMatch(/would cost about [\d,]+ .*at most 50,000 is allowed/);
    expect(three.errors?.[0].extensions).toMatchObject({ maxCost: 50_000, cost: expect.any(Number) });
    // Ancestors and children, up and down the tree: the same.
    const tree = await stack.query(`{ organizations(first: 100) { nodes { ancestors { children(first: 100) { nodes { ancestors { name } } } } } } }`, undefined, token);
    expect(code(tree)).toBe('COST_LIMIT');
  });

  it('weighs computed fields: a suggestion or a dashboard is accepted, several aliased are refused', async () => {
    const one = await stack.query(NeedSuggestionsDocument, { id: org(needs[0]), first: 5 }, token);
    expect(one.errors).toBeUndefined();
    expect(one.data?.need?.suggestedOffers.length).toBeGreaterThan(0);
    const suggestions = Array.from({ length: 6 }, (_, i) => `s${i}: suggestedOffers(first: 5) { score offer { title } }`).join(' ');
    expect(code(await stack.query(`{ need(id: "${org(needs[0])}") { ${suggestions} } }`, undefined, token))).toBe('COST_LIMIT');
    // A page of needs, each with its suggestions: each call reads the street's open offers.
    expect(code(await stack.query(`{ organization(id: "${community}") { needs(first: 20) { nodes { suggestedOffers(first: 3) { score } } } } }`, undefined, token))).toBe('COST_LIMIT');

    const dashboard = `lists { list published claimed } claims { total } requests { received } coverage { category needs } volunteerHoursByCategory { hours }`;
    const single = await stack.query(`{ organization(id: "${org(street)}") { statistics(${period}) { ${dashboard} } } }`, undefined, token);
    expect(single.errors).toBeUndefined();
    const aliased = Array.from({ length: 3 }, (_, i) => `s${i}: statistics(${period}) { ${dashboard} }`).join(' ');
    expect(code(await stack.query(`{ organization(id: "${org(street)}") { ${aliased} } }`, undefined, token))).toBe('COST_LIMIT');
    // Every community's dashboard in one request: refused as well.
    expect(code(await stack.query(`{ organizations(kind: COMMUNITY, first: 20) { nodes { statistics(${period}) { lists { published } } } } }`, undefined, token))).toBe('COST_LIMIT');
    // Two territory assignments in one request (each one is most of the budget).
    expect(code(await stack.query(`{ a: territoryAssignment(within: "${org(street)}") { coverage } b: territoryAssignment(within: "${community}") { coverage } }`, undefined, token))).toBe('COST_LIMIT');
  });

  it("accepts the project's own views: the committee view, the benchmark's queries, the assignment", async () => {
    const view = await stack.query(CommunityCommitteeViewDocument, { id: community, first: 50 }, token);
    expect(view.errors).toBeUndefined();
    expect(view.data?.organization?.bigPartyCommittee).toHaveLength(8);
    expect((await stack.query(AssignmentDocument, { within: org(street) }, token)).errors).toBeUndefined();
    // bench/gateway.ts rows (2), (3) and (5), as written there.
    const bench = [
      `query($id: ID!) { organization(id: $id) { name
          bigPartyCommittee { role partTime member { name } unit { name kind } }
          needs(first: 10) { nodes { title remainingQuantity claims(first: 5) { nodes { status claimant { ... on ResidentUnit { name kind } } } } } }
          residentUnits(first: 10) { nodes { name kind offers(first: 3) { nodes { title remainingQuantity } } } }
          members(first: 10) { nodes { name employer { name } } } } }`,
      `query($id: ID!) { organization(id: $id) { needs(inTerritory: true, first: 50) { nodes { title remainingQuantity
          claims(first: 5) { nodes { quantity status claimant { ... on ResidentUnit { name kind } } } } } } } }`,
      `query($id: ID!, $from: DateTime!, $to: DateTime!) { organization(id: $id) { name statistics(from: $from, to: $to) {
          lists { list published claimed claimRate fulfilled medianHoursToClaim medianHoursToFulfil } claims { total byStatus { status count } }
          requests { received resolved onTimeRate satisfactionRate overdueNow } unitRanking(first: 10) { rank unit { name } deliveredClaims }
          coverage { category needs quantity accepted delivered } volunteerHoursByCategory { category hours } volunteerHoursByEmployer(first: 10) { hours employer { name } } } } }`,
    ];
    for (const query of bench) {
      const response = await stack.query(query, { id: query.includes('inTerritory') ? org(street) : community, from: '2026-01-01T00:00:00Z', to: '2027-01-01T00:00:00Z' }, token);
      expect([query.slice(0, 60), response.errors]).toEqual([query.slice(0, 60), undefined]);
    }
    // The statistics export asks the whole dashboard with 100 units and 100 employers.
    const url = stack.gatewayUrl.replace(/\/graphql$/, `/export/statistics.csv?organization=${org(street)}&from=2026-01-01T00:00:00Z&to=2027-01-01T00:00:00Z`);
    expect((await fetch(url, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
  });

  it("counts `first` from a variable's default value too", async () => {
    const query = `query($n: Int = 100) { organizations(first: $n) { nodes { children(first: $n) { nodes { members(first: $n) { nodes { name } } } } } } }`;
    expect(code(await stack.query(query, {}, token))).toBe('COST_LIMIT');
    expect((await stack.query(query, { n: 3 }, token)).errors).toBeUndefined();
  });

  it('holds the same refusals at each subgraph reached directly, counting every representation', async () => {
    const chain = await stack.querySubgraph('organizations', `{ organization(id: "${community}") { ${seatChain(3)} } }`, undefined, token);
    expect(code(chain)).toBe('COST_LIMIT');
    const suggestions = Array.from({ length: 6 }, (_, i) => `s${i}: suggestedOffers(first: 5) { score }`).join(' ');
    expect(code(await stack.querySubgraph('services', `{ need(id: "${org(needs[0])}") { ${suggestions} } }`, undefined, token))).toBe('COST_LIMIT');
    expect((await stack.querySubgraph('services', `{ need(id: "${org(needs[0])}") { suggestedOffers(first: 5) { score } } }`, undefined, token)).errors).toBeUndefined();

    // The dashboard's entity, straight to each subgraph that answers it: one representation is a dashboard,
    // ten are ten dashboards' aggregations.
    const statistics = (n: number) => Array.from({ length: n }, (_, i) => ({ __typename: 'Statistics', organizationId: org(street), from: `${2016 + i}-01-01T00:00:00Z`, to: `${2017 + i}-01-01T00:00:00Z` }));
    const entities = (selection: string) => `query($r: [_Any!]!) { _entities(representations: $r) { ... on Statistics { ${selection} } } }`;
    expect((await stack.querySubgraph('services', entities('lists { published } coverage { needs }'), { r: statistics(1) }, token)).errors).toBeUndefined();
    expect(code(await stack.querySubgraph('services', entities('lists { published } coverage { needs }'), { r: statistics(10) }, token))).toBe('COST_LIMIT');
    expect((await stack.querySubgraph('members', entities('volunteerHoursByCategory { hours }'), { r: statistics(1) }, token)).errors).toBeUndefined();
    expect(code(await stack.querySubgraph('members', entities('volunteerHoursByCategory { hours }'), { r: statistics(40) }, token))).toBe('COST_LIMIT');
    // Organisations by the thousand, each with its committee: the representations multiply the seats.
    const organizations = Array.from({ length: 2_000 }, () => ({ __typename: 'Organization', id: community }));
    const seats = await stack.querySubgraph('organizations', 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Organization { bigPartyCommittee { role } } } }', { r: organizations }, token);
    expect(code(seats)).toBe('COST_LIMIT');
  });

  it('refuses the doubling-fragment document in well under a second, at the gateway and at a subgraph', async () => {
    // 24 lines, about 1 kB: expanded, 2^24 copies of the innermost field.
    let document = 'query { ...F24 }\nfragment F0 on Query { organizations(first: 1) { nodes { id } } }\n';
    for (let i = 1; i <= 24; i++) document += `fragment F${i} on Query { ...F${i - 1} ...F${i - 1} }\n`;
    const times: string[] = [];
    for (const [where, send] of [['gateway', () => stack.query(document)], ['organizations subgraph', () => stack.querySubgraph('organizations', document)]] as const) {
      await send(); // warm
      const started = performance.now();
      const response = await send();
      const elapsed = performance.now() - started;
      expect(code(response)).toBe('COST_LIMIT');
      expect(elapsed).toBeLessThan(500);
      times.push(`${where} ${elapsed.toFixed(1)} ms`);
    }
    process.stdout.write(`doubling fragments refused, round trip: ${times.join(', ')}\n`);
  });
});
