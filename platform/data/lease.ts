import { Schema, type Connection, type Model } from 'mongoose';
import { isDuplicateKey } from './mongo';

/**
 * A short lease on a name, held by inserting a document whose _id is the
 * name: the insert is atomic on every backend, so at most one holder runs at
 * a time, across processes and replicas. A holder that dies leaves a lease
 * that expires; the next taker removes it.
 */
export interface LeaseDoc {
  _id: string;
  expiresAt: Date;
}

export function leaseModel(connection: Connection, name = 'leases'): Model<LeaseDoc> {
  if (connection.models.Lease) return connection.models.Lease as Model<LeaseDoc>;
  const schema = new Schema<LeaseDoc>(
    { _id: { type: String, required: true }, expiresAt: { type: Date, required: true } },
    { collection: name, versionKey: false },
  );
  return connection.model<LeaseDoc>('Lease', schema);
}


/** The lease stayed held by someone else for longer than the caller would wait. */
export class LeaseBusy extends Error {}

export async function withLease<T>(
  leases: Model<LeaseDoc>,
  name: string,
  task: () => Promise<T>,
  { ttlMs = 30_000, waitMs = 15_000 } = {},
): Promise<T> {
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    try {
      await leases.create({ _id: name, expiresAt: new Date(Date.now() + ttlMs) });
      break;
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      const held = await leases.findById(name).lean();
      if (held && held.expiresAt.getTime() < Date.now()) {
        // Its holder died: take it over (only the one who removes this very lease does).
        await leases.deleteOne({ _id: name, expiresAt: held.expiresAt });
        continue;
      }
      if (Date.now() - started >= waitMs) throw new LeaseBusy(`Timed out waiting for ${name}`);
      await new Promise((resolve) => setTimeout(resolve, Math.min(5 * (attempt + 1), 50) * Math.random() + 2));
    }
  }
  try {
    return await task();
  } finally {
    await leases.deleteOne({ _id: name });
  }
}
