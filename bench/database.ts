/**
 * `npm run bench:database`: the queries the graph's hot paths send, timed at the database, on the
 * project's FerretDB build and on the unchanged v1.24.2 module in the same run, each on a fresh data
 * folder holding the same street (10,000 members, 8,000 needs and offers, 1,250 claims; the models'
 * own indexes), and the street dashboard's aggregations. Reports the median and p90 of each query and the ratio stock / patched, with the
 * plan the patched build's explain gives, to docs/benchmarks/database.md.
 *
 * The servers, the driver and the load share this machine's two cores: compare the ratios.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Model } from 'mongoose';
import { parseConfig } from '../platform/server/config';
import { startFerretDB, type FerretDBBuild } from '../platform/data/ferretdb';
import { connectDatabases, graphModels } from '../scripts/stack';
import { countBy, distributionBy, totalsBy } from '../platform/data/totals';
import { STORED_ITEM_STATUSES } from '../subgraphs/services/models';
import { territory } from './territory';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);

interface Timing {
  median: number;
  p90: number;
  plan: string;
}

async function measure(build: FerretDBBuild, progress: (line: string) => void): Promise<Map<string, Timing>> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `coop-bench-db-${build}-`));
  const db = await startFerretDB({ dataDir, build, progress });
  try {
    const config = parseConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent', DB_PREFIX: 'bench', JWT_SECRET: 'bench-secret-of-at-least-32-characters!!' });
    const databases = await connectDatabases(config, db.uri);
    const models = graphModels(databases);
    const { t, street, communities, needs } = territory();
    progress(`${build}: seeding ${t.members.length} members, ${t.items.length} needs and offers, ${t.claims.length} claims…`);
    await t.save(models);
    for (const group of Object.values(models)) for (const model of Object.values(group) as Model<unknown>[]) await model.createIndexes();

    const members = t.members;
    const grid = communities[0].grids[0];
    const pick = <T,>(xs: T[], i: number) => xs[(i * 7919) % xs.length];
    const fifty = <T,>(xs: T[], i: number) => Array.from({ length: 50 }, (_, k) => pick(xs, i * 50 + k));
    // The street dashboard's aggregations (subgraphs/services/resolvers/Statistics.ts), as its helpers send them.
    const year = new Date().getFullYear();
    const items = { streetId: street._id, createdAt: { $gte: new Date(`${year - 1}-01-01T00:00:00Z`), $lt: new Date(`${year + 1}-01-01T00:00:00Z`) } };
    const published = STORED_ITEM_STATUSES.filter((x) => x !== 'DRAFT' && x !== 'CANCELLED');
    const needsIn = { ...items, kind: 'NEED', status: { $in: published } };
    const inTerritory = { territoryPath: street._id, createdAt: items.createdAt };
    const aggregate = (collection: string, match: object, group: object) => () => ({ aggregate: collection, pipeline: [{ $match: match }, { $group: group }], cursor: {} });
    const Item = models.services.Item;
    const queries: [string, (i: number) => Promise<unknown>, (i: number) => Record<string, unknown>][] = [
      ['member by `_id`', (i) => models.members.Member.findById(pick(members, i)._id).lean(), (i) => ({ find: 'members', filter: { _id: pick(members, i)._id } })],
      [
        'update a member by `_id`',
        (i) => models.members.Member.updateOne({ _id: pick(members, i)._id }, { $set: { phone: `1380000${String(i % 10_000).padStart(4, '0')}` } }),
        (i) => ({ find: 'members', filter: { _id: pick(members, i)._id } }),
      ],
      [
        'members by `_id $in` of 50',
        (i) => models.members.Member.find({ _id: { $in: fifty(members, i).map((m) => m._id) } }).lean(),
        (i) => ({ find: 'members', filter: { _id: { $in: fifty(members, i).map((m) => m._id) } } }),
      ],
      [
        'members of one organisation, page of 20',
        () => models.members.Member.find({ organizationId: grid._id }).sort({ _id: 1 }).limit(21).lean(),
        () => ({ find: 'members', filter: { organizationId: grid._id }, sort: { _id: 1 }, limit: 21 }),
      ],
      [
        'open needs of a street, page of 50',
        () => models.services.Item.find({ territoryPath: street._id, kind: 'NEED', status: 'OPEN' }).sort({ _id: 1 }).limit(51).lean(),
        () => ({ find: 'items', filter: { territoryPath: street._id, kind: 'NEED', status: 'OPEN' }, sort: { _id: 1 }, limit: 51 }),
      ],
      [
        'claims by `itemId $in` of 50',
        (i) => models.services.Claim.find({ itemId: { $in: fifty(needs, i).map((n) => n._id) } }).lean(),
        (i) => ({ find: 'claims', filter: { itemId: { $in: fifty(needs, i).map((n) => n._id) } } }),
      ],
      [
        'dashboard lists: items of the street by list and status',
        () => countBy(Item, items, { kind: 'kind', status: 'status' }),
        aggregate('items', items, { _id: { kind: '$kind', status: '$status' }, count: { $sum: 1 } }),
      ],
      [
        'dashboard lists: distribution of hours to claim by list',
        () => distributionBy(Item, items, 'kind', 'hoursToClaim'),
        aggregate('items', { ...items, hoursToClaim: { $gte: 0 } }, { _id: { key: '$kind', value: '$hoursToClaim' }, count: { $sum: 1 } }),
      ],
      [
        'dashboard coverage: needs by category, three sums',
        () => totalsBy(Item, needsIn, 'category', { quantity: 'quantity', accepted: 'state.accepted', delivered: 'state.delivered' }),
        aggregate('items', needsIn, {
          _id: '$category',
          count: { $sum: 1 },
          quantity: { $sum: '$quantity' },
          accepted: { $sum: '$state.accepted' },
          delivered: { $sum: '$state.delivered' },
        }),
      ],
      [
        'dashboard claims: claims of the territory by status (array field: not in SQL)',
        () => countBy(models.services.Claim, inTerritory, { status: 'status' }),
        aggregate('claims', inTerritory, { _id: { status: '$status' }, count: { $sum: 1 } }),
      ],
    ];

    const out = new Map<string, Timing>();
    const rounds = build === 'stock' ? Math.min(ROUNDS, 10) : ROUNDS;
    for (const [name, run, explain] of queries) {
      await run(0); // the first use of a collection reads it once (the kinds of its fields)
      const times: number[] = [];
      for (let i = 1; i <= rounds; i++) {
        const started = performance.now();
        await run(i);
        times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      const connection = /claims|needs|dashboard/.test(name) ? databases.services.connection : databases.members.connection;
      const explained = await connection.db!.command({ explain: explain(1) });
      const planner = explained.queryPlanner as { Plan?: string[]; GroupPushdown?: boolean };
      const plan = (planner.GroupPushdown ? 'GROUP BY in SQLite: ' : '') + (planner.Plan ?? []).map((line) => line.replace(/^.*detail=/, '')).join('; ');
      out.set(name, { median: times[Math.floor(times.length / 2)], p90: times[Math.floor(times.length * 0.9)], plan });
      progress(`${build}: ${name}: median ${times[Math.floor(times.length / 2)].toFixed(2)} ms`);
    }
    await Promise.all(Object.values(databases).map((d) => d.close()));
    return out;
  } finally {
    await db.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main() {
  const progress = (line: string) => process.stderr.write(`${line}\n`);
  const patched = await measure('patched', progress);
  const stock = await measure('stock', progress);
  const ms = (x: number) => x.toFixed(x < 10 ? 2 : 0);
  const rows = [...patched.keys()].map((name) => {
    const p = patched.get(name)!;
    const s = stock.get(name)!;
    const ratio = s.median / p.median;
    return `| ${name} | ${ms(s.median)} | ${ms(p.median)} | ${ms(p.p90)} | ${ratio.toFixed(ratio < 10 ? 1 : 0)}× | ${p.plan} |`;
  });
  const report = `# Embedded database: the hot paths' queries

Measured by \`npm run bench:database\` on ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}),
Node ${process.version}. One street: 10,000 members, 5,000 needs, 3,000 offers, 1,250 claims, with the models' indexes, on the
project's FerretDB build (tools/ferretdb/_patch) and on the unchanged FerretDB v1.24.2 module, each on a fresh SQLite data folder,
in the same run. Time at the driver (round trip on loopback included), ${ROUNDS} rounds (stock: ${Math.min(ROUNDS, 10)}).

The \`dashboard\` rows are the street statistics dashboard's \`[$match, $group]\` aggregations, sent as its helpers
(platform/totals.ts) send them. The project build answers those whose filter it writes exactly in SQL, on fields without
arrays, with one SQLite GROUP BY (tools/ferretdb/_patch/internal/backends/sqlite/coop_group.go); the others (the
claims' territory path holds arrays) are narrowed in SQL and grouped in Go as before.

| query | unchanged v1.24.2, median ms | project build, median ms | project build, p90 ms | stock / project | plan (project build) |
|---|---:|---:|---:|---:|---|
${rows.join('\n')}
`;
  fs.writeFileSync(path.join(__dirname, '..', 'docs', 'benchmarks', 'database.md'), report);
  process.stdout.write(report);
}

main().then(
  () => process.exit(0),
  (err: Error) => {
    console.error(err);
    process.exit(1);
  },
);

