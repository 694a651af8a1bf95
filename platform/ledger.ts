import { Schema, type Connection, type Model, type Types } from 'mongoose';
import { failed, ok, type Outcome } from './user-errors';

/**
 * An append-only ledger of state changes, one sequence per key.
 *
 * FerretDB v1 (like any store without multi-document transactions) cannot
 * check-then-write atomically: its update is read-then-write. A unique index
 * is atomic everywhere, so writers for the same key are serialised by it:
 * each reads the key's history, decides, and inserts entry `seq = last + 1`.
 * If another writer got there first the insert fails on the unique
 * (key, seq) index, and the decision is taken again on the new history.
 * The ledger is also the audit trail: who did what, when, and why.
 */
export interface LedgerEntry<D = Record<string, unknown>> {
  _id: Types.ObjectId;
  key: string;
  seq: number;
  action: string;
  actor: string;
  at: Date;
  data: D;
}

export function ledgerModel(connection: Connection, name: string): Model<LedgerEntry> {
  if (connection.models[name]) return connection.models[name] as Model<LedgerEntry>;
  const schema = new Schema<LedgerEntry>(
    {
      key: { type: String, required: true },
      seq: { type: Number, required: true },
      action: { type: String, required: true },
      actor: { type: String, required: true },
      at: { type: Date, required: true },
      data: { type: Schema.Types.Mixed, default: {} },
    },
    { collection: name, versionKey: false, minimize: false },
  );
  schema.index({ key: 1, seq: 1 }, { unique: true });
  return connection.model<LedgerEntry>(name, schema);
}

export interface Decision<D> {
  action: string;
  data: D;
}

const DUPLICATE_KEY = 11000;
const MAX_ATTEMPTS = 50;

/**
 * Appends the entry that `decide` chooses in view of the key's whole history,
 * or returns the user errors it gives instead. Under contention it decides
 * again on the fresher history; it gives up, with an error, only after many
 * lost races in a row.
 */
export async function appendDecision<D extends Record<string, unknown>, T>(
  ledger: Model<LedgerEntry>,
  key: string,
  actor: string,
  decide: (history: LedgerEntry<D>[]) => Outcome<Decision<D> & { result: T }>,
): Promise<Outcome<{ entry: LedgerEntry<D>; result: T }>> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const history = (await ledger.find({ key }).sort({ seq: 1 }).lean()) as LedgerEntry<D>[];
    const decision = decide(history);
    if (!decision.ok) return failed(...decision.errors);
    const entry = {
      key,
      seq: (history.at(-1)?.seq ?? 0) + 1,
      action: decision.value.action,
      actor,
      at: new Date(),
      data: decision.value.data,
    };
    try {
      const created = await ledger.create(entry);
      return ok({ entry: created.toObject() as LedgerEntry<D>, result: decision.value.result });
    } catch (err) {
      if ((err as { code?: number }).code !== DUPLICATE_KEY) throw err;
      // Lost the race for this sequence number: back off a little, then decide again.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * (attempt + 1)));
    }
  }
  throw new Error(`Too much contention on ${key}: gave up after ${MAX_ATTEMPTS} attempts`);
}
