import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mongoose from 'mongoose';
import { startFerretDB, type EmbeddedDatabase } from '../platform/data/ferretdb';

/**
 * The project's FerretDB build keeps, per collection, the kinds of value each field holds and a
 * membership table for indexed fields that hold arrays (tools/ferretdb/_patch/…/coop_fields.go).
 * That state must belong to a collection, not to its name: it must not outlive a drop, a dropped
 * database or a rename, and two fields must never share their pairs. And a find whose sort SQLite
 * applied must not keep its rows (a pool connection) open while its cursor waits for the client.
 * Each scenario runs on the patched build and on the unchanged module, which must agree.
 */
const { MongoClient } = mongoose.mongo;
const { EJSON } = mongoose.mongo.BSON;
type Client = InstanceType<typeof MongoClient>;
type Db = ReturnType<Client['db']>;

const ids = (docs: { _id: unknown }[]) => docs.map((d) => d._id);

/** What a command answers, or its error (the old build failed some with "no such table"). */
async function attempt<T>(run: () => Promise<T>): Promise<T | { error: string }> {
  try {
    return await run();
  } catch (e) {
    return { error: (e as Error).message.slice(0, 300) };
  }
}

const scenarios: [string, (db: Db) => Promise<Record<string, unknown>>, Record<string, unknown>][] = [
  [
    'a collection dropped and created again (its indexed field holds arrays)',
    async (db) => {
      const c = db.collection('m');
      await c.createIndex({ tags: 1 });
      await c.insertMany([{ _id: 1, tags: ['x', 'y'] }, { _id: 2, tags: 'x' }] as never[]);
      const before = ids(await c.find({ tags: 'x' }).toArray());
      await c.drop();
      await c.insertMany([{ _id: 10, tags: ['x'] }, { _id: 11, tags: 'x' }] as never[]);
      await c.createIndex({ tags: 1 });
      return { before, after: ids(await c.find({ tags: 'x' }).toArray()), count: await c.countDocuments({ tags: 'x' }) };
    },
    { before: [1, 2], after: [10, 11], count: 2 },
  ],
  [
    'a database dropped and its names used again',
    async (db) => {
      const c = db.collection('m');
      await c.createIndex({ tags: 1 });
      await c.insertMany([{ _id: 1, tags: ['x', 'y'] }] as never[]);
      const before = ids(await c.find({ tags: 'x' }).toArray());
      await db.dropDatabase();
      const insert = await attempt(() => c.insertMany([{ _id: 10, tags: ['x'] }] as never[]).then(() => 'ok'));
      await c.createIndex({ tags: 1 });
      const again = await attempt(() => c.insertMany([{ _id: 11, tags: ['x'] }] as never[]).then(() => 'ok'));
      const after = await attempt(async () => ids(await c.find({ tags: 'x' }).toArray()));
      return { before, insert, again, after };
    },
    { before: [1], insert: 'ok', again: 'ok', after: [10, 11] },
  ],
  [
    'a collection renamed onto a name used (and dropped) before',
    async (db) => {
      const b = db.collection('b');
      await b.insertOne({ _id: 1, f: 'x' } as never);
      const first = ids(await b.find({ f: 'x' }).toArray()); // the old build remembered "b": f holds strings
      await b.drop();
      const a = db.collection('a');
      await a.insertMany([{ _id: 2, f: ['x', 'y'] }, { _id: 3, f: 'x' }] as never[]);
      await a.rename('b');
      const renamed = db.collection('b');
      return { first, found: ids(await renamed.find({ f: 'x' }).toArray()), sorted: ids(await renamed.find({}).sort({ f: 1 }).toArray()) };
    },
    { first: [1], found: [2, 3], sorted: [2, 3] },
  ],
  [
    'a collection renamed away and its old name created again',
    async (db) => {
      const a = db.collection('a');
      await a.createIndex({ tags: 1 });
      await a.insertMany([{ _id: 1, tags: ['x'] }, { _id: 2, tags: ['y'] }] as never[]);
      const first = ids(await a.find({ tags: 'x' }).toArray());
      await a.rename('b');
      const b = db.collection('b');
      const renamed = ids(await b.find({ tags: 'x' }).toArray());
      const a2 = db.collection('a');
      await a2.insertMany([{ _id: 1, tags: ['z'] }, { _id: 5, tags: ['x'] }] as never[]);
      await a2.createIndex({ tags: 1 });
      await a2.updateOne({ _id: 1 } as never, { $set: { tags: ['z', 'w'] } }); // the old build pruned b's pairs of _id 1 here
      return {
        first,
        renamed,
        newX: ids(await a2.find({ tags: 'x' }).toArray()),
        newZ: ids(await a2.find({ tags: 'z' }).toArray()),
        renamedX: ids(await b.find({ tags: 'x' }).toArray()),
      };
    },
    { first: [1], renamed: [1], newX: [5], newZ: [1], renamedX: [1] },
  ],
  [
    'two indexed array fields whose names collide in FNV-1a 32 (f6059, f264602)',
    async (db) => {
      const c = db.collection('coll');
      await c.createIndex({ f6059: 1 });
      await c.insertMany([{ _id: 1, f6059: ['x', 'y'] }, { _id: 2, f6059: 'x' }] as never[]);
      const first = ids(await c.find({ f6059: 'x' }).toArray());
      await c.createIndex({ f264602: 1 });
      await c.insertOne({ _id: 3, f264602: ['z'] } as never); // the old build emptied the shared table here
      await c.updateOne({ _id: 3 } as never, { $set: { f264602: ['z', 'x'], f6059: 'q' } });
      return {
        first,
        again: ids(await c.find({ f6059: 'x' }).toArray()),
        second: ids(await c.find({ f264602: 'z' }).toArray()),
        secondX: ids(await c.find({ f264602: 'x' }).toArray()),
        q: ids(await c.find({ f6059: 'q' }).toArray()),
      };
    },
    { first: [1, 2], again: [1, 2], second: [3], secondX: [3], q: [3] },
  ],
];

describe('the project FerretDB build: collections dropped, renamed and created again; cursors left open', () => {
  const dirs: string[] = [];
  let patched: EmbeddedDatabase, stock: EmbeddedDatabase;
  let patchedClient: Client, stockClient: Client;

  beforeAll(async () => {
    const start = (build: 'patched' | 'stock') => {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `coop-graph-lifecycle-${build}-`));
      dirs.push(dataDir);
      return startFerretDB({ dataDir, build, progress: (line) => process.stderr.write(`${line}\n`) });
    };
    [patched, stock] = await Promise.all([start('patched'), start('stock')]);
    patchedClient = await new MongoClient(patched.uri).connect();
    stockClient = await new MongoClient(stock.uri).connect();
  }, 300_000);

  afterAll(async () => {
    // A wedged server (the old build, with every pool connection held) may never answer: don't wait.
    await Promise.all([patchedClient?.close(true), stockClient?.close(true)]);
    await patched?.kill();
    await stock?.kill();
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  });

  it.each(scenarios.map(([name, run, expected], i) => [name, run, expected, i] as const))(
    '%s: answers as the unchanged module does',
    async (_name, run, expected, i) => {
      const mine = await run(patchedClient.db(`lifecycle${i}`));
      const reference = await run(stockClient.db(`lifecycle${i}`));
      expect(EJSON.serialize(reference)).toEqual(EJSON.serialize(expected)); // the scenario means what it says
      expect(EJSON.serialize(mine)).toEqual(EJSON.serialize(reference));
    },
  );

  it('keeps no rows open for sorted cursors the client has not drained: writes go on, pages stay right', async () => {
    const db = (client: Client) => client.db('lifecycle_cursors');
    // String _ids: the sort (k, _id) orders as the stored JSON text, so the patched build pushes it.
    const docs = Array.from({ length: 60 }, (_, i) => ({ _id: `d${String(i).padStart(2, '0')}`, k: `k${i % 7}`, n: i % 5 }));
    for (const client of [patchedClient, stockClient]) {
      await db(client).collection('cur').createIndex({ k: 1 });
      await db(client).collection('cur').insertMany(docs.map((d) => ({ ...d })) as never[]);
    }

    // More cursors than SQLite's pool has connections (100), each left after its first batch: half
    // without a limit (read whole), half with one (read up to skip + limit), filtered in Go on n.
    const within = <T,>(p: Promise<T>) =>
      Promise.race([p, new Promise<'timed out'>((resolve) => setTimeout(() => resolve('timed out'), 5_000).unref())]);
    const cursors: unknown[] = [];
    for (let i = 0; i < 110; i++) {
      const find = { find: 'cur', filter: i % 3 ? { n: { $ne: 2 } } : {}, sort: { k: 1, _id: 1 }, batchSize: 2, ...(i % 2 ? { skip: 3, limit: 9 } : {}) };
      const res = await within(db(patchedClient).command(find, { promoteLongs: false })); // cursor ids stay Longs
      expect(res).not.toBe('timed out');
      cursors.push((res as { cursor: { id: unknown } }).cursor.id);
    }
    expect(await within(db(patchedClient).command({ insert: 'cur', documents: [{ _id: 'd99', k: 'k0', n: 0 }] }).then(() => 'ok'))).toBe('ok');
    await db(stockClient).command({ insert: 'cur', documents: [{ _id: 'd99', k: 'k0', n: 0 }] });
    await db(patchedClient).command({ killCursors: 'cur', cursors });

    const explained = await db(patchedClient).command({ explain: { find: 'cur', filter: { n: { $ne: 2 } }, sort: { k: 1, _id: 1 } } });
    expect(explained.sortPushdown).toBe(true);

    // Pages read lazily up to skip + limit, and read whole, drained in batches of 2: as stock answers.
    for (const [filter, skip, limit] of [
      [{ n: { $ne: 2 } }, 3, 9],
      [{ n: { $in: [1, 3] } }, 0, 4],
      [{}, 50, 20],
      [{ n: 4 }, 0, 0],
      [{ k: { $gte: 'k3' }, n: { $lt: 3 } }, 2, 0],
    ] as const) {
      const page = (client: Client) =>
        db(client).collection('cur').find(filter, { sort: { k: -1, _id: 1 }, skip, limit, batchSize: 2 }).toArray();
      const [mine, reference] = await Promise.all([page(patchedClient), page(stockClient)]);
      expect(EJSON.serialize(mine)).toEqual(EJSON.serialize(reference));
    }
  }, 30_000);
});
