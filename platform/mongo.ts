import mongoose, { type Connection } from 'mongoose';

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
  record(name: string) {
    if (!HOUSEKEEPING.has(name)) this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
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
  connection.getClient().on('commandStarted', (event) => commands.record(event.commandName));
  return { connection, commands, close: () => connection.close() };
}
