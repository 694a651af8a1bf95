import { execFileSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { freePort, stopProcess } from '../../platform/data/ferretdb';
import { runEntry } from '../../scripts/processes';
import { TerritoryBuilder } from '../../seed/builder';
import { Random } from '../../seed/random';
import { tokensFor } from '../support/principals';
import { startTestStack, TEST_JWT_SECRET, type TestStack } from '../support/stack';

/**
 * Random hostile documents against the gateway, run as it is deployed: in a process of its own, so that
 * its memory is its own. Nested lists with and without `first`, huge `first`s (literal and in variables),
 * computed fields, fragments spread many times and doubling, aliases and `__typename` aliases. Every
 * document is answered — executed, or refused with a limit's code — within a time bound, and the
 * gateway's peak memory barely moves: whatever the limits let through is cheap.
 */
const DOCUMENTS = 300;
const CONCURRENCY = 2;
/** Most one answer may take (the territory is small: anything accepted is quick; anything slow got through a limit). */
const ANSWER_BOUND_MS = 3_000;
/** Most the gateway's peak resident memory may grow over the whole run. */
const PEAK_GROWTH_BOUND_MB = 100;
const LIMIT_CODES = ['COST_LIMIT', 'DEPTH_LIMIT', 'ALIAS_LIMIT', 'TOKEN_LIMIT'];

describe('request limits under random hostile documents', () => {
  let stack: TestStack;
  let gateway: ChildProcess;
  let gatewayUrl: string;
  let token: string;
  const t = new TerritoryBuilder();
  const street = t.street('泉城路街道党工委');
  const communities = ['芙蓉街', '曲水亭', '百花洲'].map((name) => t.community(street, `${name}社区党委`).withGrids(2));
  const units = communities.flatMap((c, ci) => Array.from({ length: 6 }, (_, i) => t.unit(c.org, { name: `${ci}号单位${i}`, kind: 'PRIVATE_ENTERPRISE' })));
  const members = communities.flatMap((c, ci) => Array.from({ length: 16 }, (_, i) => t.member(c.org, { name: `${ci}号党员${i}`, category: 'EMPLOYED', employerId: units[ci * 6 + (i % 6)]._id })));
  // Sixteen seats a committee: a chain of committees four deep is 16^4 seats if nothing counts it.
  communities.forEach((c, ci) => members.slice(ci * 16, ci * 16 + 16).forEach((m, i) => t.seat(c.org, m, { role: i ? 'MEMBER' : 'SECRETARY', ...(i > 1 ? { unitId: units[ci * 6 + (i % 6)]._id } : {}) })));
  const needs = communities.flatMap((c) => Array.from({ length: 5 }, (_, i) => t.need(c.org, { title: `需求${i}`, category: 'VOLUNTEERS', quantity: 10, unitOfMeasure: 'PEOPLE', visibility: 'STREET' })));
  units.forEach((u, i) => t.offer(u, { title: `资源${i}`, category: 'VOLUNTEERS', capacity: 5, unitOfMeasure: 'PEOPLE' }));
  needs.forEach((need, i) => t.claim(need, { type: 'RESIDENT_UNIT', id: units[i % units.length]._id }, 1, 'ACCEPTED'));

  beforeAll(async () => {
    stack = await startTestStack({ production: true, territory: t });
    token = await tokensFor(stack.auth).forOrganization('STREET_ADMIN', street);
    const port = await freePort();
    const urls = Object.fromEntries(Object.entries(stack.subgraphUrls).map(([name, url]) => [`${name.toUpperCase().replace('-', '_')}_URL`, url]));
    gateway = runEntry(
      'gateway/index.ts',
      { ...urls, NODE_ENV: 'production', LOG_LEVEL: 'silent', HOST: '127.0.0.1', GATEWAY_PORT: String(port), JWT_SECRET: TEST_JWT_SECRET, RATE_LIMIT_PER_PRINCIPAL: '0', RATE_LIMIT_PER_ADDRESS: '0' },
      'ignore',
    );
    gatewayUrl = `http://127.0.0.1:${port}/graphql`;
    for (let started = Date.now(); ; ) {
      if (await fetch(gatewayUrl.replace(/graphql$/, 'health')).then((r) => r.ok, () => false)) break;
      if (gateway.exitCode !== null || Date.now() - started > 30_000) throw new Error('the gateway process did not start');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });
  afterAll(async () => {
    if (gateway) await stopProcess(gateway);
    await stack?.stop();
  });

  /** Peak and current resident memory of a process, in MB (Linux's /proc; `ps` gives the current only). */
  const memoryOf = (pid: number): { peak: number; rss: number } => {
    try {
      const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
      const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
      return { peak: kb('VmHWM') / 1024, rss: kb('VmRSS') / 1024 };
    } catch {
      const rss = Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).trim()) / 1024;
      return { peak: rss, rss };
    }
  };

  /** One random document with its variables: valid against the schema, hostile in shape. */
  function generate(rnd: Random): { query: string; variables: Record<string, unknown> } {
    const fragments: string[] = [];
    const variables: Record<string, unknown> = {};
    let aliases = 0;
    const huge = () => rnd.pick([1, 3, 10, 50, 100, 1_000, 100_000, 2_147_483_647]);
    const first = () => {
      if (!rnd.chance(0.2)) return String(huge());
      const name = `f${Object.keys(variables).length}`;
      variables[name] = huge();
      return `$${name}`;
    };
    const id = (items: { _id: unknown }[]) => `"${String(rnd.pick(items)._id)}"`;
    const period = `from: "2026-01-01T00:00:00Z", to: "2027-01-01T00:00:00Z"`;
    const typenames = () => Array.from({ length: rnd.int(1, rnd.chance(0.1) ? 40 : 4) }, () => `t${aliases++}: __typename`).join(' ');

    type Choice = [weight: number, make: (depth: number) => string];
    const types: Record<string, { leaves: string[]; nested: Choice[] }> = {
      Organization: {
        leaves: ['name', 'kind', 'territoryCode', 'volunteerHours(year: 2026)'],
        nested: [
          [2, (d) => `parent { ${sel('Organization', d)} }`],
          [3, (d) => `ancestors { ${sel('Organization', d)} }`],
          [3, (d) => `children(first: ${first()}) { nodes { ${sel('Organization', d)} } }`],
          [5, (d) => `bigPartyCommittee { ${sel('CommitteeSeat', d)} }`],
          [2, (d) => `members(first: ${first()}) { nodes { ${sel('Member', d)} } }`],
          [2, (d) => `residentUnits(first: ${first()}) { edges { node { ${sel('ResidentUnit', d)} } } }`],
          [2, (d) => `needs(first: ${first()}) { nodes { ${sel('Need', d)} } }`],
          [2, () => `statistics(${period}) { ${sel('Statistics', 0)} }`],
          [1, () => 'gradings { level year }'],
        ],
      },
      CommitteeSeat: {
        leaves: ['role', 'partTime', 'termStart'],
        nested: [
          [5, (d) => `organization { ${sel('Organization', d)} }`],
          [2, (d) => `member { ${sel('Member', d)} }`],
          [2, (d) => `unit { ${sel('ResidentUnit', d)} }`],
        ],
      },
      Member: {
        leaves: ['name', 'category', 'volunteerHours(year: 2026)'],
        nested: [
          [2, (d) => `organization { ${sel('Organization', d)} }`],
          [2, (d) => `employer { ${sel('ResidentUnit', d)} }`],
          [1, () => 'posts { title }'],
          [1, (d) => `claimsMade(first: ${first()}) { nodes { ${sel('Claim', d)} } }`],
        ],
      },
      ResidentUnit: {
        leaves: ['name', 'kind', 'capabilities'],
        nested: [
          [2, (d) => `community { ${sel('Organization', d)} }`],
          [2, (d) => `offers(first: ${first()}) { nodes { ${sel('Offer', d)} } }`],
          [2, (d) => `employedMembers(first: ${first()}) { nodes { ${sel('Member', d)} } }`],
          [1, () => 'evaluations { score }'],
        ],
      },
      Need: {
        leaves: ['title', 'remainingQuantity', 'status'],
        nested: [
          [2, (d) => `claims(first: ${first()}) { nodes { ${sel('Claim', d)} } }`],
          [3, (d) => `suggestedOffers(first: ${first()}) { score offer { ${sel('Offer', d)} } }`],
          [1, (d) => `postedBy { ${member(['Organization', 'ResidentUnit'], d)} }`],
        ],
      },
      Offer: {
        leaves: ['title', 'remainingQuantity'],
        nested: [
          [2, (d) => `suggestedNeeds(first: ${first()}) { score need { ${sel('Need', d)} } }`],
          [1, (d) => `provider { ... on ResidentUnit { ${sel('ResidentUnit', d)} } }`],
          [1, (d) => `claims(first: ${first()}) { nodes { ${sel('Claim', d)} } }`],
        ],
      },
      Claim: {
        leaves: ['status', 'quantity'],
        nested: [
          [2, (d) => `claimant { ${member(['Member', 'ResidentUnit', 'Organization'], d)} }`],
          [1, (d) => `item { ${member(['Need', 'Offer'], d)} }`],
        ],
      },
      Statistics: {
        leaves: ['lists { list published }', 'claims { total }', 'coverage { needs }', 'volunteerHoursByCategory { hours }', 'unitRanking(first: 5) { rank }'],
        nested: [],
      },
    };

    /** One member of a union or interface (two would need their fields' types to agree, or validation fails). */
    const member = (names: string[], depth: number) => {
      const name = rnd.pick(names);
      return `... on ${name} { ${sel(name, depth)} }`;
    };

    /** A selection of `type`, `depth` more levels of nested lists at most. */
    function sel(type: string, depth: number): string {
      const { leaves, nested } = types[type];
      const parts = rnd.some(leaves, rnd.int(1, 2));
      if (depth > 0 && nested.length) {
        const total = nested.reduce((n, [w]) => n + w, 0);
        const picked = new Set<Choice>();
        for (let i = rnd.int(1, 2); i > 0; i--) {
          let r = rnd.next() * total;
          picked.add(nested.find(([w]) => (r -= w) < 0) ?? nested[0]);
        }
        for (const [, make] of picked) {
          const field = make(depth - 1);
          parts.push(field);
          // The same field again under other names: aliases multiply work without adding depth.
          if (rnd.chance(0.1)) for (let k = rnd.int(1, 4); k > 0; k--) parts.push(`a${aliases++}: ${field}`);
        }
      }
      if (rnd.chance(0.1)) parts.push(typenames());
      const body = parts.join(' ');
      // Put the selection in a fragment, spread once or several times (the same fields merge).
      if (rnd.chance(0.25)) {
        const name = `F${fragments.length}`;
        fragments.push(`fragment ${name} on ${type} { ${body} }`);
        return Array.from({ length: rnd.int(1, 3) }, () => `...${name}`).join(' ');
      }
      return body;
    }

    const roots: (() => string)[] = [
      () => `organization(id: ${id(communities.map((c) => c.org))}) { ${sel('Organization', rnd.int(1, 6))} }`,
      () => `organizations(first: ${first()}) { nodes { ${sel('Organization', rnd.int(1, 5))} } }`,
      () => `need(id: ${id(needs)}) { ${sel('Need', rnd.int(1, 5))} }`,
      () => `residentUnit(id: ${id(units)}) { ${sel('ResidentUnit', rnd.int(1, 5))} }`,
      () => `member(id: ${id(members)}) { ${sel('Member', rnd.int(1, 5))} }`,
    ];
    let selection = Array.from({ length: rnd.int(1, 3) }, (_, i) => `r${i}: ${rnd.pick(roots)()}`).join(' ');
    // Sometimes the doubling fragments: 2^n copies of the selection when expanded.
    if (rnd.chance(0.1)) {
      const levels = rnd.int(2, 24);
      fragments.push(`fragment D0 on Query { ${selection} }`);
      for (let i = 1; i <= levels; i++) fragments.push(`fragment D${i} on Query { ...D${i - 1} ...D${i - 1} }`);
      selection = `...D${levels}`;
    }
    const declared = Object.keys(variables).map((name) => `$${name}: Int!`);
    const query = `query Fuzz${declared.length ? `(${declared.join(', ')})` : ''} { ${selection} }\n${fragments.join('\n')}`;
    return { query, variables };
  }

  it(`answers ${DOCUMENTS} random hostile documents within ${ANSWER_BOUND_MS} ms each, the gateway's peak memory bounded`, async () => {
    const rnd = new Random(15);
    const documents = Array.from({ length: DOCUMENTS }, () => generate(rnd));
    // Warm up with ordinary requests, then take the gateway's peak so far as the baseline.
    for (let i = 0; i < 20; i++) {
      await fetch(gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: `{ organization(id: "${String(communities[i % 3].org._id)}") { name bigPartyCommittee { role member { name } } needs(first: 5) { nodes { title } } } }` }) });
    }
    const before = memoryOf(gateway.pid!);

    const results: { ms: number; status: number; code?: string; refused: boolean }[] = [];
    const started = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < documents.length) {
          const i = next++;
          const at = performance.now();
          const response = await fetch(gatewayUrl, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...(i % 4 ? { authorization: `Bearer ${token}` } : {}) },
            body: JSON.stringify(documents[i]),
            signal: AbortSignal.timeout(30_000),
          });
          const body = (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
          const error = body.errors?.[0];
          // The token limit is enforced by the parser: its refusal is a parse error that names the limit.
          const code = error?.extensions?.code === 'GRAPHQL_PARSE_FAILED' && /tokens/.test(error.message) ? 'TOKEN_LIMIT' : error?.extensions?.code;
          results[i] = { ms: performance.now() - at, status: response.status, code, refused: !body.data && LIMIT_CODES.includes(code ?? '') };
        }
      }),
    );
    const total = performance.now() - started;
    const after = memoryOf(gateway.pid!);

    const slowest = results.map((r, i) => ({ ...r, i })).sort((a, b) => b.ms - a.ms);
    const sorted = results.map((r) => r.ms).sort((a, b) => a - b);
    const byCode = results.reduce<Record<string, number>>((n, r) => ({ ...n, [r.refused ? r.code! : r.code ? `executed, ${r.code}` : 'executed']: (n[r.refused ? r.code! : r.code ? `executed, ${r.code}` : 'executed'] ?? 0) + 1 }), {});
    process.stdout.write(
      `limits fuzz: ${DOCUMENTS} documents in ${total.toFixed(0)} ms; p50 ${sorted[sorted.length >> 1].toFixed(0)} ms, max ${slowest[0].ms.toFixed(0)} ms; ` +
        `gateway peak RSS ${before.peak.toFixed(0)} → ${after.peak.toFixed(0)} MB (RSS now ${after.rss.toFixed(0)} MB); ${JSON.stringify(byCode)}\n`,
    );

    // Every answer is a GraphQL answer; the generator writes valid documents, so none fails validation.
    expect(results.filter((r) => r.status >= 500)).toEqual([]);
    expect(results.filter((r) => ['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'INTERNAL_SERVER_ERROR'].includes(r.code ?? ''))).toEqual([]);
    // Both outcomes occur: the fuzz reaches execution, and it reaches every limit that counts work.
    expect(results.filter((r) => r.refused).length).toBeGreaterThan(DOCUMENTS / 10);
    expect(results.filter((r) => !r.refused).length).toBeGreaterThan(DOCUMENTS / 10);
    expect(results.some((r) => r.code === 'COST_LIMIT')).toBe(true);
    // Each within the bound (the slowest shown with its document when it fails).
    expect(slowest.filter((r) => r.ms > ANSWER_BOUND_MS).map((r) => ({ ms: Math.round(r.ms), ...documents[r.i] }))).toEqual([]);
    expect(after.peak - before.peak).toBeLessThan(PEAK_GROWTH_BOUND_MB);
  });
});
