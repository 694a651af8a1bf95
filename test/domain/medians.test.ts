import { medianOfDistribution } from '../../platform/data/totals';
import { roundHours } from '../../subgraphs/services/domain/statistics';

/** Medians come from (value, count) rows that the database groups; they must equal the plain median. */
describe('the median of a distribution', () => {
  const plain = (values: number[]) => {
    const v = [...values].sort((a, b) => a - b);
    return v.length ? (v[Math.floor((v.length - 1) / 2)] + v[Math.floor(v.length / 2)]) / 2 : null;
  };
  const rowsOf = (values: number[]) => [...new Set(values)].map((value) => ({ value, count: values.filter((x) => x === value).length }));

  it.each([[[]], [[5]], [[1, 9]], [[3, 1, 2]], [[4, 4, 4, 1]], [[0.5, 10, 10, 2, 7, 7, 7]], [[1, 2, 3, 4, 100, 100]]])('of %j', (values) => {
    expect(medianOfDistribution(rowsOf(values))).toBe(plain(values));
  });

  it('agrees with the plain median on random samples with repeats', () => {
    let seed = 7;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % 40) / 4;
    for (let n = 1; n < 60; n++) {
      const values = Array.from({ length: n }, next);
      expect(medianOfDistribution(rowsOf(values))).toBe(plain(values));
    }
  });

  it('shows hours to the hundredth', () => {
    expect([roundHours(0.034999999999999996), roundHours(2.5), roundHours(null)]).toEqual([0.04, 2.5, null]);
  });
});
