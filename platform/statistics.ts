import { governs, requirePrincipal } from './access';
import { forbidden, type Principal } from './auth';
import { badUserInput } from './errors';
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
}

const MAX_PERIOD_MS = 3 * 366 * 86_400_000;

/**
 * Checks a statistics request: a sensible period, an organisation that
 * exists, and a caller who governs its territory (the committees' dashboard
 * holds every unit's and resident's figures). Both subgraphs that answer
 * Statistics check it, so an `_entities` call straight to one cannot skip it.
 */
export function checkStatisticsScope(principal: Principal | null, scope: StatisticsScope, organization: TerritoryNode | null): void {
  const p = requirePrincipal(principal);
  const from = new Date(scope.from);
  const to = new Date(scope.to);
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || from >= to) {
    throw badUserInput('The period must have `from` before `to`', 'from');
  }
  if (to.getTime() - from.getTime() > MAX_PERIOD_MS) throw badUserInput('The period may be at most 3 years long', 'to');
  if (!organization || !governs(p, organization.path)) throw forbidden('Only the Party committees of a territory may read its statistics');
}

/** A rate, or null when there is nothing to divide by (a dashboard shows "—", not 0%). */
export const rate = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);
