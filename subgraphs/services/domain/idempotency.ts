import type { Model } from 'mongoose';
import { userError, type UserError } from '../../../platform/user-errors';
import type { IdempotencyDoc } from '../models';

/**
 * Idempotency keys: the first request with a key records its outcome; a
 * retry with the same key (scoped to the caller) gets that outcome back
 * without acting again. Recording the key is an insert on a unique _id, so
 * two copies of one request racing each other also act only once: the
 * second waits for the first's outcome.
 */
export interface Outcome {
  claimId: string | null;
  errors: UserError[];
}

const DUPLICATE_KEY = 11000;
const KEY = /^[A-Za-z0-9_:.-]{8,64}$/;

export async function once(
  model: Model<IdempotencyDoc>,
  scope: string,
  operation: string,
  key: string | null | undefined,
  act: () => Promise<Outcome>,
): Promise<Outcome> {
  if (key == null) return act();
  if (!KEY.test(key)) {
    return { claimId: null, errors: [userError('INVALID_IDEMPOTENCY_KEY', '幂等键须为8至64位字母、数字或 _:.- · 8 to 64 letters, digits or _:.-', 'idempotencyKey')] };
  }
  const _id = `${scope}|${key}`;
  try {
    await model.create({ _id, operation, done: false, createdAt: new Date() });
  } catch (err) {
    if ((err as { code?: number }).code !== DUPLICATE_KEY) throw err;
    return replay(model, _id, operation);
  }
  try {
    const outcome = await act();
    await model.updateOne({ _id }, { $set: { done: true, claimId: outcome.claimId, errors: outcome.errors } });
    return outcome;
  } catch (err) {
    // Nothing was decided: free the key so that a retry can act.
    await model.deleteOne({ _id });
    throw err;
  }
}

async function replay(model: Model<IdempotencyDoc>, _id: string, operation: string): Promise<Outcome> {
  for (let waited = 0; waited < 15_000; waited += 25) {
    const record = await model.findById(_id).lean();
    if (!record) break; // the first attempt failed and freed the key
    if (record.operation !== operation) {
      return { claimId: null, errors: [userError('IDEMPOTENCY_KEY_REUSED', '该幂等键已用于其他操作 · this key was used for another operation', 'idempotencyKey')] };
    }
    if (record.done) return { claimId: record.claimId ? String(record.claimId) : null, errors: record.errors ?? [] };
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return { claimId: null, errors: [userError('RETRY_LATER', '同一请求仍在处理中,请稍后重试 · the same request is still being handled; retry shortly')] };
}
