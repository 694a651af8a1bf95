import type { Principal } from '../../platform/auth';
import type { Logger } from '../../platform/logger';
import type { TerritoryDirectory } from '../../platform/territory';
import { createContext } from './context';
import type { ServicesModels } from './models';
import { transition } from './resolvers/Mutation';

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

/** The expiry on a timer beside the server; returns how to stop it. */
export function startClaimExpiry(models: ServicesModels, directory: TerritoryDirectory, days: number, seconds: number, logger: Logger): () => Promise<void> {
  if (days <= 0 || seconds <= 0) return async () => {};
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = expirePendingClaims(models, directory, days, new Date()).then(
      (n) => n && logger.info({ expired: n }, 'pending claims expired'),
      (err: Error) => logger.error({ err }, 'claim expiry failed'),
    );
  }, seconds * 1000);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
