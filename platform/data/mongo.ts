import mongoose, { type Connection } from 'mongoose';
import { servingRequest } from '../server/request-scope';

/**
 * Commands that are connection housekeeping, not work done for a request.
 * (`killCursors` closes a cursor the server kept open after a limited find
 * had read all it needed: FerretDB sends back a cursor id even then.)
 */
const HOUSEKEEPING = new Set(['hello', 'isMaster', 'ismaster', 'ping', 'endSessions', 'buildInfo', 'saslStart', 'saslContinue', 'killCursors']);

/**
 * Counts the database commands a connection sends, by command name. Round
 * trips are deterministic where timings are not: tests and benchmarks use
 * this to prove that a request is batched.
 */
export class CommandCounter {
  private counts = new Map<string, number>();
  /** When set, the shape of every query is kept too (see index-audit.ts); off by default. */
  queries: QueryShape[] | null = null;
  record(name: string, command?: Record<string, unknown>) {
    if (HOUSEKEEPING.has(name)) return;
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
    // Only what the servers send while serving a request: a test's own reads are not the graph's queries.
    if (this.queries && command && servingRequest.getStore()) {
      const shape = shapeOf(name, command);
      if (shape && this.queries.length < 10_000) this.queries.push(shape);
    }
  }
  reset() {
    this.counts.clear();
  }
  get total(): number {
    return [...this.counts.values()].reduce((a, b) => a + b, 0);
  }
  byName(): Record<string, number> {
    return Object.fromEntries(this.counts);
  }
}

/** What a query asks of a collection: the filter and sort an index must serve. */
export interface QueryShape {
  collection: string;
  command: string;
  filter: Record<string, unknown>;
  sort?: Record<string, unknown>;
}

function shapeOf(name: string, command: Record<string, unknown>): QueryShape | null {
  const collection = command[name] as string;
  switch (name) {
    case 'find':
      return { collection, command: name, filter: (command.filter as Record<string, unknown>) ?? {}, sort: command.sort as Record<string, unknown> };
    case 'count':
      return { collection, command: name, filter: (command.query as Record<string, unknown>) ?? {} };
    case 'aggregate': {
      const first = (command.pipeline as Record<string, unknown>[])[0] ?? {};
      return { collection, command: name, filter: (first.$match as Record<string, unknown>) ?? {} };
    }
    case 'update':
    case 'delete': {
      const statements = (command[name === 'update' ? 'updates' : 'deletes'] as { q: Record<string, unknown> }[]) ?? [];
      return statements[0] ? { collection, command: name, filter: statements[0].q } : null;
    }
    case 'findAndModify':
      return { collection, command: name, filter: (command.query as Record<string, unknown>) ?? {} };
    default:
      return null;
  }
}

export interface Database {
  connection: Connection;
  commands: CommandCounter;
  close(): Promise<void>;
}

/** Opens a mongoose connection to one subgraph's database. */
export async function connectDatabase(uri: string, dbName: string): Promise<Database> {
  const connection = mongoose.createConnection(uri, {
    dbName,
    monitorCommands: true,
    serverSelectionTimeoutMS: 15_000,
    // Indexes are part of each model's definition; build them at start-up.
    autoIndex: true,
  });
  const commands = new CommandCounter();
  await connection.asPromise();
  connection.getClient().on('commandStarted', (event) => commands.record(event.commandName, event.command as Record<string, unknown>));
  return { connection, commands, close: () => connection.close() };
}

/** The error MongoDB and FerretDB give an insert or update that breaks a unique index (code 11000). */
export const isDuplicateKey = (err: unknown): boolean => (err as { code?: number } | null)?.code === 11000;

/**
 * An unordered insertMany where documents already there (a unique key taken: a retry, a second replica)
 * are skipped, not an error; any other failure throws. Returns how many were inserted.
 */
export async function insertManyIgnoringDuplicates<T>(model: { insertMany(docs: T[], options: { ordered: false }): Promise<unknown[]> }, docs: T[]): Promise<number> {
  if (!docs.length) return 0;
  try {
    return (await model.insertMany(docs, { ordered: false })).length;
  } catch (err) {
    const e = err as { code?: number; writeErrors?: { code?: number; err?: { code?: number } }[]; insertedDocs?: unknown[] };
    const codes = e.writeErrors?.map((w) => w.code ?? w.err?.code) ?? [e.code];
    if (codes.every((code) => code === 11000)) return e.insertedDocs?.length ?? docs.length - codes.length;
    throw err;
  }
}
