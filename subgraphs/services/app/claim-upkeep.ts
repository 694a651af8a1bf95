import { repeatEvery } from '../../../platform/server/repeat';
import type { Principal } from '../../../platform/auth/tokens';
import type { Logger } from '../../../platform/server/logger';
import type { TerritoryDirectory } from '../../../platform/rules/territory';
import { createContext } from '../context';
import type { ServicesModels } from '../models';
import { isActiveClaim } from '../domain/claims';
import { transition } from './claims';

/** Who expires claims: the system, not a person (it shows so in the item's history). */
const EXPIRY: Principal = { subject: 'system:claim-expiry', role: 'VIEWER', scopeId: '000000000000000000000000', territory: [] };
const BATCH = 200;

/**
 * Claims left pending longer than `days` (the owner side never answered) expire, each on its item's
 * ledger as any other step, and give their quantity back. Returns how many expired.
 */
export async function expirePendingClaims(models: ServicesModels, directory: TerritoryDirectory, days: number, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - days * 86_400_000);
  const stale = await models.Claim.find({ status: 'PENDING', createdAt: { $lt: cutoff } }, { _id: 1 }).sort({ status: 1, createdAt: 1 }).limit(BATCH).lean();
  let expired = 0;
  for (const { _id } of stale) {
    const ctx = createContext(models, { principal: EXPIRY, directory });
    const outcome = await transition(ctx, 'EXPIRE', String(_id), null, () => true, { reason: `超过${days}天未处理,自动过期 · pending over ${days} days` });
    if (!outcome.errors.length) expired++;
  }
  return expired;
}

/**
 * Locks of claims that ended hold nothing (settleLock frees one when its claimant claims the item
 * again), but most are never met again. Each call walks the next batch of locks by _id, from `after`,
 * and removes those whose claim has ended; a lock whose claim is not written yet (a claim in flight)
 * is left to settleLock. Returns how many were removed, and where the next call goes on (null: from
 * the start).
 */
export async function sweepEndedLocks(models: ServicesModels, after: string | null): Promise<{ removed: number; next: string | null }> {
  const locks = await models.ClaimLock.find(after === null ? {} : { _id: { $gt: after } }, { _id: 1, claimId: 1 }).sort({ _id: 1 }).limit(BATCH).lean();
  if (locks.length === 0) return { removed: 0, next: null };
  const claims = await models.Claim.find({ _id: { $in: locks.map((l) => l.claimId) } }, { status: 1 }).lean();
  const ended = new Set(claims.filter((c) => !isActiveClaim(c.status)).map((c) => String(c._id)));
  const free = locks.filter((l) => ended.has(String(l.claimId)));
  // Conditional on the claim: a lock taken again meanwhile belongs to a new claim and stays.
  const { deletedCount } = free.length ? await models.ClaimLock.deleteMany({ $or: free.map((l) => ({ _id: l._id, claimId: l.claimId })) }) : { deletedCount: 0 };
  return { removed: deletedCount, next: locks.length < BATCH ? null : locks[locks.length - 1]._id };
}

/** Expiry and the locks' sweep on a timer beside the server; returns how to stop it. */
export function startClaimUpkeep(models: ServicesModels, directory: TerritoryDirectory, days: number, seconds: number, logger: Logger): () => Promise<void> {
  let sweptTo: string | null = null;
  const upkeep = async () => {
    const expired = days > 0 ? await expirePendingClaims(models, directory, days, new Date()) : 0;
    if (expired) logger.info({ expired }, 'pending claims expired');
    const { removed, next } = await sweepEndedLocks(models, sweptTo);
    sweptTo = next;
    if (removed) logger.info({ removed }, 'locks of ended claims removed');
  };
  return repeatEvery(seconds, () => upkeep().catch((err: Error) => logger.error({ err }, 'claim upkeep failed')));
}
