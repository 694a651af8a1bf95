import { Types } from 'mongoose';
import { DEFAULT_WEIGHTS, FACTORS, type Factor, type MatchNeed, type MatchOffer, type ProviderStats, type Weights } from '../domain/matching/score';
import type { ScoringContext } from '../domain/matching/assign';
import type { Context } from '../context';
import type { ItemDoc } from '../models';
import { isObjectId } from '../../../platform/rules/validation';

/**
 * The glue between the lists and the matching module: open items read from
 * the database as plain match data, provider statistics, a street's weights.
 */

/** GraphQL field names of the weights, in FACTORS order. */
export const WEIGHT_FIELDS = ['category', 'distance', 'timeWindow', 'capacity', 'urgency', 'rating', 'fairness'] as const;
export type WeightFields = Record<(typeof WEIGHT_FIELDS)[number], number>;

export const toFields = (w: Weights): WeightFields =>
  Object.fromEntries(WEIGHT_FIELDS.map((f, i) => [f, w[FACTORS[i]]])) as WeightFields;
export const fromFields = (f: WeightFields): Weights =>
  Object.fromEntries(FACTORS.map((factor, i) => [factor, f[WEIGHT_FIELDS[i]]])) as Weights;

export const asNeed = (item: ItemDoc): MatchNeed => ({
  id: String(item._id),
  category: item.category,
  unitOfMeasure: item.unitOfMeasure,
  remaining: item.quantity - item.state.reserved,
  urgency: item.urgency,
  deadline: item.deadline,
  window: item.window,
  location: item.location,
  territoryPath: item.territoryPath.map(String),
});

export const asOffer = (item: ItemDoc): MatchOffer => ({
  id: String(item._id),
  providerId: String(item.owners[0].id),
  category: item.category,
  unitOfMeasure: item.unitOfMeasure,
  remaining: item.quantity - item.state.reserved,
  window: item.window,
  location: item.location,
  territoryPath: item.territoryPath.map(String),
});

/** The street over a territory path (city 0, district 1, street 2); the path's own end when shorter. */
export const streetOf = (path: unknown[]) => String(path[Math.min(2, path.length - 1)]);

/** Open items of a kind inside a territory: published, something left, not past the deadline. */
export async function openItems(ctx: Context, kind: 'NEED' | 'OFFER', within: string): Promise<ItemDoc[]> {
  return (await ctx.models.Item.find({
    kind,
    territoryPath: new Types.ObjectId(within),
    status: { $in: ['OPEN', 'PARTLY_CLAIMED'] },
    $or: [{ deadline: null }, { deadline: { $gte: ctx.now } }],
  }).lean()) as ItemDoc[];
}

/** Providers' average evaluation as claimants, and their active claims (for fairness). */
export async function providerStats(ctx: Context): Promise<ProviderStats> {
  const [ratings, loads] = await Promise.all([
    ctx.models.Claim.aggregate([
      // An evaluated claim is the one with a score (1-5); asked by status, which an index answers by equality.
      { $match: { status: 'EVALUATED' } },
      { $group: { _id: '$claimant.id', total: { $sum: '$score' }, count: { $sum: 1 } } },
    ]),
    ctx.models.Claim.aggregate([
      { $match: { status: { $in: ['PENDING', 'ACCEPTED'] } } },
      { $group: { _id: '$claimant.id', count: { $sum: 1 } } },
    ]),
  ]);
  return {
    rating: new Map(ratings.map((r: { _id: unknown; total: number; count: number }) => [String(r._id), r.total / r.count])),
    load: new Map(loads.map((r: { _id: unknown; count: number }) => [String(r._id), r.count])),
  };
}

export async function weightsOf(ctx: Context, streetId: string): Promise<Weights> {
  const doc = isObjectId(streetId) ? await ctx.models.MatchingWeights.findById(streetId).lean() : null;
  return doc ? { ...DEFAULT_WEIGHTS, ...(doc.weights as Partial<Record<Factor, number>>) } : DEFAULT_WEIGHTS;
}

export async function scoringContext(ctx: Context, streetId: string): Promise<ScoringContext> {
  const [stats, weights] = await Promise.all([providerStats(ctx), weightsOf(ctx, streetId)]);
  return { stats, weights, now: ctx.now };
}
