/**
 * `npm run bench`: the whole stack on a realistic territory, on loopback,
 * bounded in time. For four representative operations it reports requests/s,
 * p50 and p99 latency and the process's memory through this project's
 * gateway (@apollo/gateway), through Hive Gateway on the same subgraphs (its
 * request de-duplication off, for a fair comparison) and, for the lookup by
 * id, straight to the subgraph — all in the same run, as ratios. Writes the
 * report to docs/benchmarks/gateway.md.
 *
 * The gateway, each subgraph and Hive Gateway run in processes of their own (as deployed); this
 * process only generates the load. All share this machine's two cores: compare the ratios.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Authenticator } from '../platform/auth/tokens';
import { parseConfig } from '../platform/server/config';
import { freePort, startFerretDB } from '../platform/data/ferretdb';
import { runEntry, startProcesses } from '../scripts/processes';
import { connectDatabases, graphModels } from '../scripts/stack';
import { territory } from './territory';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 6);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 8);

interface Result {
  requests: number;
  errors: number;
  rps: number;
  p50: number;
  p99: number;
}

/** A closed loop of `CONNECTIONS` clients for `SECONDS` seconds (after a one-second warm-up). */
async function load(url: string, body: (i: number) => string, token: (i: number) => string, connections = CONNECTIONS, seconds = SECONDS): Promise<Result> {
  const latencies: number[] = [];
  let errors = 0;
  let counter = 0;
  const run = async (until: number, record: boolean) => {
    await Promise.all(
      Array.from({ length: connections }, async () => {
        while (Date.now() < until) {
          const i = counter++;
          const started = performance.now();
          const headers = { 'content-type': 'application/json', authorization: `Bearer ${token(i)}` };
          // A request still running at the end of the run is cut off and counted as an error: the run is bounded.
          const outcome = await fetch(url, { method: 'POST', headers, body: body(i), signal: AbortSignal.timeout(Math.max(1, until - Date.now()) + 2_000) })
            .then(async (response) => response.ok && !((await response.json()) as { errors?: unknown[] }).errors)
            .catch(() => false);
          if (record) {
            latencies.push(performance.now() - started);
            if (!outcome) errors++;
          }
        }
      }),
    );
  };
  await run(Date.now() + 1_000, false);
  const started = Date.now();
  await run(started + seconds * 1_000, true);
  const elapsed = (Date.now() - started) / 1_000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  return { requests: latencies.length, errors, rps: latencies.length / elapsed, p50: at(0.5), p99: at(0.99) };
}

/**
 * Runs each target's load twice, alternating (A B A B), and keeps each target's better run: on a shared
 * two-core machine a target that happens to run while the database settles, or while something else
 * wakes up, would otherwise carry that noise alone.
 */
async function alternate(runs: (() => Promise<Result>)[]): Promise<Result[]> {
  const best: Result[] = [];
  for (let round = 0; round < 2; round++) {
    for (const [i, run] of runs.entries()) {
      const r = await run();
      if (!best[i] || r.rps > best[i].rps) best[i] = r;
    }
  }
  return best;
}

/** Waits until a GraphQL endpoint answers (a process just started). */
async function waitFor(url: string) {
  for (let i = 0; i < 300; i++) {
    const ok = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' }).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer within a minute`);
}

async function main() {
  const progress = (line: string) => process.stderr.write(`${line}\n`);
  // MONGODB_URI runs it on a MongoDB of your own; otherwise on the embedded FerretDB, in a fresh folder.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coop-bench-'));
  // BENCH_POSTGRESQL_URL puts the embedded FerretDB on its PostgreSQL backend (PostgreSQL runs on this machine kind).
  const postgresqlUrl = process.env.BENCH_POSTGRESQL_URL;
  const db = process.env.MONGODB_URI ? null : await startFerretDB({ dataDir, progress, postgresqlUrl });
  const uri = process.env.MONGODB_URI ?? db!.uri;
  const secret = 'bench-secret-of-at-least-32-characters!!';
  const config = parseConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent', DB_PREFIX: 'bench', JWT_SECRET: secret, GATEWAY_MAX_COST: '1000000' });
  const databases = await connectDatabases(config, uri);
  const { t, street, communities, units, needs } = territory();
  progress(`Seeding ${t.organizations.length} organisations, ${t.units.length} units, ${t.members.length} members, ${t.items.length} needs and offers…`);
  await t.save(graphModels(databases));
  await Promise.all(Object.values(databases).map((d) => d.close()));
  // Gateway, subgraphs and Hive Gateway each in a process of its own; this one only generates load.
  const env = { NODE_ENV: 'production', LOG_LEVEL: 'silent', DB_PREFIX: 'bench', JWT_SECRET: secret, GATEWAY_MAX_COST: '1000000', REQUEST_SWEEP_SECONDS: '0', RATE_LIMIT_PER_PRINCIPAL: '0', RATE_LIMIT_PER_ADDRESS: '0' };
  const stack = await startProcesses({ mongoUri: uri, host: '127.0.0.1', env, output: 'ignore' });
  const hivePort = await freePort();
  const hiveEnv = { ...env, ...Object.fromEntries(Object.entries(stack.subgraphUrls).map(([n, url]) => [`${n.toUpperCase().replace('-', '_')}_URL`, url])) };
  // (Hive's own logger reads LOG_LEVEL too, and knows no `silent`.)
  const hive = runEntry('bench/hive.ts', { ...hiveEnv, LOG_LEVEL: 'error', HIVE_PORT: String(hivePort) }, 'ignore');
  const hiveUrl = `http://127.0.0.1:${hivePort}/graphql`;
  await waitFor(hiveUrl);

  const auth = new Authenticator(secret);
  const path_ = (o: { _id: unknown; ancestorIds: unknown[] }) => [...o.ancestorIds, o._id].map(String);
  const streetToken = await auth.issue({ subject: 'bench:street', role: 'STREET_ADMIN', scopeId: String(street._id), territory: path_(street) });
  const q = (query: string, variables: object) => () => JSON.stringify({ query, variables });
  const community = String(communities[0].org._id);
  const scenarios = [
    {
      name: '(1) one organisation by id',
      body: q('query($id: ID!) { organization(id: $id) { id name kind territoryCode } }', { id: community }),
      direct: true,
      connections: CONNECTIONS,
    },
    {
      name: "(2) a community's big Party committee view",
      body: q(
        `query($id: ID!) { organization(id: $id) { name
          bigPartyCommittee { role partTime member { name } unit { name kind } }
          needs(first: 10) { nodes { title remainingQuantity claims(first: 5) { nodes { status claimant { ... on ResidentUnit { name kind } } } } } }
          residentUnits(first: 10) { nodes { name kind offers(first: 3) { nodes { title remainingQuantity } } } }
          members(first: 10) { nodes { name employer { name } } } } }`,
        { id: community },
      ),
      // The issue's target is the latency one committee member sees: one client.
      connections: 1,
    },
    {
      name: '(3) a page of 50 open needs with claimants',
      body: q(
        `query($id: ID!) { organization(id: $id) { needs(inTerritory: true, first: 50) { nodes { title remainingQuantity
          claims(first: 5) { nodes { quantity status claimant { ... on ResidentUnit { name kind } } } } } } } }`,
        { id: String(street._id) },
      ),
      connections: 1,
    },
    {
      name: '(5) the statistics dashboard of the street',
      body: q(
        `query($id: ID!, $from: DateTime!, $to: DateTime!) { organization(id: $id) { name statistics(from: $from, to: $to) {
          lists { list published claimed claimRate fulfilled medianHoursToClaim medianHoursToFulfil } claims { total byStatus { status count } }
          requests { received resolved onTimeRate satisfactionRate overdueNow } unitRanking(first: 10) { rank unit { name } deliveredClaims }
          coverage { category needs quantity accepted delivered } volunteerHoursByCategory { category hours } volunteerHoursByEmployer(first: 10) { hours employer { name } } } } }`,
        { id: String(street._id), from: `${new Date().getFullYear() - 1}-01-01T00:00:00Z`, to: `${new Date().getFullYear() + 1}-01-01T00:00:00Z` },
      ),
      connections: 1,
      // Seconds a request: a longer run, so that requests complete rather than being cut off.
      seconds: 30,
    },
  ];

  const rows: string[] = [];
  const say = (line: string) => {
    process.stdout.write(`${line}\n`);
    rows.push(line);
  };
  say('# Gateway benchmark');
  say('');
  say(`${new Date().toISOString().slice(0, 10)} · ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'} · ${Math.round(os.totalmem() / 2 ** 30)} GiB · Node ${process.version}`);
  say(`Territory: 1 street, 12 communities, 150 grids, ${units.length} units, 10,000 members, 5,000 needs, 3,000 offers, on ${db ? `the embedded FerretDB (${postgresqlUrl ? 'PostgreSQL' : 'SQLite'} backend)` : 'MongoDB (MONGODB_URI)'}.`);
  say(`Load: ${CONNECTIONS} concurrent clients unless said, ${SECONDS} s per run (30 s for the dashboard, whose requests take seconds) after a 1 s warm-up, each target twice in alternation (the better run shown), loopback; the gateway, each subgraph, Hive Gateway and the load generator each in a process of its own.`);
  say('');
  say('| operation | target | requests/s | p50 ms | p99 ms | errors | ratio to this project\'s gateway |');
  say('|---|---|---|---|---|---|---|');
  const line = (name: string, target: string, r: Result, base?: Result) =>
    say(`| ${name} | ${target} | ${r.rps.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.errors} | ${base ? `${(r.rps / base.rps).toFixed(2)}× req/s` : '1.00×'} |`);

  const asStreet = () => streetToken;
  // BENCH_ONLY=2,3 runs just those rows (the claims are row 4).
  const only = process.env.BENCH_ONLY?.split(',').map((n) => `(${n.trim()})`);
  const wanted = (name: string) => !only || only.some((n) => name.startsWith(n));
  // (4) Claims under concurrency, before the read-heavy runs whose cut-off requests may still occupy the
  // database for a while: each request is one unit claiming one place of a need.
  if (wanted('(4)')) {
    progress('(4) claims…');
    const unitTokens = await Promise.all(units.slice(0, 400).map((u) => auth.issue({ subject: `bench:${String(u._id)}`, role: 'UNIT_ADMIN', scopeId: String(u._id), territory: u.territoryPath.map(String) })));
    const claimBody = (offset: number) => (i: number) =>
      JSON.stringify({
        query: 'mutation($id: ID!) { claimItem(input: { itemId: $id, quantity: 1 }) { claim { id } errors { code } } }',
        variables: { id: String(needs[offset + (i % 1_000)]._id) },
      });
    // Many claimants (400 units, round robin) on 1,000 needs a run: as in a real rush, with contention.
    const asUnit = (i: number) => unitTokens[i % unitTokens.length];
    // Each run on 1,000 needs of its own, in the order the runs take place.
    let run = 0;
    const claimLoad = (url: string) => () => load(url, claimBody(1_000 * run++), asUnit);
    const [apolloClaims, hiveClaims] = await alternate([claimLoad(stack.gatewayUrl), claimLoad(hiveUrl)]);
    line(`(4) claim mutations · ${CONNECTIONS} clients`, '@apollo/gateway', apolloClaims);
    line(`(4) claim mutations · ${CONNECTIONS} clients`, 'Hive Gateway', hiveClaims, apolloClaims);
  }

  for (const s of scenarios.filter((x) => wanted(x.name))) {
    progress(`${s.name}…`);
    const targets: [string, string][] = [['@apollo/gateway', stack.gatewayUrl], ['Hive Gateway', hiveUrl]];
    if (s.direct) targets.push(['subgraph, direct', stack.subgraphUrls.organizations]);
    const results = await alternate(targets.map(([, url]) => () => load(url, s.body, asStreet, s.connections, 'seconds' in s ? s.seconds : SECONDS)));
    targets.forEach(([target], i) => line(`${s.name} · ${s.connections} clients`, target, results[i], i ? results[0] : undefined));
  }

  say('');
  say("Ratios above 1 mean faster than this project's gateway. Errors count GraphQL errors and requests cut off at the end of a run (user errors of claims, such as ALREADY_CLAIMED, are data, not errors).");
  say('');
  say('Reading these figures: the embedded FerretDB is the project\'s build (tools/ferretdb/_patch), which answers the');
  say('graph\'s filters and sorts from SQLite\'s indexes (see docs/benchmarks/database.md for the queries alone, against the');
  say('unchanged v1.24.2 in the same run). The graph issues the same few batched queries per operation at any size (see');
  say('test/e2e/performance.test.ts). Load generator, gateways, subgraphs and database share two cores: compare ratios.');
  say('');
  say('Row (5) aggregates every item of the street in each of its figures. The project’s FerretDB build answers the lists and the coverage with one SQLite GROUP BY (docs/benchmarks/database.md: 5.4 s → 0.9 s and 3.9 s → 0.5 s at the database); the figures matched by territory path (claims, requests, ranking, hours: arrays) are still grouped in Go, decoding each matched document (about 0.1 ms each here), and SQLite parses each stored document’s JSON for the rest. Both gateways wait on the same subgraphs here.');
  const file = path.join(__dirname, '..', 'docs', 'benchmarks', postgresqlUrl ? 'gateway-postgresql.md' : 'gateway.md');
  if (only) progress('BENCH_ONLY: a partial run, the report is not written');
  else {
    fs.writeFileSync(file, `${rows.join('\n')}\n`);
    progress(`written to ${path.relative(process.cwd(), file)}`);
  }

  hive.kill('SIGTERM');
  await stack.stop();
  const cleanup = await connectDatabases(config, uri);
  await Promise.all(Object.values(cleanup).map(async (d) => {
    await d.connection.dropDatabase();
    await d.close();
  }));
  await db?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
