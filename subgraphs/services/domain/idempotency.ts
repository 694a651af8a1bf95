import type { Model } from 'mongoose';
import { isDuplicateKey } from '../../../platform/data/mongo';
import { userError, type UserError } from '../../../platform/rules/user-errors';
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

const KEY = /^[A-Za-z0-9_:.-]{8,64}$/;

/**
 * How a retry treats a key whose first attempt has not finished: `wait` for it (and ask the client to
 * retry later if it takes too long), or `resume` it — for acts that converge, where doing the rest of
 * the work again is safe (a claim: its id comes from the key, and every step of it can be found done).
 * A resumable act that failed part-way (a database error, a process that died) leaves its key pending,
 * and the next retry completes it; any other frees its key so that a retry can act afresh.
 */
export type Pending = 'wait' | 'resume';

export async function once(
  model: Model<IdempotencyDoc>,
  scope: string,
  operation: string,
  key: string | null | undefined,
  act: () => Promise<Outcome>,
  pending: Pending = 'wait',
): Promise<Outcome> {
  if (key == null) return act();
  if (!KEY.test(key)) {
    return { claimId: null, errors: [userError('INVALID_IDEMPOTENCY_KEY', '幂等键须为8至64位字母、数字或 _:.- · 8 to 64 letters, digits or _:.-', 'idempotencyKey')] };
  }
  const _id = `${scope}|${key}`;
  try {
    await model.create({ _id, operation, done: false, createdAt: new Date() });
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    const recorded = await replay(model, _id, operation, pending === 'resume' ? RESUME_AFTER_MS : WAIT_MS);
    if (recorded !== 'pending') return recorded;
    if (pending === 'wait') return { claimId: null, errors: [userError('RETRY_LATER', '同一请求仍在处理中,请稍后重试 · the same request is still being handled; retry shortly')] };
  }
  try {
    const outcome = await act();
    await model.updateOne({ _id }, { $set: { done: true, claimId: outcome.claimId, errors: outcome.errors } });
    return outcome;
  } catch (err) {
    if (pending === 'wait') await model.deleteOne({ _id }).catch(() => undefined);
    throw err;
  }
}

const WAIT_MS = 15_000;
/** A copy of a resumable request sent at the same moment waits this long for the first, then resumes it. */
const RESUME_AFTER_MS = 2_000;

async function replay(model: Model<IdempotencyDoc>, _id: string, operation: string, patience: number): Promise<Outcome | 'pending'> {
  for (let waited = 0; waited < patience; waited += 25) {
    const record = await model.findById(_id).lean();
    if (!record) return 'pending'; // the first attempt failed and freed the key: act afresh
    if (record.operation !== operation) {
      return { claimId: null, errors: [userError('IDEMPOTENCY_KEY_REUSED', '该幂等键已用于其他操作 · this key was used for another operation', 'idempotencyKey')] };
    }
    if (record.done) return { claimId: record.claimId ? String(record.claimId) : null, errors: record.errors ?? [] };
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return 'pending';
}
