import { Schema, type Connection, type Model, type Types } from 'mongoose';
import { isDuplicateKey } from './mongo';

/**
 * "At most one" rules on values that some documents lack (a member's ID number) or that older data
 * may already repeat (two organisations of one name under a parent, from before the rule).
 *
 * A unique index on the documents themselves cannot say it: FerretDB v1 has no partial or sparse
 * indexes (every document without the value would clash on null), and an index over data that
 * already repeats a value does not build, which would stop the server at start-up. So each value is
 * claimed as the `_id` of a document in a collection of its own before the document holding it is
 * written — unique `_id` is atomic on MongoDB and FerretDB alike, so of two concurrent claims exactly
 * one succeeds (the resident units' credit codes work the same way). Values written before the rule
 * hold no key: callers check those with a read as well.
 */
export interface UniqueKeyDoc {
  /** The value, prefixed by what it is unique within. */
  _id: string;
  /** The document that holds the value. */
  holderId: Types.ObjectId;
  at: Date;
}

export { isDuplicateKey };

export function uniqueKeyModel(connection: Connection, name: string): Model<UniqueKeyDoc> {
  if (connection.models[name]) return connection.models[name] as Model<UniqueKeyDoc>;
  const schema = new Schema<UniqueKeyDoc>(
    {
      _id: { type: String, required: true },
      holderId: { type: Schema.Types.ObjectId, required: true },
      at: { type: Date, required: true },
    },
    { collection: name, versionKey: false },
  );
  return connection.model<UniqueKeyDoc>(name, schema);
}

/**
 * A claim whose holder was never written (its process died between the claim and the write) is
 * given up after this long; a younger one is a write in flight, and the value counts as taken.
 */
const ABANDONED_AFTER_MS = 60_000;

/**
 * Claims `key` for `holderId`: true when it is theirs now (or was already), false when another
 * holds it. `holds(otherId)` tells whether the other holder really has the value (it exists, and
 * still carries it); a key whose holder does not, and that is old enough, is taken over. (Taking
 * over deletes the abandoned key, then inserts: the insert still decides between two that try at once.)
 */
export async function claimUniqueKey(
  keys: Model<UniqueKeyDoc>,
  key: string,
  holderId: Types.ObjectId,
  holds: (holderId: Types.ObjectId) => Promise<boolean>,
): Promise<boolean> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await keys.create({ _id: key, holderId, at: new Date() });
      return true;
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
    }
    const current = await keys.findById(key).lean();
    if (!current) continue; // released in between: try again
    if (current.holderId.equals(holderId)) return true;
    if (Date.now() - current.at.getTime() < ABANDONED_AFTER_MS || (await holds(current.holderId))) return false;
    await keys.deleteOne({ _id: key, holderId: current.holderId, at: current.at });
  }
  return false;
}

/** Gives a key up, if `holderId` still holds it (after a failed write, or when the value changed). */
export async function releaseUniqueKey(keys: Model<UniqueKeyDoc>, key: string, holderId: Types.ObjectId): Promise<void> {
  await keys.deleteOne({ _id: key, holderId });
}
