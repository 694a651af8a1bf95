import { rate } from '../../../platform/rules/statistics';
import type { ClaimStatus, ItemKind, ServiceCategory, StoredItemStatus } from '../models';
import { REQUEST_CATEGORIES, type RequestCategory } from './requests/lifecycle';

/**
 * The dashboard's figures, folded from the counts the database's
 * aggregations return. Plain functions: the rates and rankings are defined
 * here, once, and tested against hand-counted fixtures.
 */

const FULFILLED: readonly StoredItemStatus[] = ['FULFILLED', 'EVALUATED'];

export interface ListFigures {
  list: ItemKind;
  published: number;
  claimed: number;
  claimRate: number | null;
  fulfilled: number;
  fulfilmentRate: number | null;
}

/** Per list: published (drafts aside), claimed at least once, fulfilled, and the rates. */
export function listFigures(
  byStatus: { kind: unknown; status: unknown; count: number }[],
  claimedByKind: Map<string, number>,
): ListFigures[] {
  return (['NEED', 'OFFER', 'PROJECT'] as const).map((list) => {
    const rows = byStatus.filter((r) => r.kind === list && r.status !== 'DRAFT');
    const published = rows.reduce((n, r) => n + r.count, 0);
    const fulfilled = rows.filter((r) => FULFILLED.includes(r.status as StoredItemStatus)).reduce((n, r) => n + r.count, 0);
    const claimed = claimedByKind.get(list) ?? 0;
    return { list, published, claimed, claimRate: rate(claimed, published), fulfilled, fulfilmentRate: rate(fulfilled, published) };
  });
}

/**
 * Hours as a dashboard shows them: to the hundredth, halves up — 0.04 for a stored 0.034999999999999996
 * (126 seconds, less a floating-point hair), not that string of digits.
 */
export const roundHours = (hours: number | null): number | null => (hours === null ? null : Math.round(hours * 100 + 1e-9) / 100);

export function claimFigures(byStatus: { status: unknown; count: number }[]) {
  return {
    total: byStatus.reduce((n, r) => n + r.count, 0),
    byStatus: byStatus
      .map((r) => ({ status: r.status as ClaimStatus, count: r.count }))
      .sort((a, b) => a.status.localeCompare(b.status)),
  };
}

export interface RequestRow {
  status: unknown;
  category: unknown;
  whistled: unknown;
  escalated: unknown;
  resolvedOnTime: unknown;
  satisfied: unknown;
  count: number;
}

/**
 * 办结率 resolved / received; 按期办结率 on time / resolved; 满意率 satisfied /
 * rated (the last rating of each request; 3 and up is satisfied); 吹哨率
 * whistled / received.
 */
export function requestFigures(rows: RequestRow[], overdueNow: number) {
  const sum = (keep: (r: RequestRow) => boolean) => rows.filter(keep).reduce((n, r) => n + r.count, 0);
  const received = sum(() => true);
  const resolved = sum((r) => r.status === 'RESOLVED' || r.status === 'CLOSED');
  const resolvedOnTime = sum((r) => (r.status === 'RESOLVED' || r.status === 'CLOSED') && r.resolvedOnTime === true);
  const rated = sum((r) => r.satisfied === true || r.satisfied === false);
  const satisfied = sum((r) => r.satisfied === true);
  const whistled = sum((r) => r.whistled === true);
  const escalated = sum((r) => r.escalated === true);
  return {
    received,
    resolved,
    resolutionRate: rate(resolved, received),
    resolvedOnTime,
    onTimeRate: rate(resolvedOnTime, resolved),
    rated,
    satisfied,
    satisfactionRate: rate(satisfied, rated),
    whistled,
    whistleRate: rate(whistled, received),
    escalated,
    overdueNow,
    byCategory: REQUEST_CATEGORIES.map((category: RequestCategory) => ({ category, count: sum((r) => r.category === category) })).filter((c) => c.count > 0),
  };
}



export interface UnitContributionRow {
  rank: number;
  unitId: string;
  deliveredClaims: number;
  evaluatedClaims: number;
}

/**
 * Units ranked by claims delivered, then by claims evaluated; equal figures
 * share a rank (1, 2, 2, 4), and the order among them is by id, so it is stable.
 */
export function rankUnits(rows: { unit: unknown; status: unknown; count: number }[], first: number): UnitContributionRow[] {
  const byUnit = new Map<string, { delivered: number; evaluated: number }>();
  for (const row of rows) {
    const unit = String(row.unit);
    const figures = byUnit.get(unit) ?? { delivered: 0, evaluated: 0 };
    figures.delivered += row.count;
    if (row.status === 'EVALUATED') figures.evaluated += row.count;
    byUnit.set(unit, figures);
  }
  const sorted = [...byUnit.entries()].sort(([ua, a], [ub, b]) => b.delivered - a.delivered || b.evaluated - a.evaluated || ua.localeCompare(ub));
  const ranked: UnitContributionRow[] = [];
  sorted.forEach(([unitId, f], i) => {
    const previous = ranked[i - 1];
    const tied = previous && previous.deliveredClaims === f.delivered && previous.evaluatedClaims === f.evaluated;
    ranked.push({ rank: tied ? previous.rank : i + 1, unitId, deliveredClaims: f.delivered, evaluatedClaims: f.evaluated });
  });
  return ranked.slice(0, first);
}

/** Per category: needs, quantity asked, accepted and delivered, and coverage = accepted / asked. */
export function coverageFigures(needs: Map<string, number>, quantity: Map<string, number>, accepted: Map<string, number>, delivered: Map<string, number>) {
  return [...needs.keys()].sort().map((category) => {
    const asked = quantity.get(category) ?? 0;
    const taken = accepted.get(category) ?? 0;
    return {
      category: category as ServiceCategory,
      needs: needs.get(category) ?? 0,
      quantity: asked,
      accepted: taken,
      delivered: delivered.get(category) ?? 0,
      coverage: rate(taken, asked),
    };
  });
}
