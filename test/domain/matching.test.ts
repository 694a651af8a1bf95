import { Random } from '../../seed/random';
import { assign, assignGreedily, OfferIndex, suggestOffers, type ScoringContext } from '../../subgraphs/services/domain/matching/assign';
import { DEFAULT_WEIGHTS, score, type MatchNeed, type MatchOffer } from '../../subgraphs/services/domain/matching/score';

/** Matching on hand-made cases whose right answer is known. */
const now = new Date('2026-11-23T00:00:00Z');
const ctx: ScoringContext = { stats: { rating: new Map(), load: new Map() }, weights: DEFAULT_WEIGHTS, now };
const path = ['city', 'district', 'street', 'community'];
const need = (id: string, fields: Partial<MatchNeed> = {}): MatchNeed => ({
  id,
  category: 'ELDER_CARE',
  unitOfMeasure: 'HOURS',
  remaining: 10,
  urgency: 'NORMAL',
  territoryPath: path,
  ...fields,
});
const offer = (id: string, fields: Partial<MatchOffer> = {}): MatchOffer => ({
  id,
  providerId: `unit-${id}`,
  category: 'ELDER_CARE',
  unitOfMeasure: 'HOURS',
  remaining: 10,
  territoryPath: path,
  ...fields,
});

describe('matching needs to offers', () => {
  it('explains every score factor by factor, the contributions adding up to it', () => {
    const s = score(need('n'), offer('o', { remaining: 5 }), ctx.stats, DEFAULT_WEIGHTS, now)!;
    expect(s.factors.map((f) => f.factor)).toEqual(['CATEGORY', 'DISTANCE', 'TIME_WINDOW', 'CAPACITY', 'URGENCY', 'RATING', 'FAIRNESS']);
    expect(s.factors.find((f) => f.factor === 'CAPACITY')).toMatchObject({ value: 0.5, note: '可提供5,需10' });
    expect(s.factors.reduce((sum, f) => sum + f.contribution, 0)).toBeCloseTo(s.score, 5);
    expect(s.quantity).toBe(5);
  });

  it('never suggests an offer with nothing left, another unit of measure, or a window that does not overlap', () => {
    const week = (from: string, to: string) => ({ start: new Date(from), end: new Date(to) });
    const index = new OfferIndex([
      offer('empty', { remaining: 0 }),
      offer('yuan', { unitOfMeasure: 'YUAN' }),
      offer('later', { window: week('2026-12-10', '2026-12-20') }),
      offer('overlapping', { window: week('2026-12-03', '2026-12-12') }),
      offer('unrelated', { category: 'LEGAL_AID' }),
    ]);
    const n = need('n', { window: week('2026-12-01', '2026-12-08') });
    const suggestions = suggestOffers(n, index, ctx, 10);
    expect(suggestions.map((s) => s.offer.id)).toEqual(['overlapping']);
    expect(suggestions[0].factors.find((f) => f.factor === 'TIME_WINDOW')!.value).toBeCloseTo(5 / 7, 5);
  });

  it('prefers the nearer, better-rated, less loaded provider, and breaks exact ties by id', () => {
    const stats = { rating: new Map([['unit-good', 5], ['unit-poor', 2]]), load: new Map([['unit-busy', 6]]) };
    const index = new OfferIndex([
      offer('poor'),
      offer('good'),
      offer('busy'),
      offer('far', { territoryPath: ['city', 'district', 'other-street', 'x'] }),
      offer('twin-b'),
      offer('twin-a'),
    ]);
    const ranked = suggestOffers(need('n'), index, { ...ctx, stats }, 10).map((s) => s.offer.id);
    expect(ranked[0]).toBe('good');
    expect(ranked.indexOf('twin-a')).toBe(ranked.indexOf('twin-b') - 1);
    expect(ranked.indexOf('good')).toBeLessThan(ranked.indexOf('twin-a'));
    expect(ranked.indexOf('twin-b')).toBeLessThan(ranked.indexOf('poor'));
    expect(ranked.indexOf('twin-b')).toBeLessThan(ranked.indexOf('busy'));
    expect(ranked.at(-1)).toBe('far');
  });

  it('finds the optimal assignment where greedy does not', () => {
    // A could use X (best) or Y; B can only use X. Greedy gives X to A and leaves B with nothing.
    const A = need('A', { remaining: 10 });
    const B = need('B', { remaining: 10, category: 'MEDICAL' });
    const X = offer('X', { remaining: 10, category: 'ELDER_CARE' }); // related to MEDICAL at half credit
    const Y = offer('Y', { remaining: 10, category: 'VOLUNTEERS', territoryPath: ['city', 'district', 'other-street', 'y'] });
    const greedy = assignGreedily([A, B], [X, Y], ctx);
    const optimal = assign([A, B], [X, Y], ctx);
    expect(greedy.matches.map((m) => `${m.need.id}-${m.offer.id}`)).toEqual(['A-X']);
    expect(optimal.matches.map((m) => `${m.need.id}-${m.offer.id}:${m.quantity}`)).toEqual(['A-Y:10', 'B-X:10']);
    expect(optimal.coverage).toBeGreaterThan(greedy.coverage);
    expect(greedy.unmetByCategory).toEqual([{ category: 'MEDICAL', needs: 1, unmetQuantity: 10 }]);
    expect(optimal.unmetByCategory).toEqual([]);
  });

  it('splits a need over several offers and an offer over several needs, within every capacity', () => {
    const needs = [need('n1', { remaining: 7 }), need('n2', { remaining: 6 })];
    const offers = [offer('o1', { remaining: 5 }), offer('o2', { remaining: 5 }), offer('zero', { remaining: 0 })];
    const result = assign(needs, offers, ctx);
    const byOffer = new Map<string, number>();
    const byNeed = new Map<string, number>();
    for (const m of result.matches) {
      byOffer.set(m.offer.id, (byOffer.get(m.offer.id) ?? 0) + m.quantity);
      byNeed.set(m.need.id, (byNeed.get(m.need.id) ?? 0) + m.quantity);
    }
    expect([...byOffer.values()].reduce((a, b) => a + b, 0)).toBe(10);
    expect(byOffer.get('o1')).toBeLessThanOrEqual(5);
    expect(byOffer.get('zero')).toBeUndefined();
    expect(byNeed.get('n1')! <= 7 && byNeed.get('n2')! <= 6).toBe(true);
    expect(result.loadByProvider.map((l) => l.quantity).sort()).toEqual([5, 5]);
  });

  it('is never worse than greedy, always feasible, and the same every time, on random territories', () => {
    const rnd = new Random(42);
    const categories = ['ELDER_CARE', 'MEDICAL', 'VOLUNTEERS', 'CULTURE'] as const;
    for (let round = 0; round < 40; round++) {
      const needs = Array.from({ length: rnd.int(1, 12) }, (_, i) => need(`n${i}`, { remaining: rnd.int(1, 20), category: rnd.pick(categories), urgency: rnd.pick(['NORMAL', 'HIGH', 'URGENT'] as const) }));
      const offers = Array.from({ length: rnd.int(1, 12) }, (_, i) =>
        offer(`o${i}`, { remaining: rnd.int(0, 15), category: rnd.pick(categories), territoryPath: rnd.chance(0.5) ? path : ['city', 'district', 's2', 'c2'] }),
      );
      const optimal = assign(needs, offers, ctx);
      const greedy = assignGreedily(needs, offers, ctx);
      expect(optimal.coverage).toBeGreaterThanOrEqual(greedy.coverage - 1e-9);
      for (const o of offers) {
        expect(optimal.matches.filter((m) => m.offer.id === o.id).reduce((s, m) => s + m.quantity, 0)).toBeLessThanOrEqual(o.remaining);
      }
      expect(assign(needs, offers, ctx)).toEqual(optimal);
    }
  });
});
