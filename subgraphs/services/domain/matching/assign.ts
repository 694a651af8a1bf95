import type { ServiceCategory } from '../../models';
import { FlowNetwork } from './flow';
import { bestFirst, quickScore, score, servingCategories, type MatchNeed, type MatchOffer, type ProviderStats, type Suggestion, type Weights } from './score';

/**
 * Suggestions for one need or one offer, and the assignment of all open
 * needs of a territory to its offers that maximises weighted coverage
 * within every capacity (a min-cost flow), beside a greedy baseline.
 *
 * Weighted coverage: each need counts equally; a need covered in full by
 * matches that score 1 counts 1. So a unit of flow from need n to offer o is
 * worth score(n, o) / remaining(n), and quantities in different units (hours,
 * yuan, people) compare as shares of their needs.
 */

/** Offers indexed by unit of measure and category, so a need only meets offers that could serve it. */
export class OfferIndex {
  private readonly byKey = new Map<string, MatchOffer[]>();
  constructor(offers: MatchOffer[]) {
    for (const offer of [...offers].sort((a, b) => (a.id < b.id ? -1 : 1))) {
      const key = `${offer.unitOfMeasure}:${offer.category}`;
      if (!this.byKey.has(key)) this.byKey.set(key, []);
      this.byKey.get(key)!.push(offer);
    }
  }
  candidatesFor(need: MatchNeed): MatchOffer[] {
    return servingCategories(need.category).flatMap((c) => this.byKey.get(`${need.unitOfMeasure}:${c}`) ?? []);
  }
}

export interface ScoringContext {
  stats: ProviderStats;
  weights: Weights;
  now: Date;
}

/** The best `first` offers for a need, best first: ranked on bare scores, explained only when kept. */
export function suggestOffers(need: MatchNeed, index: OfferIndex, ctx: ScoringContext, first: number): Suggestion[] {
  const ranked: { offer: MatchOffer; score: number }[] = [];
  for (const offer of index.candidatesFor(need)) {
    const s = quickScore(need, offer, ctx.stats, ctx.weights, ctx.now);
    if (s !== null) ranked.push({ offer, score: s });
  }
  ranked.sort((a, b) => b.score - a.score || (a.offer.id < b.offer.id ? -1 : 1));
  return ranked.slice(0, first).map((r) => score(need, r.offer, ctx.stats, ctx.weights, ctx.now)!);
}

/** The best `first` needs for an offer, best first. */
export function suggestNeeds(offer: MatchOffer, needs: MatchNeed[], ctx: ScoringContext, first: number): Suggestion[] {
  const scored: Suggestion[] = [];
  for (const need of needs) {
    const s = score(need, offer, ctx.stats, ctx.weights, ctx.now);
    if (s) scored.push(s);
  }
  return scored.sort(bestFirst).slice(0, first);
}

export interface Match {
  need: MatchNeed;
  offer: MatchOffer;
  quantity: number;
  score: number;
  factors: Suggestion['factors'];
}

export interface Assignment {
  matches: Match[];
  /** Weighted coverage, 0 to 1 (see above). */
  coverage: number;
  /** Needs left wholly or partly unmet, per category. */
  unmetByCategory: { category: ServiceCategory; needs: number; unmetQuantity: number }[];
  /** Quantity and matches per provider: how the load spreads. */
  loadByProvider: { providerId: string; quantity: number; matches: number }[];
}

/** How many offers each need may be matched with (its best ones): bounds the network's size. */
export const CANDIDATES_PER_NEED = 10;

function candidatePairs(needs: MatchNeed[], offers: MatchOffer[], ctx: ScoringContext): Suggestion[] {
  const index = new OfferIndex(offers);
  return [...needs].sort((a, b) => (a.id < b.id ? -1 : 1)).flatMap((need) => suggestOffers(need, index, ctx, CANDIDATES_PER_NEED));
}

/**
 * The optimal assignment by min-cost flow; deterministic for the same data.
 * Needs and offers that share no candidate pair never interact, so each
 * connected group (mostly: one unit of measure and its related categories)
 * is solved on its own, smaller network.
 */
export function assign(needs: MatchNeed[], offers: MatchOffer[], ctx: ScoringContext): Assignment {
  const pairs = candidatePairs(needs, offers, ctx);
  const matches = connectedGroups(pairs).flatMap(solve);
  return report(needs, matches);
}

/** Splits candidate pairs into groups that share no need and no offer (union-find over ids). */
function connectedGroups(pairs: Suggestion[]): Suggestion[][] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    for (let y = x; parent.get(y) !== root; ) {
      const next = parent.get(y)!;
      parent.set(y, root);
      y = next;
    }
    return root;
  };
  for (const p of pairs) {
    const [a, b] = [`n:${p.need.id}`, `o:${p.offer.id}`];
    if (!parent.has(a)) parent.set(a, a);
    if (!parent.has(b)) parent.set(b, b);
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
  const groups = new Map<string, Suggestion[]>();
  for (const p of pairs) {
    const root = find(`n:${p.need.id}`);
    if (!groups.has(root)) groups.set(root, []);
    groups.get(root)!.push(p);
  }
  return [...groups.keys()].sort().map((k) => groups.get(k)!);
}

/** One group's min-cost flow: source → needs → offers → sink. */
function solve(pairs: Suggestion[]): Match[] {
  const needIds = [...new Set(pairs.map((p) => p.need.id))];
  const offerIds = [...new Set(pairs.map((p) => p.offer.id))].sort();
  const needNode = new Map(needIds.map((id, i) => [id, 1 + i]));
  const offerNode = new Map(offerIds.map((id, i) => [id, 1 + needIds.length + i]));
  const sink = 1 + needIds.length + offerIds.length;
  const network = new FlowNetwork(sink + 1);
  const needById = new Map(pairs.map((p) => [p.need.id, p.need]));
  const offerById = new Map(pairs.map((p) => [p.offer.id, p.offer]));
  for (const id of needIds) network.addEdge(0, needNode.get(id)!, needById.get(id)!.remaining, 0);
  for (const id of offerIds) network.addEdge(offerNode.get(id)!, sink, offerById.get(id)!.remaining, 0);
  const edges = pairs.map((p) => ({
    pair: p,
    edge: network.addEdge(needNode.get(p.need.id)!, offerNode.get(p.offer.id)!, p.quantity, -p.score / p.need.remaining),
  }));
  network.maximiseValue(0, sink, Array.from({ length: sink + 1 }, (_, i) => i));
  return edges
    .map(({ pair, edge }) => ({ need: pair.need, offer: pair.offer, quantity: network.flow(edge), score: pair.score, factors: pair.factors }))
    .filter((m) => m.quantity > 0);
}

/** The greedy baseline: best-scoring pairs first, each taking what it can. */
export function assignGreedily(needs: MatchNeed[], offers: MatchOffer[], ctx: ScoringContext): Assignment {
  const pairs = candidatePairs(needs, offers, ctx).sort(bestFirst);
  const needLeft = new Map(needs.map((n) => [n.id, n.remaining]));
  const offerLeft = new Map(offers.map((o) => [o.id, o.remaining]));
  const matches: Match[] = [];
  for (const p of pairs) {
    const quantity = Math.min(needLeft.get(p.need.id)!, offerLeft.get(p.offer.id)!);
    if (quantity <= 0) continue;
    needLeft.set(p.need.id, needLeft.get(p.need.id)! - quantity);
    offerLeft.set(p.offer.id, offerLeft.get(p.offer.id)! - quantity);
    matches.push({ need: p.need, offer: p.offer, quantity, score: p.score, factors: p.factors });
  }
  return report(needs, matches);
}

function report(needs: MatchNeed[], matches: Match[]): Assignment {
  const covered = new Map<string, number>();
  let value = 0;
  for (const m of matches) {
    covered.set(m.need.id, (covered.get(m.need.id) ?? 0) + m.quantity);
    value += (m.score * m.quantity) / m.need.remaining;
  }
  const unmet = new Map<ServiceCategory, { needs: number; unmetQuantity: number }>();
  for (const need of needs) {
    const left = need.remaining - (covered.get(need.id) ?? 0);
    if (left <= 0) continue;
    const row = unmet.get(need.category) ?? { needs: 0, unmetQuantity: 0 };
    row.needs += 1;
    row.unmetQuantity += left;
    unmet.set(need.category, row);
  }
  const load = new Map<string, { quantity: number; matches: number }>();
  for (const m of matches) {
    const row = load.get(m.offer.providerId) ?? { quantity: 0, matches: 0 };
    row.quantity += m.quantity;
    row.matches += 1;
    load.set(m.offer.providerId, row);
  }
  return {
    matches: matches.sort((a, b) => (a.need.id < b.need.id ? -1 : a.need.id > b.need.id ? 1 : a.offer.id < b.offer.id ? -1 : 1)),
    coverage: needs.length ? Math.round((value / needs.length) * 1e6) / 1e6 : 0,
    unmetByCategory: [...unmet].map(([category, row]) => ({ category, ...row })).sort((a, b) => (a.category < b.category ? -1 : 1)),
    loadByProvider: [...load].map(([providerId, row]) => ({ providerId, ...row })).sort((a, b) => b.quantity - a.quantity || (a.providerId < b.providerId ? -1 : 1)),
  };
}
