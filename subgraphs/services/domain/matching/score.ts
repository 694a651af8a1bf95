import type { ServiceCategory, UnitOfMeasure, Urgency } from '../../models';
import { MatchFactor } from '../../generated/resolvers';

/**
 * How well an offer meets a need (供需对接), factor by factor, as plain
 * functions of plain data. A street committee weighs the factors its own way.
 */

export interface MatchNeed {
  id: string;
  category: ServiceCategory;
  unitOfMeasure: UnitOfMeasure;
  /** Quantity still open. */
  remaining: number;
  urgency: Urgency;
  deadline?: Date | null;
  window?: { start: Date; end: Date } | null;
  location?: { latitude: number; longitude: number } | null;
  /** Territory path of the poster, root first. */
  territoryPath: string[];
}

export interface MatchOffer {
  id: string;
  providerId: string;
  category: ServiceCategory;
  unitOfMeasure: UnitOfMeasure;
  remaining: number;
  window?: { start: Date; end: Date } | null;
  location?: { latitude: number; longitude: number } | null;
  territoryPath: string[];
}

/** What the scorer knows of providers: average evaluation (1-5) and active claims. */
export interface ProviderStats {
  rating: Map<string, number>;
  load: Map<string, number>;
}

export const FACTORS: readonly MatchFactor[] = Object.values(MatchFactor);
export type Factor = MatchFactor;
export type Weights = Record<Factor, number>;

export const DEFAULT_WEIGHTS: Weights = { CATEGORY: 3, DISTANCE: 2, TIME_WINDOW: 1.5, CAPACITY: 1.5, URGENCY: 1, RATING: 1, FAIRNESS: 1 };

export interface FactorScore {
  factor: Factor;
  /** 0 to 1. */
  value: number;
  weight: number;
  /** This factor's share of the final score. */
  contribution: number;
  note: string;
}

export interface Suggestion {
  need: MatchNeed;
  offer: MatchOffer;
  /** 0 to 1. */
  score: number;
  /** How much of the need the offer can cover. */
  quantity: number;
  factors: FactorScore[];
}

/** Categories that can stand in for each other, at half credit (volunteers help with elder care…). */
const RELATED: Partial<Record<ServiceCategory, ServiceCategory[]>> = {
  VOLUNTEERS: ['ELDER_CARE', 'CHILD_CARE', 'ENVIRONMENT', 'SAFETY', 'CULTURE', 'REPAIRS'],
  ELDER_CARE: ['MEDICAL', 'VOLUNTEERS'],
  MEDICAL: ['ELDER_CARE'],
  CHILD_CARE: ['VOLUNTEERS', 'CULTURE'],
  CULTURE: ['VENUE', 'VOLUNTEERS'],
  VENUE: ['CULTURE'],
  ENVIRONMENT: ['VOLUNTEERS', 'REPAIRS'],
  REPAIRS: ['ENVIRONMENT'],
  SAFETY: ['VOLUNTEERS'],
};

export function categoryFit(need: ServiceCategory, offer: ServiceCategory): number {
  if (need === offer) return 1;
  return RELATED[offer]?.includes(need) ? 0.5 : 0;
}

/** Offer categories that can serve a need of `category`, for indexing offers. */
export function servingCategories(category: ServiceCategory): ServiceCategory[] {
  const out = [category];
  for (const [offer, needs] of Object.entries(RELATED) as [ServiceCategory, ServiceCategory[]][]) if (needs.includes(category)) out.push(offer);
  return out;
}

const RADIUS_KM = 5;

export function kilometres(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** Nearness: by distance when both places are known, else by how much of the territory path they share. */
export function nearness(need: MatchNeed, offer: MatchOffer): { value: number; note: string } {
  if (need.location && offer.location) {
    const km = kilometres(need.location, offer.location);
    return { value: Math.max(0, 1 - km / RADIUS_KM), note: `相距${km.toFixed(2)}公里` };
  }
  let shared = 0;
  while (shared < need.territoryPath.length && need.territoryPath[shared] === offer.territoryPath[shared]) shared++;
  // Levels from the root: city 1, district 2, street 3, community 4.
  if (shared >= 4) return { value: 1, note: '同一社区' };
  if (shared === 3) return { value: 0.6, note: '同一街道' };
  if (shared === 2) return { value: 0.3, note: '同一区' };
  return { value: 0.1, note: '同一市' };
}

/** Share of the need's window the offer covers; 1 when either has none. */
export function windowOverlap(need: MatchNeed, offer: MatchOffer): number {
  if (!need.window || !offer.window) return 1;
  const start = Math.max(need.window.start.getTime(), offer.window.start.getTime());
  const end = Math.min(need.window.end.getTime(), offer.window.end.getTime());
  const span = need.window.end.getTime() - need.window.start.getTime();
  return end <= start || span <= 0 ? 0 : (end - start) / span;
}

const URGENCY: Record<Urgency, number> = { URGENT: 1, HIGH: 0.7, NORMAL: 0.4 };
const URGENCY_LABEL: Record<Urgency, string> = { URGENT: '紧急', HIGH: '较急', NORMAL: '一般' };
const CATEGORY_LABEL: Record<ServiceCategory, string> = {
  ELDER_CARE: '养老服务',
  CHILD_CARE: '托管服务',
  MEDICAL: '健康体检',
  LEGAL_AID: '法律援助',
  EMPLOYMENT: '就业帮扶',
  REPAIRS: '维修服务',
  VENUE: '场地',
  FUNDS: '资金',
  VOLUNTEERS: '志愿服务',
  CULTURE: '文化活动',
  SAFETY: '平安建设',
  ENVIRONMENT: '环境整治',
};

/**
 * The factor values alone, without the explanations: the hot loop of ranking
 * scores every candidate this way and explains only the few it keeps.
 */
function factorValues(need: MatchNeed, offer: MatchOffer, stats: ProviderStats, now: Date): number[] | null {
  if (need.unitOfMeasure !== offer.unitOfMeasure || need.remaining <= 0 || offer.remaining <= 0) return null;
  const category = categoryFit(need.category, offer.category);
  if (category === 0) return null;
  const overlap = windowOverlap(need, offer);
  if (overlap === 0) return null;
  const daysLeft = need.deadline ? (need.deadline.getTime() - now.getTime()) / 86_400_000 : Infinity;
  const rating = stats.rating.get(offer.providerId);
  return [
    category,
    nearness(need, offer).value,
    overlap,
    Math.min(1, offer.remaining / need.remaining),
    Math.min(1, URGENCY[need.urgency] + (daysLeft <= 7 ? 0.3 : 0)),
    rating === undefined ? 0.5 : (rating - 1) / 4,
    1 / (1 + (stats.load.get(offer.providerId) ?? 0)),
  ];
}

/** The score alone (0 to 1), or null when the offer cannot serve the need: for ranking many candidates. */
export function quickScore(need: MatchNeed, offer: MatchOffer, stats: ProviderStats, weights: Weights, now: Date): number | null {
  const values = factorValues(need, offer, stats, now);
  if (!values) return null;
  let sum = 0;
  let total = 0;
  for (let i = 0; i < FACTORS.length; i++) {
    sum += weights[FACTORS[i]] * values[i];
    total += weights[FACTORS[i]];
  }
  return round(sum / (total || 1));
}

/**
 * Scores an offer for a need, explained factor by factor; null when it
 * cannot serve it at all (other unit of measure, unrelated category, windows
 * that do not overlap, nothing left on either side).
 */
export function score(need: MatchNeed, offer: MatchOffer, stats: ProviderStats, weights: Weights, now: Date): Suggestion | null {
  if (need.unitOfMeasure !== offer.unitOfMeasure || need.remaining <= 0 || offer.remaining <= 0) return null;
  const category = categoryFit(need.category, offer.category);
  const overlap = windowOverlap(need, offer);
  if (category === 0 || overlap === 0) return null;
  const near = nearness(need, offer);
  const daysLeft = need.deadline ? (need.deadline.getTime() - now.getTime()) / 86_400_000 : Infinity;
  const urgency = Math.min(1, URGENCY[need.urgency] + (daysLeft <= 7 ? 0.3 : 0));
  const rating = stats.rating.get(offer.providerId);
  const load = stats.load.get(offer.providerId) ?? 0;
  const values: [Factor, number, string][] = [
    // Explanations as a committee clerk reads them (the factor codes stay for programs).
    ['CATEGORY', category, category === 1 ? '类别相同' : `相关类别:${CATEGORY_LABEL[offer.category]}`],
    ['DISTANCE', near.value, near.note],
    ['TIME_WINDOW', overlap, need.window && offer.window ? `时间重合${Math.round(overlap * 100)}%` : '未限定时间'],
    ['CAPACITY', Math.min(1, offer.remaining / need.remaining), `可提供${offer.remaining},需${need.remaining}`],
    ['URGENCY', urgency, `${URGENCY_LABEL[need.urgency]}${daysLeft <= 7 ? ',一周内截止' : ''}`],
    ['RATING', rating === undefined ? 0.5 : (rating - 1) / 4, rating === undefined ? '尚无评价' : `评分${rating.toFixed(1)}/5`],
    ['FAIRNESS', 1 / (1 + load), `进行中的认领${load}项`],
  ];
  const total = values.reduce((sum, [factor]) => sum + weights[factor], 0) || 1;
  const factors = values.map(([factor, value, note]) => ({
    factor,
    value: round(value),
    weight: weights[factor],
    contribution: round((weights[factor] * value) / total),
    note,
  }));
  return {
    need,
    offer,
    // The same arithmetic as quickScore, so that ranking and display agree to the last digit.
    score: round(values.reduce((sum, [factor, value]) => sum + weights[factor] * value, 0) / total),
    quantity: Math.min(need.remaining, offer.remaining),
    factors,
  };
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

/** Orders suggestions best first; ties by id, so the same data always gives the same list. */
export function bestFirst(a: Suggestion, b: Suggestion): number {
  return b.score - a.score || (a.need.id < b.need.id ? -1 : a.need.id > b.need.id ? 1 : a.offer.id < b.offer.id ? -1 : a.offer.id > b.offer.id ? 1 : 0);
}
