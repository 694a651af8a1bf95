import { governs, requirePrincipal } from '../../../platform/auth/access';
import { forbidden } from '../../../platform/auth/tokens';
import { appendDecision, asDecision, ledgerHead, type LedgerEntry } from '../../../platform/data/ledger';
import { isObjectId } from '../../../platform/server/subgraph';
import { userError } from '../../../platform/rules/user-errors';
import { decideTableChange, DEFAULT_TABLE_STATE, type TableState } from '../domain/requests/time-limits';
import { actorOf } from '../domain/parties';
import type { Context } from '../context';
import type { MutationSetRequestTimeLimitsArgs } from '../generated/resolvers';
import type { ServicesModels } from '../models';

/*
 * 时限规则表: each street's time limits, every version an entry on the table's ledger
 * (`limits:<street>`), so that the current table is one indexed read and the history is the ledger.
 */

export const limitsKey = (streetId: unknown) => `limits:${String(streetId)}`;

/** A street's table as it is now (the default one for a street that never set its own). */
export async function streetTable(models: ServicesModels, streetId: unknown): Promise<TableState> {
  if (!streetId || !isObjectId(String(streetId))) return DEFAULT_TABLE_STATE;
  return (await ledgerHead<TableState>(models.TimeLimitLedger, limitsKey(streetId), DEFAULT_TABLE_STATE)).view;
}

type Payload = { table: LedgerEntry | null; errors: ReturnType<typeof userError>[] };

/** 设置时限规则表: the street's committee changes its table; requests received from now on run by it. */
export async function setRequestTimeLimits(ctx: Context, { streetId, limits, note }: MutationSetRequestTimeLimitsArgs): Promise<Payload> {
  const principal = requirePrincipal(ctx.principal);
  const street = isObjectId(streetId) ? await ctx.territory.load(streetId) : null;
  if (!street || street.kind !== 'STREET') return { table: null, errors: [userError('INVALID_STREET', '街道不存在 · no such street', 'streetId')] };
  if (principal.role !== 'STREET_ADMIN' || !governs(principal, street.path)) throw forbidden("Only the street's committee may set its time limits");
  const key = limitsKey(street.id);
  const outcome = await appendDecision({
    ledger: ctx.models.TimeLimitLedger,
    key,
    actor: principal.subject,
    by: actorOf(principal),
    read: () => ledgerHead<TableState>(ctx.models.TimeLimitLedger, key, DEFAULT_TABLE_STATE),
    decide: (state) => asDecision(decideTableChange(state, limits, note ?? null)),
  });
  return outcome.ok ? { table: outcome.value.entry as LedgerEntry, errors: [] } : { table: null, errors: outcome.errors };
}
