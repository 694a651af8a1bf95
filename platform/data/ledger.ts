import { Schema, type Connection, type IndexDefinition, type IndexOptions, type Model } from 'mongoose';
import { isDuplicateKey } from './mongo';
import { failed, ok, type Outcome } from '../rules/user-errors';

/**
 * An append-only ledger of state changes, one sequence per key.
 *
 * FerretDB v1 (like any store without multi-document transactions) cannot
 * check-then-write atomically: its update is read-then-write. A unique index
 * is atomic everywhere, so writers for the same key are serialised by it:
 * each reads what it needs of the key's ledger, decides, and inserts entry
 * `seq = last + 1`. If another writer got there first, the insert fails on
 * the unique (key, seq) index and the decision is taken again on the fresher
 * ledger. The ledger is also the audit trail: who did what, when, and why.
 *
 * Within one process, writers to the same key also queue behind each other
 * (KeyedQueue), so that a burst of requests on one item costs one round of
 * reads each instead of a storm of lost races; the index still guarantees
 * correctness across processes and replicas.
 */
export interface LedgerEntry<D = Record<string, unknown>> {
  /** `<key>#<seq, zero-padded>`: unique, so the insert itself decides the race, and sortable in sequence. */
  _id: string;
  key: string;
  seq: number;
  action: string;
  actor: string;
  /** The organisation, unit or member the actor acted for (absent for the system, and on older entries). */
  by?: ActingParty | null;
  at: Date;
  data: D;
  /**
   * For an entry that also extends a sequence of its own inside the key (a claim's steps within its
   * item's ledger): `<that sequence>@<seq of its previous entry>`. A ledger that indexes it as unique
   * lets a writer decide on a projection of that sequence too (see appendDecision's `head`): if the
   * projection was behind, another entry already follows the same one, and the insert fails.
   */
  follows?: string;
}

/** Who an entry was made for, as the graph shows it: an organisation, a unit or a member. */
export interface ActingParty {
  type: 'ORGANIZATION' | 'RESIDENT_UNIT' | 'MEMBER';
  id: string;
}

export function ledgerModel(
  connection: Connection,
  name: string,
  extraIndexes: (IndexDefinition | [IndexDefinition, IndexOptions])[] = [],
): Model<LedgerEntry> {
  if (connection.models[name]) return connection.models[name] as Model<LedgerEntry>;
  const schema = new Schema<LedgerEntry>(
    {
      _id: { type: String, required: true },
      key: { type: String, required: true },
      seq: { type: Number, required: true },
      action: { type: String, required: true },
      actor: { type: String, required: true },
      by: { type: new Schema({ type: String, id: String }, { _id: false }), default: undefined },
      at: { type: Date, required: true },
      data: { type: Schema.Types.Mixed, default: {} },
      follows: { type: String },
    },
    { collection: name, versionKey: false, minimize: false },
  );
  schema.index({ key: 1, seq: 1 }, { unique: true });
  for (const index of extraIndexes) (Array.isArray(index) ? schema.index(index[0], index[1]) : schema.index(index));
  return connection.model<LedgerEntry>(name, schema);
}

/**
 * Runs tasks one at a time per key, in arrival order; different keys run in parallel. A task learns
 * whether it waited for another (then whatever it read before its turn may be stale).
 */
export class KeyedQueue {
  private tails = new Map<string, Promise<unknown>>();
  run<T>(key: string, task: (waited: boolean) => Promise<T>): Promise<T> {
    const waiting = this.tails.get(key);
    const previous = waiting ?? Promise.resolve();
    const start = () => task(waiting !== undefined);
    const result = previous.then(start, start);
    const tail = result.catch(() => undefined);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }
}

export interface Decision<D> {
  action: string;
  data: D;
  /** See LedgerEntry.follows. */
  follows?: string;
}

/** A domain decision (an event, or user errors) as appendDecision takes it: the event is also the result. */
export function asDecision<E extends { action: string; data: D }, D extends Record<string, unknown>>(
  outcome: Outcome<E>,
  follows?: string,
): Outcome<Decision<D> & { result: E }> {
  return outcome.ok ? ok({ action: outcome.value.action, data: outcome.value.data, result: outcome.value, ...(follows ? { follows } : {}) }) : outcome;
}

const MAX_ATTEMPTS = 50;
const queues = new WeakMap<Model<LedgerEntry>, KeyedQueue>();

/**
 * Appends the entry that `decide` chooses in view of what `read` loads, or
 * returns the user errors it gives instead. `read` must also return the
 * ledger's last sequence for the key. Under contention from other processes
 * it reads and decides again; it gives up, with an error, only after many
 * lost races in a row. `after` runs inside the key's turn, once the entry is
 * written (to bring projections in line before the next writer reads them).
 *
 * `head`, when given, is what the caller already read of the key (a projection and the sequence it
 * reflects): the first attempt decides on it without reading. That is safe because the insert of
 * `head.lastSeq + 1` succeeds only if no entry followed it; if one did, the insert fails and the
 * decision is taken again on what `read` loads. `after` learns whether the head held. A head that
 * also holds a projection of a sequence inside the key (a claim's status) is safe only if the
 * decision names what it follows (`follows`) on a ledger that indexes it as unique.
 */
export async function appendDecision<V, D extends Record<string, unknown>, T>(opts: {
  ledger: Model<LedgerEntry>;
  key: string;
  actor: string;
  /** The party the actor acts for, recorded beside the actor (see LedgerEntry.by). */
  by?: ActingParty | null;
  read: () => Promise<{ lastSeq: number; view: V }>;
  /**
   * A value: what the caller read before its turn (not used if another writer of this process went
   * first). A function: asked at the start of the turn, so it may know what those writers left.
   */
  head?: { lastSeq: number; view: V } | (() => { lastSeq: number; view: V } | undefined);
  decide: (view: V) => Outcome<Decision<D> & { result: T }>;
  after?: (entry: LedgerEntry<D>, result: T, headHeld: boolean) => Promise<void>;
}): Promise<Outcome<{ entry: LedgerEntry<D>; result: T }>> {
  let queue = queues.get(opts.ledger);
  if (!queue) queues.set(opts.ledger, (queue = new KeyedQueue()));
  return queue.run(opts.key, async (waited) => {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      // A writer of this process went first: a head read before the turn is surely behind.
      const head = attempt > 0 ? undefined : typeof opts.head === 'function' ? opts.head() : waited ? undefined : opts.head;
      const fromHead = head !== undefined;
      const { lastSeq, view } = head ?? (await opts.read());
      const decision = opts.decide(view);
      if (!decision.ok) return failed(...decision.errors);
      const entry = {
        _id: entryId(opts.key, lastSeq + 1),
        key: opts.key,
        seq: lastSeq + 1,
        action: decision.value.action,
        actor: opts.actor,
        ...(opts.by ? { by: opts.by } : {}),
        at: new Date(),
        data: decision.value.data,
        ...(decision.value.follows ? { follows: decision.value.follows } : {}),
      };
      try {
        const created = (await opts.ledger.create(entry)).toObject() as LedgerEntry<D>;
        await opts.after?.(created, decision.value.result, fromHead);
        return ok({ entry: created, result: decision.value.result });
      } catch (err) {
        if (!isDuplicateKey(err)) throw err;
        // Another process took this sequence number: back off a little, then decide again.
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * (attempt + 1)));
      }
    }
    throw new Error(`Too much contention on ${opts.key}: gave up after ${MAX_ATTEMPTS} attempts`);
  });
}

/**
 * Records the first entry of a new key (an item or a request just created):
 * no one else knows the key yet, so there is nothing to decide against.
 */
export function recordFirst<D extends Record<string, unknown>>(
  ledger: Model<LedgerEntry>,
  key: string,
  entry: { action: string; actor: string; by?: ActingParty | null; at: Date; data: D },
) {
  return ledger.create({ _id: entryId(key, 1), key, seq: 1, ...entry });
}

/** The _id of a key's entry number `seq`. */
export const entryId = (key: string, seq: number) => `${key}#${String(seq).padStart(9, '0')}`;

/** A document that projects a key's ledger: `seq` is the last entry it reflects. */
type Projection = { _id: unknown; seq: number };

/**
 * The state a key's ledger last recorded, for a ledger whose entries carry the state after them
 * (`data.state`), with the ledger's last sequence: one query the (key, seq) index answers, on
 * MongoDB and on the project's FerretDB alike. A key with no entries yet reads as `initial`.
 */
export async function ledgerHead<S>(ledger: Model<LedgerEntry>, key: string, initial: S): Promise<{ lastSeq: number; view: S }> {
  const last = (await ledger.findOne({ key }).sort({ seq: -1 }).lean()) as LedgerEntry<{ state: S }> | null;
  return last ? { lastSeq: last.seq, view: last.data.state } : { lastSeq: 0, view: initial };
}

/**
 * Brings a projecting document in line with a ledger entry, unless it already
 * reflects that entry or a newer one. Between them another replica may project a newer entry that this one then
 * overwrites: the document then trails the ledger until the next change,
 * which is harmless, because every decision reads the ledger (ledgerHead),
 * never this copy. `set` sees the fields named in `read` as they are now.
 */
export async function projectForward<T extends Projection>(
  projections: Model<any>,
  id: unknown,
  entry: Pick<LedgerEntry, 'seq'>,
  set: (current: T) => Record<string, unknown>,
  read: Record<string, 1> = {},
  /** The document as it was at the entry before this one, when the caller knows it (the head held). */
  known?: T,
): Promise<void> {
  if (known) {
    // One round trip: the condition on seq keeps a newer projection from being overwritten.
    await projections.updateOne({ _id: id, seq: { $lt: entry.seq } }, { $set: { ...set(known), seq: entry.seq } });
    return;
  }
  const current = (await projections.findById(id, { seq: 1, ...read }).lean()) as T | null;
  if (!current || current.seq >= entry.seq) return;
  await projections.updateOne({ _id: id }, { $set: { ...set(current), seq: entry.seq } });
}

/** Reads a key's whole ledger (for keys with short histories, such as a pair of parties). */
export async function readHistory<D>(ledger: Model<LedgerEntry>, key: string) {
  const history = (await ledger.find({ key }).sort({ seq: 1 }).lean()) as LedgerEntry<D>[];
  return { lastSeq: history.at(-1)?.seq ?? 0, view: history };
}
