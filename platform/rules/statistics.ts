import { governs, requirePrincipal } from '../auth/access';
import { forbidden, type Principal } from '../auth/tokens';
import { badUserInput } from '../server/errors';
import type DataLoader from 'dataloader';
import { isObjectId } from '../server/subgraph';
import type { TerritoryNode } from './territory';

/**
 * What a Statistics entity stands for: one organisation's territory over one
 * period. Each subgraph answers the figures it owns, each field with its own
 * aggregation, so a dashboard pays only for what it asks.
 */
export interface StatisticsScope {
  organizationId: string;
  from: Date;
  to: Date;
  /** The organisation's kind, learnt by the check: a street's or a community's figures read their scalar keys. */
  kind?: string;
}

const MAX_PERIOD_MS = 3 * 366 * 86_400_000;

/**
 * Checks a statistics request — a sensible period, an organisation that
 * exists, and a caller who governs its territory (the committees' dashboard
 * holds every unit's and resident's figures). Both subgraphs that answer
 * Statistics check it, so an `_entities` call straight to one cannot skip it.
 * Returns the scope with its dates as dates.
 */
export async function checkedStatisticsScope(
  principal: Principal | null,
  scope: { organizationId: string; from: Date | string; to: Date | string },
  territory: DataLoader<string, TerritoryNode | null>,
): Promise<StatisticsScope> {
  const p = requirePrincipal(principal);
  // From an `_entities` representation the dates arrive as strings.
  const from = new Date(scope.from);
  const to = new Date(scope.to);
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || from >= to) {
    throw badUserInput('The period must have `from` before `to`', 'from');
  }
  if (to.getTime() - from.getTime() > MAX_PERIOD_MS) throw badUserInput('The period may be at most 3 years long', 'to');
  const organization = isObjectId(scope.organizationId) ? await territory.load(scope.organizationId) : null;
  if (!organization || !governs(p, organization.path)) throw forbidden('Only the Party committees of a territory may read its statistics');
  return { organizationId: scope.organizationId, from, to, kind: organization.kind };
}

/** A rate, or null when there is nothing to divide by (a dashboard shows "—", not 0%). */
export const rate = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);
