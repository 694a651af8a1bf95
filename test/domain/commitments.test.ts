import {
  activityDeliveries,
  addUp,
  attendanceDeliveries,
  claimDeliveries,
  commitmentStatistics,
  deliveriesFor,
  fulfilmentOf,
  shortfallSortKey,
  termEnd,
  yearSummary,
  yearWindow,
  type DeliveredClaim,
  type Delivery,
} from '../../subgraphs/services/domain/commitments';

/**
 * Agreement commitments against delivery: what each delivery counts towards, and how a promise is
 * expected pro rata to the term, so that a unit behind plan shows before the year ends.
 */
describe('agreement commitments', () => {
  const DAY = 86_400_000;
  const community = 'c0ffee0000000000000000c1';
  const elsewhere = 'c0ffee0000000000000000c2';
  const street = 'c0ffee0000000000000000s1';
  // A year's term: 1 January to 31 December 2026 (365 days), days in Beijing.
  const term = { startsOn: new Date('2026-01-01T00:00:00+08:00'), expiresOn: new Date('2026-12-31T00:00:00+08:00') };
  const day = (n: number) => new Date(term.startsOn.getTime() + n * DAY);
  const claim = (fields: Partial<DeliveredClaim>): DeliveredClaim => ({
    itemKind: 'NEED',
    unitOfMeasure: 'HOURS',
    quantity: 10,
    deliveredQuantity: null,
    deliveredAt: day(10),
    territoryPath: [street, community],
    ...fields,
  });

  describe('what a delivery counts towards', () => {
    it('maps a claim by the unit of measure of its item, with its delivered quantity', () => {
      expect(claimDeliveries(claim({ unitOfMeasure: 'HOURS', deliveredQuantity: 6 }))).toEqual([{ kind: 'VOLUNTEER_HOURS', amount: 6, at: day(10) }]);
      expect(claimDeliveries(claim({ unitOfMeasure: 'SQUARE_METRES', quantity: 200 }))[0]).toMatchObject({ kind: 'VENUE', amount: 200 });
      expect(claimDeliveries(claim({ unitOfMeasure: 'YUAN', quantity: 5000 }))[0]).toMatchObject({ kind: 'FUNDS', amount: 5000 });
      expect(claimDeliveries(claim({ unitOfMeasure: 'PEOPLE', quantity: 3 }))[0]).toMatchObject({ kind: 'PEOPLE', amount: 3 });
      expect(claimDeliveries(claim({ unitOfMeasure: 'SESSIONS', quantity: 2 }))[0]).toMatchObject({ kind: 'SESSIONS', amount: 2 });
    });

    it('counts a claim on a project as one project besides its quantity', () => {
      expect(claimDeliveries(claim({ itemKind: 'PROJECT', unitOfMeasure: 'SESSIONS', quantity: 2 })).map((d) => [d.kind, d.amount])).toEqual([
        ['SESSIONS', 2],
        ['PROJECTS', 1],
      ]);
    });

    it('counts an activity the unit held as a session, its people and its members\u2019 hours', () => {
      const held = activityDeliveries({ id: 'a1', startsAt: day(20), territoryPath: [street, community], people: 12, memberHours: 25 });
      expect(held.map((d) => [d.kind, d.amount])).toEqual([
        ['SESSIONS', 1],
        ['PEOPLE', 12],
        ['VOLUNTEER_HOURS', 25],
      ]);
    });

    it("counts the unit's own people checked in: hours for each, people only at another's activity", () => {
      const team = { activityId: 'a2', checkedInAt: day(30), territoryPath: [street, community], people: 3, hours: 2.5 };
      expect(attendanceDeliveries(team, false).map((d) => [d.kind, d.amount])).toEqual([
        ['VOLUNTEER_HOURS', 7.5],
        ['PEOPLE', 3],
      ]);
      // At its own activity its people are already among the activity's.
      expect(attendanceDeliveries(team, true).map((d) => d.kind)).toEqual(['VOLUNTEER_HOURS']);
    });

    it("counts for a partner only what reached the partner's territory", () => {
      const records = {
        claims: [claim({ quantity: 4 }), claim({ quantity: 100, territoryPath: [street, elsewhere] })],
        activities: [{ id: 'own', startsAt: day(5), territoryPath: [street, community], people: 5, memberHours: 0 }],
        attendances: [
          { activityId: 'own', checkedInAt: day(5), territoryPath: [street, community], people: 2, hours: 2 },
          { activityId: 'far', checkedInAt: day(6), territoryPath: [street, elsewhere], people: 9, hours: 9 },
        ],
      };
      const forCommunity = deliveriesFor(community, records);
      const sum = (ds: Delivery[], kind: string) => ds.filter((d) => d.kind === kind).reduce((n, d) => n + d.amount, 0);
      expect(sum(forCommunity, 'VOLUNTEER_HOURS')).toBe(4 + 2 * 2);
      expect(sum(forCommunity, 'PEOPLE')).toBe(5);
      expect(sum(forCommunity, 'SESSIONS')).toBe(1);
      // The street's agreement takes everything inside the street.
      expect(sum(deliveriesFor(street, records), 'VOLUNTEER_HOURS')).toBe(4 + 100 + 4 + 81);
    });
  });

  describe('promised against delivered', () => {
    const promises = [
      { kind: 'VOLUNTEER_HOURS' as const, amount: 200 },
      { kind: 'VOLUNTEER_HOURS' as const, amount: 165 },
      { kind: 'PEOPLE' as const, amount: 73 },
    ];

    it('ends the term at the end of its last day', () => {
      // Midnight of 1 January 2027 in Beijing.
      expect(termEnd(term).toISOString()).toBe('2026-12-31T16:00:00.000Z');
    });

    it('expects each kind pro rata to the term elapsed, and shows the shortfall of one behind', () => {
      // 73 days of 365 (a fifth): 73 hours and 14.6 people expected.
      const deliveries: Delivery[] = [
        { kind: 'VOLUNTEER_HOURS', amount: 80, at: day(10) },
        { kind: 'PEOPLE', amount: 10, at: day(40) },
        // After today, and before the term: not counted.
        { kind: 'PEOPLE', amount: 50, at: day(-3) },
      ];
      const f = fulfilmentOf(promises, term, deliveries, day(73));
      expect(f.elapsed).toBe(0.2);
      expect(f.asOf).toEqual(day(73));
      expect(f.commitments).toEqual([
        { kind: 'VOLUNTEER_HOURS', promised: 365, delivered: 80, expected: 73, shortfall: 0, progress: 0.22, onTrack: true },
        { kind: 'PEOPLE', promised: 73, delivered: 10, expected: 14.6, shortfall: 4.6, progress: 0.14, onTrack: false },
      ]);
      expect(f.onTrack).toBe(false);
    });

    it('shrinks the shortfall as the unit delivers, and clears it once it catches up', () => {
      const before = fulfilmentOf(promises, term, [{ kind: 'PEOPLE', amount: 10, at: day(40) }], day(73)).commitments[1];
      const after = fulfilmentOf(promises, term, [{ kind: 'PEOPLE', amount: 10, at: day(40) }, { kind: 'PEOPLE', amount: 3, at: day(70) }], day(73)).commitments[1];
      expect(after.shortfall).toBeLessThan(before.shortfall);
      const caught = fulfilmentOf(promises, term, [{ kind: 'PEOPLE', amount: 15, at: day(70) }], day(73)).commitments[1];
      expect(caught).toMatchObject({ shortfall: 0, onTrack: true });
    });

    it('expects nothing before the term and everything after it', () => {
      const early = fulfilmentOf(promises, term, [], day(-30));
      expect(early).toMatchObject({ elapsed: 0, onTrack: true, asOf: term.startsOn });
      expect(early.commitments.every((c) => c.expected === 0)).toBe(true);
      const late = fulfilmentOf(promises, term, [], day(400));
      expect(late.elapsed).toBe(1);
      expect(late.commitments.map((c) => c.shortfall)).toEqual([365, 73]);
    });

    it('counts only the part of the term inside a window (a year, a statistics period)', () => {
      // Window: the second half of the year (from day 182.5 to the end); today the end.
      const window = { from: new Date(term.startsOn.getTime() + 182.5 * DAY), to: termEnd(term) };
      const f = fulfilmentOf(promises, term, [{ kind: 'PEOPLE', amount: 30, at: day(100) }, { kind: 'PEOPLE', amount: 40, at: day(300) }], day(400), window);
      expect(f.commitments[1]).toMatchObject({ promised: 36.5, delivered: 40, expected: 36.5, onTrack: true });
      // A window the term does not reach counts nothing.
      expect(fulfilmentOf(promises, term, [], day(400), yearWindow(2030)).counted).toBe(false);
    });
  });

  it("takes a year in Beijing time", () => {
    expect(yearWindow(2026)).toEqual({ from: new Date('2025-12-31T16:00:00Z'), to: new Date('2026-12-31T16:00:00Z') });
  });

  it("adds up a unit's year: met only when every agreement's every kind is on track", () => {
    const onTrack = fulfilmentOf([{ kind: 'PEOPLE', amount: 10 }], term, [{ kind: 'PEOPLE', amount: 10, at: day(1) }], day(100));
    const behind = fulfilmentOf([{ kind: 'PEOPLE', amount: 100 }, { kind: 'SESSIONS', amount: 4 }], term, [{ kind: 'SESSIONS', amount: 4, at: day(1) }], day(100));
    const summary = yearSummary([onTrack, behind]);
    expect(summary.agreements).toBe(2);
    expect(summary.met).toBe(false);
    expect(summary.metRate).toBe(0.67);
    // Ahead on one agreement does not make up for another behind: the shortfall is 100 × 100/365, not 30.14 − 10.
    expect(summary.commitments.find((c) => c.kind === 'PEOPLE')).toMatchObject({ promised: 110, delivered: 10, onTrack: false, shortfall: 27.4 });
    expect(yearSummary([onTrack])).toMatchObject({ met: true, metRate: 1 });
    expect(yearSummary([])).toMatchObject({ agreements: 0, met: true, metRate: null });
  });

  it("counts a territory's commitments per kind, with the agreements behind plan", () => {
    const a = fulfilmentOf([{ kind: 'PEOPLE', amount: 10 }], term, [{ kind: 'PEOPLE', amount: 10, at: day(1) }], day(100));
    const b = fulfilmentOf([{ kind: 'PEOPLE', amount: 100 }], term, [], day(100));
    expect(commitmentStatistics([a, b])).toEqual([
      { kind: 'PEOPLE', agreements: 2, promised: 110, delivered: 10, expected: 30.14, shortfall: 27.4, behind: 1 },
    ]);
    expect(addUp([])).toEqual([]);
  });

  it('orders the shortfall list furthest behind first, those not yet expected last', () => {
    const figures = (delivered: number, expected: number) => ({ kind: 'PEOPLE' as const, promised: 100, delivered, expected, shortfall: Math.max(0, expected - delivered), progress: 0, onTrack: delivered >= expected });
    const keys = [
      shortfallSortKey('b', figures(5, 10)),
      shortfallSortKey('a', figures(0, 10)),
      shortfallSortKey('c', figures(0, 0)),
      shortfallSortKey('d', figures(30, 10)),
      shortfallSortKey('e', figures(9, 10)),
    ].sort();
    expect(keys.map((k) => k.split(':')[1][0])).toEqual(['a', 'b', 'e', 'd', 'c']);
  });
});
