import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mongoose from 'mongoose';
import { startFerretDB, type EmbeddedDatabase } from '../platform/data/ferretdb';

/**
 * The project's FerretDB build (tools/ferretdb/_patch) against the unchanged v1.24.2 module: the same
 * seeded random documents, written and queried the same way in both, must give the same answers.
 * The patched build answers equality, `$in` and sort in SQLite; the stock one decodes and filters
 * every document in Go — the reference. A failure prints the seed and the case to replay it.
 *
 * Finds without a sort have no defined order (in MongoDB either), so they are compared as sets;
 * every sort ends with `_id`, so that ties, and so skip and limit, are defined. `$group` with several
 * accumulators is compared with the stock build's answers for each accumulator alone (stock answers
 * only the first accumulator of a `$group`). `[$match, $group]` pipelines that the patched build answers
 * with a SQLite GROUP BY (its explain's GroupPushdown) must agree to the bit and the type; a share of
 * them must be so answered.
 */
const { MongoClient, ObjectId, Double, Int32, Long } = mongoose.mongo;
const { EJSON } = mongoose.mongo.BSON;
type Doc = Record<string, unknown>;
type Db = InstanceType<typeof MongoClient>;

const SEED = Number(process.env.DIFFERENTIAL_SEED ?? 20261125);
// Each case costs the stock build a decoding of the whole collection (10–15 ms here); DIFFERENTIAL_SCALE=5
// runs five times as many cases (and DIFFERENTIAL_SEED other ones) when the patch changes.
const SCALE = Number(process.env.DIFFERENTIAL_SCALE ?? 1);
const FINDS_PER_COLLECTION = 64 * SCALE;
const GROUPS_PER_COLLECTION = 12 * SCALE;
const WRITES_PER_COLLECTION = 20;
const AGGREGATIONS_PER_COLLECTION = 36 * SCALE;
// The stock build decodes every document for every command: its time grows with this, the variety of
// values (what the comparison is about) does not.
const DOCUMENTS = 90;

/** mulberry32: small, seeded, the same sequence on every machine. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T,>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)],
    chance: (p: number) => next() < p,
  };
}
type Random = ReturnType<typeof random>;

const OIDS = Array.from({ length: 6 }, (_, i) => new ObjectId(`65a0000000000000000000${String(i).padStart(2, '0')}`));
// Strings that JSON escapes or that sort below its closing quote sit beside plain ones.
const STRINGS = ['alpha', 'beta', 'gamma', '社区', '驻区单位', 'a', 'ab', 'a b', 'a!', 'x<y', 'q"r', 'back\\slash', '', 'Zeta'];
const PLAIN = ['alpha', 'beta', 'gamma', '社区', '驻区单位', 'delta'];
const NUMBERS = () => [0, new Double(-0), 1, new Double(1), new Int32(7), Long.fromNumber(7), 2.5, -3, 1e15, Long.fromString('1152921504606846976'), new Double(2 ** 60), 42];
const INTS = () => [new Int32(1), new Int32(7), new Int32(-5), new Int32(2147483000)];
const DOUBLES = [0.1, 0.2, 0.3, 1e-7, 2.5, -1.25, 1e16, 3.3];
const MIXED = () => [new Int32(3), Long.fromNumber(4), Long.fromString('9007199254740993'), new Double(0.1), new Double(6), 2147483647];
const HOURS = () => [0, 1, 2.5, new Double(2), -1, 3, new Double(-0), 7.25];
const RECENT_DATES = [new Date('2026-01-01T00:00:00Z'), new Date('2025-06-01T08:00:00Z'), new Date('2026-11-25T01:02:03.004Z')];
const OTHER_DATES = [new Date('1999-01-01T00:00:00Z'), new Date(0), new Date('1960-05-05T00:00:00Z')];

interface Profile {
  /** Fields may hold arrays (MongoDB then matches by membership). */
  arrays: boolean;
  /** Fields mix kinds of value (strings and ObjectIds, numbers and strings, old dates, null). */
  mixed: boolean;
}

function makeDoc(r: Random, profile: Profile): Doc {
  const doc: Doc = { _id: profile.mixed && r.chance(0.1) ? `key-${r.int(1e6)}#${r.int(100)}` : new ObjectId() };
  doc.k = r.pick(PLAIN); // a string field that always orders as JSON text
  doc.a = profile.arrays && r.chance(0.2) ? [r.pick(STRINGS), r.pick(STRINGS)] : r.pick(STRINGS);
  doc.b = profile.mixed && r.chance(0.1) ? String(r.int(3)) : r.pick(NUMBERS());
  if (r.chance(0.8)) doc.c = r.chance(0.5);
  doc.d = profile.mixed && r.chance(0.3) ? r.pick(OTHER_DATES) : r.pick(RECENT_DATES);
  if (r.chance(0.85)) doc.g = profile.mixed && r.chance(0.2) ? r.pick(OIDS).toHexString() : r.pick(OIDS);
  if (profile.mixed) doc.f = r.pick([null, 'x', 1, undefined]);
  if (doc.f === undefined) delete doc.f;
  const embedded = () => ({ x: r.int(3), y: r.pick(PLAIN) });
  doc.e = profile.arrays && r.chance(0.2) ? [embedded(), embedded()] : profile.mixed && r.chance(0.1) ? 'flat' : embedded();
  if (profile.arrays && r.chance(0.3)) doc.t = [r.int(3), r.pick(PLAIN), r.pick(OIDS)];
  // Summed and grouped by the aggregations: int32s (some near the top, so sums overflow into int64),
  // doubles whose sums depend on their order, a field of every numeric type and then some, and a
  // duration (a number or null, as the items' hours are).
  if (r.chance(0.9)) doc.i = r.pick(INTS());
  if (r.chance(0.9)) doc.x = r.pick(DOUBLES);
  if (r.chance(0.9)) doc.m = profile.mixed ? r.pick([...MIXED(), 'x', null, new Date(5)]) : r.pick(MIXED());
  doc.h = r.chance(0.3) ? null : r.pick(HOURS());
  return doc;
}

function valueFor(r: Random, field: string, docs: Doc[]): unknown {
  if (r.chance(0.4) && docs.length) {
    const v = r.pick(docs)[field];
    if (Array.isArray(v)) return r.pick(v);
    if (v !== undefined) return v;
  }
  if (r.chance(0.4) && docs.length && field.includes('.')) {
    const [outer, inner] = field.split('.');
    const v = (r.pick(docs)[outer] as Doc | undefined)?.[inner];
    if (v !== undefined) return v;
  }
  switch (field) {
    case '_id':
      return r.chance(0.5) ? new ObjectId() : `key-${r.int(1e6)}#1`;
    case 'k':
      return r.pick(PLAIN);
    case 'a':
      return r.pick(STRINGS);
    case 'b':
      return r.pick([...NUMBERS(), '1', 1e300]);
    case 'c':
      return r.chance(0.5);
    case 'd':
      return r.pick([...RECENT_DATES, ...OTHER_DATES]);
    case 'g':
      return r.chance(0.8) ? r.pick(OIDS) : r.pick(OIDS).toHexString();
    case 'e':
      return { x: r.int(3), y: r.pick(PLAIN) };
    case 'i':
      return r.pick(INTS());
    case 'x':
      return r.pick([...DOUBLES, 0, 1]);
    case 'h':
      return r.pick([...HOURS(), null]);
    case 't':
    case 'e.x':
      return r.int(3);
    case 'e.y':
      return r.pick(PLAIN);
    default:
      return r.pick([null, 'x', 1]);
  }
}

const FILTER_FIELDS = ['_id', 'k', 'a', 'b', 'c', 'd', 'g', 'f', 'e', 't', 'e.x', 'e.y'];
const SORT_FIELDS = ['k', 'a', 'b', 'c', 'd', 'g', 'f', 'e.y'];

function condition(r: Random, field: string, docs: Doc[]): unknown {
  switch (r.int(9)) {
    case 6:
      return { [r.pick(['$gt', '$gte', '$lt', '$lte'])]: valueFor(r, field, docs) };
    case 7:
      return { $gte: valueFor(r, field, docs), $lt: valueFor(r, field, docs) };
    case 8:
      return r.chance(0.5) ? { $regex: `^${r.pick(['a', 'al', 'be', 'g', 'Z', 'x'])}` } : new RegExp(`^${r.pick(['a', 'be', 'q'])}`);
    case 0:
      return { $eq: valueFor(r, field, docs) };
    case 1:
    case 2:
      return { $in: Array.from({ length: 1 + r.int(4) }, () => valueFor(r, field, docs)) };
    case 3:
      return { $in: [valueFor(r, field, docs)], $ne: valueFor(r, field, docs) };
    default:
      return valueFor(r, field, docs);
  }
}

function makeFilter(r: Random, docs: Doc[]): Doc {
  const filter: Doc = {};
  for (let i = 1 + r.int(3); i > 0; i--) {
    const field = r.pick(FILTER_FIELDS);
    filter[field] = condition(r, field, docs);
  }
  if (r.chance(0.15)) filter.$and = [{ [r.pick(FILTER_FIELDS)]: condition(r, 'k', docs) }, { k: condition(r, 'k', docs) }];
  if (r.chance(0.2)) {
    filter.$or = Array.from({ length: 1 + r.int(3) }, () => {
      const field = r.pick(FILTER_FIELDS);
      return { [field]: condition(r, field, docs) };
    });
  }
  if (r.chance(0.1)) return {};
  return filter;
}

function makeSort(r: Random): Record<string, 1 | -1> | undefined {
  if (r.chance(0.3)) return undefined;
  const sort: Record<string, 1 | -1> = {};
  for (let i = r.int(3); i > 0; i--) sort[r.pick(SORT_FIELDS)] = r.pick([1, -1]);
  sort._id = r.pick([1, -1]);
  return sort;
}

/**
 * Aggregations of the dashboards' shape, `[$match, $group]`, which the patched build answers with one
 * SQLite GROUP BY when that is exact (coop_group.go): matches of the conditions it writes exactly
 * (and some it does not, which must fall back), keys of 0-3 fields (dotted ones, arrays, documents
 * and mixed kinds among them), sums of int32s, int64s, doubles, mixed types, missing fields and arrays.
 */
const AGG_MATCH_FIELDS = ['k', 'c', 'g', 'd', 'b', 'f', 'h', 'i', 'x', 'e.x', 'e.y', '_id'];
const KEY_FIELDS = ['k', 'c', 'g', 'd', 'f', 'h', 'i', 'e.x', 'e.y', 'a', 't', 'e', 'nope'];
const SUMS: (() => unknown)[] = [
  () => ({ $sum: '$i' }),
  () => ({ $sum: '$x' }),
  () => ({ $sum: '$b' }),
  () => ({ $sum: '$m' }),
  () => ({ $sum: '$h' }),
  () => ({ $sum: '$e.x' }),
  () => ({ $sum: '$t' }),
  () => ({ $sum: '$nope' }),
  () => ({ $count: {} }),
  () => ({ $sum: Long.fromNumber(3) }),
  () => ({ $sum: new Double(0.1) }),
  () => ({ $sum: 2 }),
];

function aggCondition(r: Random, field: string, docs: Doc[]): unknown {
  switch (r.int(9)) {
    case 0:
      return { $eq: valueFor(r, field, docs) };
    case 1:
      return { $in: Array.from({ length: 1 + r.int(3) }, () => valueFor(r, field, docs)) };
    case 2:
      return { $ne: r.chance(0.5) ? null : valueFor(r, field, docs) };
    case 3:
      return { [r.pick(['$gt', '$gte', '$lt', '$lte'])]: valueFor(r, field, docs) };
    case 4:
      return { $gte: valueFor(r, field, docs), $lt: valueFor(r, field, docs) };
    case 5:
      return field === 'h' || field === 'x' || field === 'i' ? { $gte: r.pick([0, 0.15, Long.fromNumber(2), new Double(-0)]) } : null;
    default:
      return valueFor(r, field, docs);
  }
}

function aggMatch(r: Random, docs: Doc[]): Doc {
  const match: Doc = {};
  for (let n = r.int(4); n > 0; n--) {
    const field = r.pick(AGG_MATCH_FIELDS);
    match[field] = aggCondition(r, field, docs);
  }
  if (r.chance(0.1)) match.$and = [{ k: aggCondition(r, 'k', docs) }, { d: aggCondition(r, 'd', docs) }];
  // Fields that hold arrays in some profiles (MongoDB's equality then matches an element), alone or not.
  if (r.chance(0.25)) {
    const field = r.pick(['a', 't']);
    if (r.chance(0.5)) return { [field]: aggCondition(r, field, docs) };
    match[field] = aggCondition(r, field, docs);
  }
  // Conditions it does not write exactly: these must fall back.
  if (r.chance(0.05)) match.$or = [{ k: r.pick(PLAIN) }, { c: true }];
  if (r.chance(0.05)) match.k = { $regex: '^a' };
  return match;
}

function aggGroup(r: Random): Doc {
  const fields = Array.from({ length: r.int(4) }, () => r.pick(KEY_FIELDS)).filter((f, i, all) => all.indexOf(f) === i);
  const key =
    fields.length === 0
      ? r.pick([null, 1, 'constant'])
      : fields.length === 1 && r.chance(0.5)
        ? `$${fields[0]}`
        : Object.fromEntries(fields.map((f) => [f.replace('.', '_'), `$${f}`]));
  const group: Doc = { _id: key, n: { $sum: 1 } };
  for (let i = r.int(4); i > 0; i--) group[`s${i}`] = r.pick(SUMS)();
  return group;
}

const canonical = (docs: unknown[]) => EJSON.stringify(docs, { relaxed: false });
/** Numbers as the server sent them (Int32, Long, Double), so that their types are compared too. */
const RAW_NUMBERS = { promoteValues: false };

/**
 * For aggregations the handler answers (not in SQL): numbers by value to 12 significant digits, whatever
 * their type. It reads the documents in the order of the find pushdown (an index's), not the stock
 * build's (rowid), so its double sums may differ in the last bits and a group's key takes the type of
 * another first document (MongoDB defines neither order).
 */
function loosely(v: unknown): unknown {
  if (typeof v === 'number' || v instanceof Double || v instanceof Int32) return Number(Number(v.valueOf()).toPrecision(12));
  if (v instanceof Long) return Number(v.toNumber().toPrecision(12));
  if (Array.isArray(v)) return v.map(loosely);
  if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, loosely(x)]));
  }
  return v;
}

/** The stock build's `$group`: one aggregation per accumulator (it answers only a group's first), joined by group key. */
async function stockGroups(coll: ReturnType<ReturnType<Db['db']>['collection']>, match: unknown, key: unknown, accumulators: Doc): Promise<Doc[]> {
  const expected = new Map<string, Doc>();
  for (const [field, accumulator] of Object.entries(accumulators)) {
    const rows = (await coll.aggregate([{ $match: match }, { $group: { _id: key, [field]: accumulator } }], RAW_NUMBERS).toArray()) as Doc[];
    for (const row of rows) {
      const id = EJSON.stringify(row._id);
      expected.set(id, { ...(expected.get(id) ?? { _id: row._id }), [field]: row[field] });
    }
  }
  return [...expected.values()];
}

const byId = (docs: Doc[]) => [...docs].sort((x, y) => (EJSON.stringify(x._id) < EJSON.stringify(y._id) ? -1 : 1));

describe('the project FerretDB build against the unchanged v1.24.2 (differential, seeded)', () => {
  const dirs: string[] = [];
  let patched: EmbeddedDatabase, stock: EmbeddedDatabase;
  let patchedClient: Db, stockClient: Db;

  beforeAll(async () => {
    const start = (build: 'patched' | 'stock') => {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `coop-graph-differential-${build}-`));
      dirs.push(dataDir);
      return startFerretDB({ dataDir, build, progress: (line) => process.stderr.write(`${line}\n`) });
    };
    // Both builds start (and, on a first run, build) side by side.
    [patched, stock] = await Promise.all([start('patched'), start('stock')]);
    [patchedClient, stockClient] = await Promise.all([new MongoClient(patched.uri).connect(), new MongoClient(stock.uri).connect()]);
  }, 300_000);

  afterAll(async () => {
    await patchedClient?.close();
    await stockClient?.close();
    await patched?.stop();
    await stock?.stop();
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  });

  const profiles: [string, Profile, number][] = [
    ['scalars of one kind per field', { arrays: false, mixed: false }, 1],
    ['mixed kinds, nulls and old dates', { arrays: false, mixed: true }, 2],
    ['arrays among scalars', { arrays: true, mixed: true }, 3],
  ];

  it.each(profiles)('%s: finds, counts, groups, updates and deletes agree', async (name, profile, n) => {
    const r = random(SEED * 31 + n);
    const label = (i: number, what: string, detail: unknown) => `seed ${SEED}, ${name}, case ${i} (${what}): ${EJSON.stringify(detail)}`;
    const collName = `c${n}`;
    const both = [patchedClient.db('differential').collection(collName), stockClient.db('differential').collection(collName)] as const;
    for (const coll of both) {
      await coll.createIndex({ k: 1, _id: 1 });
      await coll.createIndex({ a: 1 });
      await coll.createIndex({ g: 1, d: -1, _id: -1 });
      await coll.createIndex({ b: 1 });
      await coll.createIndex({ 'e.y': 1, _id: 1 });
    }
    const docs = Array.from({ length: DOCUMENTS }, () => makeDoc(r, profile));
    for (const coll of both) await coll.insertMany(docs.map((d) => ({ ...d })));

    let pushedFilters = 0;
    let pushedSorts = 0;
    const failures: string[] = [];

    for (let i = 0; i < FINDS_PER_COLLECTION; i++) {
      // Writes between the reads: the kinds a field holds change as the collection does.
      if (i === FINDS_PER_COLLECTION / 2) {
        for (let w = 0; w < WRITES_PER_COLLECTION; w++) {
          const filter = makeFilter(r, docs);
          const update = r.chance(0.5)
            ? { $set: { k: r.pick(PLAIN), b: r.pick(NUMBERS()), ...(profile.arrays ? { a: [r.pick(STRINGS), 'late'] } : {}) } }
            : { $set: { g: r.pick(OIDS), c: r.chance(0.5) } };
          const results = await Promise.all(both.map((c) => c.updateMany(filter, update)));
          if (results[0].modifiedCount !== results[1].modifiedCount) failures.push(label(i, 'updateMany', { filter, update }));
          const newDoc = makeDoc(r, profile);
          await Promise.all(both.map((c) => c.insertOne({ ...newDoc })));
          docs.push(newDoc);
        }
        const deleteFilter = makeFilter(r, docs);
        const deleted = await Promise.all(both.map((c) => c.deleteMany(deleteFilter)));
        if (deleted[0].deletedCount !== deleted[1].deletedCount) failures.push(label(i, 'deleteMany', deleteFilter));
        const whole = await Promise.all(both.map((c) => c.find({}).toArray()));
        if (canonical(byId(whole[0])) !== canonical(byId(whole[1]))) failures.push(label(i, 'collection after writes', {}));
      }

      const filter = makeFilter(r, docs);
      const sort = makeSort(r);
      const skip = sort && r.chance(0.3) ? r.int(5) : 0;
      const limit = sort && r.chance(0.7) ? 1 + r.int(20) : 0;
      const projection = r.pick([undefined, undefined, { k: 1, b: 1 }, { e: 0, t: 0 }]);
      const [mine, reference] = await Promise.all(
        both.map((c) => c.find(filter, { sort, skip, limit, projection }).toArray() as Promise<Doc[]>),
      );
      const same = sort ? canonical(mine) === canonical(reference) : canonical(byId(mine)) === canonical(byId(reference));
      if (!same) failures.push(label(i, 'find', { filter, sort, skip, limit, projection, patched: mine.length, stock: reference.length }));

      const explained = await patchedClient.db('differential').command({ explain: { find: collName, filter, ...(sort ? { sort } : {}) } });
      if (explained.filterPushdown) pushedFilters++;
      if (explained.sortPushdown) pushedSorts++;

      if (i % 3 === 0) {
        const counts = await Promise.all(both.map((c) => c.countDocuments(filter)));
        if (counts[0] !== counts[1]) failures.push(label(i, 'countDocuments', { filter, counts }));
      }
    }

    for (let i = 0; i < GROUPS_PER_COLLECTION; i++) {
      const match = makeFilter(r, docs);
      const key = r.pick(['$k', '$c', '$g', null]);
      const accumulators: Doc = { n: { $sum: 1 }, total: { $sum: '$b' }, counted: { $count: {} }, twice: { $sum: 2 } };
      const mine = (await both[0].aggregate([{ $match: match }, { $group: { _id: key, ...accumulators } }], RAW_NUMBERS).toArray()) as Doc[];
      const expected = await stockGroups(both[1], match, key, accumulators);
      if (canonical(byId(mine)) !== canonical(byId(expected))) {
        failures.push(label(i, '$group', { match, key, patched: mine, stock: expected }));
      }
    }

    // The aggregations, on a collection of their own (the writes above may have deleted most documents).
    const aggName = `${collName}agg`;
    const aggBoth = [patchedClient.db('differential').collection(aggName), stockClient.db('differential').collection(aggName)] as const;
    for (const coll of aggBoth) {
      await coll.createIndex({ k: 1, _id: 1 });
      await coll.createIndex({ a: 1 });
      await coll.createIndex({ g: 1, d: -1, _id: -1 });
      await coll.createIndex({ 'e.y': 1, _id: 1 });
    }
    const aggDocs = Array.from({ length: DOCUMENTS }, () => makeDoc(r, profile));
    for (const coll of aggBoth) await coll.insertMany(aggDocs.map((d) => ({ ...d })));
    let groupedInSQL = 0;
    for (let i = 0; i < AGGREGATIONS_PER_COLLECTION; i++) {
      if (i === AGGREGATIONS_PER_COLLECTION / 2) {
        // Writes between the aggregations: the kinds a field holds change as the collection does.
        for (let w = 0; w < WRITES_PER_COLLECTION; w++) {
          const update = { $set: { i: r.pick([...INTS(), Long.fromNumber(2)]), h: r.pick(HOURS()), ...(profile.mixed ? { k: r.pick([...PLAIN, null]) } : {}) } };
          const filter = aggMatch(r, aggDocs);
          const results = await Promise.all(aggBoth.map((c) => c.updateMany(filter, update)));
          if (results[0].modifiedCount !== results[1].modifiedCount) failures.push(label(i, 'updateMany', { filter, update }));
          const newDoc = makeDoc(r, profile);
          await Promise.all(aggBoth.map((c) => c.insertOne({ ...newDoc })));
          aggDocs.push(newDoc);
        }
      }
      const match = aggMatch(r, aggDocs);
      const group = aggGroup(r);
      const pipeline = [{ $match: match }, { $group: group }];
      const explained = await patchedClient.db('differential').command({ explain: { aggregate: aggName, pipeline, cursor: {} } });
      const inSQL = explained.queryPlanner.GroupPushdown === true;
      if (inSQL) groupedInSQL++;
      const mine = (await aggBoth[0].aggregate(pipeline, RAW_NUMBERS).toArray()) as Doc[];
      const { _id, ...accumulators } = group;
      const expected = await stockGroups(aggBoth[1], match, _id, accumulators);
      const same = inSQL
        ? canonical(byId(mine)) === canonical(byId(expected))
        : canonical(byId(mine.map(loosely) as Doc[])) === canonical(byId(expected.map(loosely) as Doc[]));
      if (!same) {
        failures.push(label(i, inSQL ? '[$match, $group] in SQL' : '[$match, $group]', { pipeline, patched: mine, stock: expected }));
      }
    }

    expect(failures).toEqual([]);
    // The aggregations' comparison means something only if a good share was answered in SQL.
    expect(groupedInSQL).toBeGreaterThan(AGGREGATIONS_PER_COLLECTION * (profile.arrays ? 0.05 : profile.mixed ? 0.15 : 0.4));
    // The comparison means something only if the patched build did push most of these down.
    expect(pushedFilters).toBeGreaterThan(FINDS_PER_COLLECTION / 2);
    if (!profile.mixed) expect(pushedSorts).toBeGreaterThan(FINDS_PER_COLLECTION / 4);
  }, 300_000);

  it('answers lookups, pages and updates from SQLite indexes (its own explain)', async () => {
    const coll = patchedClient.db('differential').collection('plans');
    await coll.createIndex({ ownerId: 1, _id: 1 });
    const owner = new ObjectId();
    await coll.insertMany(Array.from({ length: 50 }, (_, i) => ({ ownerId: i % 2 ? owner : new ObjectId(), n: i })));
    const explain = (find: Doc) => patchedClient.db('differential').command({ explain: { find: 'plans', ...find } });

    const byId = await explain({ filter: { _id: new ObjectId() } });
    expect(byId.queryPlanner.Plan.join()).toMatch(/SEARCH \S+ USING INDEX \S+__id_ /);

    const page = await explain({ filter: { ownerId: owner }, sort: { _id: -1 }, limit: 21 });
    expect(page.queryPlanner.Plan.join()).toMatch(/SEARCH \S+ USING INDEX \S+_ownerId_1__id_1/);
    expect(page.queryPlanner.Plan.join()).not.toMatch(/TEMP B-TREE/); // read in index order
    expect(page.sortPushdown).toBe(true);

    // An indexed field that holds arrays (a territory path) is answered through its membership table.
    await coll.createIndex({ path: 1 });
    await coll.insertMany([{ path: [owner, new ObjectId()] }, { path: [new ObjectId()] }]);
    const within = await explain({ filter: { path: owner }, sort: { _id: 1 } });
    expect(within.queryPlanner.Plan.join()).toMatch(/USING INDEX \S+__id_/);
    expect(within.queryPlanner.Plan.join()).toMatch(/coop_members_\S+ USING PRIMARY KEY/);
    expect(await coll.countDocuments({ path: owner })).toBe(1);

    const unindexed = await explain({ filter: { n: 3 } });
    expect(unindexed.queryPlanner.Plan.join()).toMatch(/SCAN/);
  });
});
