import { createHash } from 'node:crypto';
import { TerritoryBuilder } from '../../seed/builder';
import { Random } from '../../seed/random';
import { tokensFor } from '../support/principals';
import { startTestStack, type TestStack } from '../support/stack';

/**
 * Bad input everywhere: each refusal is a clear, coded error, and nothing
 * crashes a server or changes data. Runs the stack as in production
 * (introspection and stack traces off).
 */
describe('limits and hostile input', () => {
  let stack: TestStack;
  let token: string;
  const t = new TerritoryBuilder();
  const street = t.street('泉城路街道党工委');
  const community = t.community(street, '芙蓉街社区党委').withGrids(3);
  const unit = t.unit(community.org, { name: '芙蓉街小学', kind: 'SCHOOL' });
  const need = t.need(community.org, { title: '课后托管', category: 'CHILD_CARE', quantity: 40, unitOfMeasure: 'HOURS' });
  for (let i = 0; i < 5; i++) t.member(community.org, { name: `党员${i}` });

  beforeAll(async () => {
    stack = await startTestStack({ production: true, territory: t });
    token = await tokensFor(stack.auth).forOrganization('COMMUNITY_ADMIN', community.org);
  });
  afterAll(() => stack?.stop());

  const raw = (url: string, body: string, headers: Record<string, string> = {}) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const codeOf = async (response: Response) => ((await response.json()) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code;

  /** A digest of every document in every database: equal before and after means nothing changed. */
  async function fingerprint(): Promise<string> {
    const hash = createHash('sha256');
    for (const db of Object.values(stack.databases)) {
      const collections = (await db.connection.db!.listCollections().toArray()).map((c) => c.name).sort();
      for (const name of collections) {
        const docs = await db.connection.db!.collection(name).find({}).sort({ _id: 1 }).toArray();
        hash.update(name + JSON.stringify(docs));
      }
    }
    return hash.digest('hex');
  }

  it('refuses a query nested too deep', async () => {
    let selection = 'id';
    for (let i = 0; i < 14; i++) selection = `parent { ${selection} }`;
    const response = await stack.query(`{ organization(id: "${String(community.org._id)}") { ${selection} } }`);
    expect(response.errors?.[0].extensions?.code).toBe('DEPTH_LIMIT');
  });

  it('refuses too many aliases', async () => {
    const fields = Array.from({ length: 40 }, (_, i) => `a${i}: organization(id: "${String(street._id)}") { id }`).join(' ');
    expect((await stack.query(`{ ${fields} }`)).errors?.[0].extensions?.code).toBe('ALIAS_LIMIT');
  });

  it('refuses a query whose pages multiply beyond the cost limit, counting `first` from variables too', async () => {
    const query = `query($n: Int!) { organizations(first: $n) { nodes { children(first: $n) { nodes { members(first: $n) { nodes { name employer { name } } } } } } } }`;
    expect((await stack.query(query, { n: 100 }, token)).errors?.[0].extensions?.code).toBe('COST_LIMIT');
    expect((await stack.query(query, { n: 5 }, token)).errors).toBeUndefined();
  });

  it('measures a document of doubling fragment spreads in linear time and refuses it at once', async () => {
    // 24 lines, about 1 kB: expanded, 2^24 copies of the innermost field.
    let document = 'query { ...F24 }\nfragment F0 on Query { organizations(first: 1) { nodes { id } } }\n';
    for (let i = 1; i <= 24; i++) document += `fragment F${i} on Query { ...F${i - 1} ...F${i - 1} }\n`;
    const started = Date.now();
    const response = await stack.query(document);
    expect(response.errors?.[0].extensions?.code).toBe('COST_LIMIT');
    expect(Date.now() - started).toBeLessThan(2_000);
    // The servers are free for the next request.
    expect((await stack.query(`{ organization(id: "${String(street._id)}") { id } }`)).data).toBeTruthy();
  });

  it('holds the same limits at a subgraph reached directly, and caps the entities one request may ask for', async () => {
    let selection = 'id';
    for (let i = 0; i < 14; i++) selection = `parent { ${selection} }`;
    const deep = await stack.querySubgraph('organizations', `{ organization(id: "${String(community.org._id)}") { ${selection} } }`);
    expect(deep.errors?.[0].extensions?.code).toBe('DEPTH_LIMIT');
    const representations = Array.from({ length: 10_001 }, () => ({ __typename: 'Organization', id: String(street._id) }));
    const many = await stack.querySubgraph('organizations', 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Organization { id } } }', { r: representations });
    expect(many.errors?.[0].extensions?.code).toBe('ENTITIES_LIMIT');
    const few = await stack.querySubgraph<{ _entities: unknown[] }>('organizations', 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Organization { id } } }', { r: representations.slice(0, 50) });
    expect(few.data?._entities).toHaveLength(50);
  });

  it('answers a malformed DateTime as the caller\'s mistake, in a variable or inline', async () => {
    const statistics = (from: string) => `statistics(from: ${from}, to: "2027-01-01T00:00:00Z") { claims { total } }`;
    for (const value of ['2026-13-45', '2026-02-30T00:00:00Z', 'yesterday', 12]) {
      const asVariable = await stack.query(`query($f: DateTime!) { organization(id: "${String(street._id)}") { ${statistics('$f')} } }`, { f: value }, token);
      expect([value, asVariable.errors?.[0].extensions?.code]).toEqual([value, 'BAD_USER_INPUT']);
      expect(asVariable.errors?.[0].message).toMatch(/DateTime/);
      const inline = await stack.query(`{ organization(id: "${String(street._id)}") { ${statistics(JSON.stringify(value))} } }`, undefined, token);
      expect([value, inline.errors?.[0].extensions?.code]).toEqual([value, 'BAD_USER_INPUT']);
    }
  });

  it('shows anonymous callers the public face of an organisation only', async () => {
    const org = String(community.org._id);
    const publicFace = await stack.query<{ organization: { name: string } | null }, Record<string, never>>(`{ organization(id: "${org}") { name kind parent { name } } }`);
    expect(publicFace.data?.organization).toMatchObject({ name: community.org.name });
    for (const [what, selection] of [
      ['roster', 'members(first: 5) { nodes { name category } }'],
      ['committee seats', 'bigPartyCommittee { role member { name } }'],
      ['grading', 'grading { level }'],
      ['gradings', 'gradings { level }'],
    ]) {
      const response = await stack.query(`{ organization(id: "${org}") { ${selection} } }`);
      expect([what, response.errors?.[0]?.extensions?.code]).toEqual([what, 'UNAUTHENTICATED']);
    }
    const byGrade = await stack.query('{ organizations(grading: LAGGING, first: 5) { nodes { name } } }');
    expect(byGrade.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // Signed in, the same fields answer.
    expect((await stack.query(`{ organization(id: "${org}") { members(first: 5) { nodes { name } } bigPartyCommittee { role } grading { level } } }`, undefined, token)).errors).toBeUndefined();
  });

  it('counts aliases of introspection fields', async () => {
    const aliases = Array.from({ length: 40 }, (_, i) => `t${i}: __typename`).join(' ');
    expect((await stack.query(`{ ${aliases} }`)).errors?.[0].extensions?.code).toBe('ALIAS_LIMIT');
  });

  it('requires `first` on every list and caps it', async () => {
    const missing = await stack.query(`{ organizations { nodes { id } } }`);
    expect(missing.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await stack.query(`{ organizations(first: 1000) { nodes { id } } }`)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses batched operations, oversized bodies, too many tokens and malformed JSON', async () => {
    const batch = await raw(stack.gatewayUrl, JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]));
    expect(batch.status).toBe(400);
    const big = await raw(stack.gatewayUrl, JSON.stringify({ query: '{ __typename }', variables: { x: 'x'.repeat(200_000) } }));
    expect(big.status).toBe(413);
    expect(await codeOf(big)).toBe('REQUEST_TOO_LARGE');
    const tokens = await raw(stack.gatewayUrl, JSON.stringify({ query: `{ ${'__typename '.repeat(6000)} }` }));
    expect(tokens.status).toBe(400);
    expect(JSON.stringify(await tokens.json())).toMatch(/more that 5000 tokens/);
    const malformed = await raw(stack.gatewayUrl, '{"query": "{ __typename }"');
    expect(malformed.status).toBe(400);
    expect(await codeOf(malformed)).toBe('BAD_REQUEST');
  });

  it('turns off introspection and field suggestions in production', async () => {
    const introspection = await stack.query('{ __schema { types { name } } }');
    expect(introspection.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const typo = await stack.query('{ organizaton(id: "x") { id } }');
    expect(typo.errors?.[0].message).not.toMatch(/Did you mean/);
  });

  it('rejects operators smuggled into filters and wrong types, with typed errors', async () => {
    for (const [query, variables] of [
      ['query($id: ID!) { need(id: $id) { id } }', { id: { $ne: null } }],
      ['query($k: OrganizationKind) { organizations(kind: $k, first: 5) { nodes { id } } }', { k: 'GRID; db.dropDatabase()' }],
      ['query($w: ID) { organizations(within: $w, first: 5) { nodes { id } } }', { w: { $where: 'sleep(1000)' } }],
      ['query($f: Int!) { organizations(first: $f) { nodes { id } } }', { f: '5' }],
    ] as const) {
      const response = await stack.query(query, variables, token);
      expect(response.errors?.[0].extensions?.code).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
    }
    const id = await stack.query(`{ organizations(within: "{\\"$ne\\": null}", first: 5) { nodes { id } } }`);
    expect(id.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('survives hundreds of generated malformed requests: every answer is an error, nothing changes, every server still answers', async () => {
    const before = await fingerprint();
    const rnd = new Random(7);
    const valid = [
      `{ organization(id: "${String(community.org._id)}") { name members(first: 3) { nodes { name } } } }`,
      `mutation { claimItem(input: { itemId: "${String(need._id)}", quantity: 1 }) { errors { code } } }`,
      `mutation { registerResidentUnit(input: { communityId: "${String(community.org._id)}", name: "X", kind: SCHOOL }) { errors { code } } }`,
      `{ residentUnit(id: "${String(unit._id)}") { name contact { phone } } }`,
    ];
    const junk = ['{', '}', '(', ')', '$', '"', '\\\\', '\u0000', '$where', '{"$gt": ""}', '__proto__', '💥', 'null', '-1e309', '9'.repeat(400)];
    const mutate = (text: string) => {
      const chars = [...text];
      for (let i = 0, n = rnd.int(1, 6); i < n; i++) {
        const at = rnd.int(0, chars.length);
        if (rnd.chance(0.5)) chars.splice(at, rnd.int(1, 5));
        else chars.splice(at, 0, rnd.pick(junk));
      }
      return chars.join('');
    };
    const targets = [stack.gatewayUrl, ...Object.values(stack.subgraphUrls)];
    const bodies: string[] = [];
    for (let i = 0; i < 300; i++) {
      const query = mutate(rnd.pick(valid));
      const shape = rnd.int(0, 5);
      bodies.push(
        shape === 0
          ? mutate(JSON.stringify({ query }))
          : shape === 1
            ? JSON.stringify({ query: rnd.pick(valid), variables: { id: { $ne: 1 }, input: [1, 2, 3], x: 'y'.repeat(rnd.int(0, 5000)) } })
            : shape === 2
              ? JSON.stringify({ query: 123, operationName: { a: 1 } })
              : JSON.stringify({ query }),
      );
    }
    const statuses = await Promise.all(
      bodies.map(async (body, i) => {
        const response = await raw(targets[i % targets.length], body, rnd.chance(0.3) ? { authorization: `Bearer ${token}` } : {});
        const text = await response.text();
        // Every answer is JSON; a mangled mutation never succeeds.
        const parsed = JSON.parse(text) as { errors?: unknown[]; data?: Record<string, { errors?: unknown[] } | null> };
        const mutationSucceeded = Object.values(parsed.data ?? {}).some((v) => v && Array.isArray(v.errors) && v.errors.length === 0);
        return { status: response.status, mutationSucceeded };
      }),
    );
    expect(statuses.filter((s) => s.status >= 500)).toEqual([]);
    expect(statuses.filter((s) => s.mutationSucceeded)).toEqual([]);
    expect(await fingerprint()).toBe(before);
    for (const url of targets) expect((await fetch(url.replace(/\/graphql$/, '/health'))).status).toBe(200);
  });
});
