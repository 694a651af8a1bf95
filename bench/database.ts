/**
 * `npm run bench:database`: the queries the graph's hot paths send, timed at the database, on the
 * project's FerretDB build and on the unchanged v1.24.2 module in the same run, each on a fresh data
 * folder holding the same street (10,000 members, 8,000 needs and offers, 1,250 claims; the models'
 * own indexes). Reports the median and p90 of each query and the ratio stock / patched, with the
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
      const connection = name.includes('claims') || name.includes('needs') ? databases.services.connection : databases.members.connection;
      const explained = await connection.db!.command({ explain: explain(1) });
      const plan = ((explained.queryPlanner as { Plan?: string[] }).Plan ?? []).map((line) => line.replace(/^.*detail=/, '')).join('; ');
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
    return `| ${name} | ${ms(s.median)} | ${ms(p.median)} | ${ms(p.p90)} | ${(s.median / p.median).toFixed(0)}× | ${p.plan} |`;
  });
  const report = `# Embedded database: the hot paths' queries

Measured by \`npm run bench:database\` on ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}),
Node ${process.version}. One street: 10,000 members, 5,000 needs, 3,000 offers, 1,250 claims, with the models' indexes, on the
project's FerretDB build (tools/ferretdb/_patch) and on the unchanged FerretDB v1.24.2 module, each on a fresh SQLite data folder,
in the same run. Time at the driver (round trip on loopback included), ${ROUNDS} rounds (stock: ${Math.min(ROUNDS, 10)}).

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

