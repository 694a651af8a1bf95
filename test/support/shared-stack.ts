import { scanningQueries } from './index-audit';
import { parseConfig, type SubgraphName } from '../../platform/server/config';
import { createLogger } from '../../platform/server/logger';
import { connectDatabases, startStack, type Databases, type Stack } from '../../scripts/stack';
import { testStackEnv, type AcquireSharedStack } from './test-config';

/**
 * One test stack per Jest worker, for the test files that can share one (see startTestStack): the four
 * subgraphs and the gateway, started once in the worker and handed to one test file after another.
 * Each file gets fresh databases — dropped, then their collections and indexes created again — and the
 * counters at zero; when the file is done its queries are checked against the indexes, as a stack of its
 * own would be at stop().
 *
 * This module is loaded by the test environment (environment.ts) outside the test files' module
 * registries, so it lives as long as the worker; the files reach it through a global.
 */
interface Running {
  stack: Stack;
  databases: Databases;
  uri: string;
  dbNames: Record<SubgraphName, string>;
}

let running: Promise<Running> | undefined;
let inUse = false;
/** Whether a file has used the running stack since it was last made fresh. */
let dirty = false;
/** The stop under way, if any: a stack starts again only once the last one has stopped. */
let stopping: Promise<void> = Promise.resolve();
/** Set when the worker ends: no stack starts after that. */
let ended = false;
/** A stack left idle this long is stopped (the worker may have no more files that share it). */
const IDLE_MS = 30_000;
let idle: NodeJS.Timeout | undefined;

async function start(uri: string): Promise<Running> {
  // As startTestStack configures a stack of its own, with the timers of the overdue sweep and the claim
  // expiry off: a stack that lives through many files must not change one file's data at a moment of its
  // choosing (a stack of a file's own never lives the 60 s to its first sweep). Tests of the sweep have
  // stacks of their own.
  const config = parseConfig(testStackEnv({ env: { REQUEST_SWEEP_SECONDS: '0' } }));
  const databases = await connectDatabases(config, uri);
  try {
    const stack = await startStack({ config, databases, logger: createLogger('silent'), ephemeralPorts: true });
    const dbNames = Object.fromEntries(Object.entries(config.subgraphs).map(([name, s]) => [name, s.dbName])) as Running['dbNames'];
    return { stack, databases, uri, dbNames };
  } catch (err) {
    await Promise.all(Object.values(databases).map((db) => db.close()));
    throw err;
  }
}

/**
 * Makes the stack's databases fresh again, as a stack of a file's own would find them: dropped, then
 * every model's collection and indexes created as at start-up. (Emptying the collections would not do:
 * the embedded database remembers the kinds of value a field has held, and plans queries by them.)
 * The counters go back to zero.
 */
async function refresh({ stack, databases }: Running) {
  await Promise.all(
    Object.values(databases).map(async (db) => {
      await db.connection.dropDatabase();
      await Promise.all(
        Object.values(db.connection.models).map(async (model) => {
          await model.createCollection();
          await model.createIndexes();
        }),
      );
    }),
  );
  for (const db of Object.values(databases)) {
    db.commands.reset();
    db.commands.queries = [];
  }
  for (const r of Object.values(stack.subgraphRequests)) r.count = 0;
}

/** The worker's shared stack, started on first use, for one test file at a time. */
export const acquireSharedStack: AcquireSharedStack = async () => {
  const uri = process.env.TEST_MONGODB_URI;
  if (!uri) throw new Error('TEST_MONGODB_URI is not set: run the tests with jest (see jest.config.js)');
  if (inUse) throw new Error('The shared test stack is already in use: a test file must stop() its stack before another starts one');
  if (ended) throw new Error('The shared test stack is stopped: the worker is ending');
  inUse = true;
  clearTimeout(idle);
  try {
    await stopping;
    if (!running) dirty = false;
    running ??= start(uri).catch((err: unknown) => {
      running = undefined;
      throw err;
    });
    const r = await running;
    // Fresh already, unless a file before this one failed before it could hand the stack back.
    if (dirty) await refresh(r);
    dirty = true;
    const { stack, databases, dbNames } = r;
    let released = false;
    return {
      gatewayUrl: stack.gatewayUrl,
      subgraphUrls: stack.subgraphUrls,
      subgraphRequests: stack.subgraphRequests,
      uri,
      databases,
      dbNames,
      scanningQueries: async () =>
        (await Promise.all(Object.values(databases).map((db) => scanningQueries(db.connection, db.commands.queries ?? [])))).flat(),
      release: async () => {
        if (released) return;
        released = true;
        try {
          await refresh(r);
          dirty = false;
        } finally {
          inUse = false;
          idle = setTimeout(() => void stopSharedStack(), IDLE_MS);
          idle.unref();
        }
      },
    };
  } catch (err) {
    inUse = false;
    throw err;
  }
};

/** Stops the shared stack, if one is running: its servers and its connections. */
export function stopSharedStack(): Promise<void> {
  clearTimeout(idle);
  const current = running;
  running = undefined;
  if (!current) return stopping;
  stopping = stopping.then(async () => {
    const r = await current.catch(() => undefined);
    if (!r) return;
    await r.stack.stop();
    // The run's embedded database goes with its folder at the global teardown (dropping the databases
    // here would only slow the worker's exit); a server given by MONGODB_URI keeps what it is given, so
    // there they are dropped.
    const external = !!process.env.MONGODB_URI;
    await Promise.all(Object.values(r.databases).map(async (db) => {
      if (external) await db.connection.dropDatabase().catch(() => undefined);
      await db.close();
    }));
  }).catch((err: Error) => void process.stderr.write(`The shared test stack did not stop cleanly: ${err.stack ?? err.message}\n`));
  return stopping;
}

/** The worker is ending: the stack stops now, and none starts again. */
function end(): Promise<void> {
  ended = true;
  return stopSharedStack();
}

(globalThis as Record<string, unknown>).__coopGraphStopSharedStack = end;
if (process.send) {
  process.on('removeListener', (event) => {
    if (event === 'message' && process.listenerCount('message') === 0) void end();
  });
}
