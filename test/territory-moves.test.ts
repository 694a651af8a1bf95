import type { Principal } from '../platform/auth/tokens';
import { alreadyRecorded, rebasedPrincipal, rebasedTerritory, type TerritoryMove } from '../platform/rules/territory-moves';

/**
 * A token's territory read through the moves made since it was issued (platform/rules/territory-moves.ts).
 * The tree: city › street 泉城路 (s1) and 大明湖 (s2); 芙蓉街 (c1) and 曲水亭 (c2) under s1; grids g1, g2 under c1.
 */
describe('a territory read through the moves', () => {
  const [city, s1, s2, c1, c2, g1, g2] = ['city', 's1', 's2', 'c1', 'c2', 'g1', 'g2'];
  const gridToQushui: TerritoryMove = { organizationId: g2, path: [city, s1, c2, g2] };
  const qushuiToDaming: TerritoryMove = { organizationId: c2, path: [city, s2, c2] };

  it('leaves a path the moves do not touch as it is', () => {
    expect(rebasedTerritory([city, s1, c1, g1], [gridToQushui, qushuiToDaming])).toEqual([city, s1, c1, g1]);
    expect(rebasedTerritory([city, s1], [gridToQushui])).toEqual([city, s1]);
  });

  it('puts what lies under a moved organisation under its new path', () => {
    expect(rebasedTerritory([city, s1, c1, g2], [gridToQushui])).toEqual([city, s1, c2, g2]);
    // A member's branch under the grid keeps its place below it.
    expect(rebasedTerritory([city, s1, c1, g2, 'branch'], [gridToQushui])).toEqual([city, s1, c2, g2, 'branch']);
  });

  it('follows an organisation moved twice to where it went last', () => {
    const back: TerritoryMove = { organizationId: g2, path: [city, s1, c1, g2] };
    expect(rebasedTerritory([city, s1, c1, g2], [gridToQushui, back])).toEqual([city, s1, c1, g2]);
    expect(rebasedTerritory([city, s1, c1, g2], [gridToQushui, { organizationId: g2, path: [city, s2, 'c3', g2] }])).toEqual([city, s2, 'c3', g2]);
  });

  it('follows an ancestor moved after the descendant: the moves compose in order', () => {
    expect(rebasedTerritory([city, s1, c1, g2], [gridToQushui, qushuiToDaming])).toEqual([city, s2, c2, g2]);
    // A token issued between the two moves follows the second one only.
    expect(rebasedTerritory([city, s1, c2, g2], [gridToQushui, qushuiToDaming])).toEqual([city, s2, c2, g2]);
    // The other way round (the community moved first, then the grid into it), the grid's own move decides.
    const gridToMovedQushui: TerritoryMove = { organizationId: g2, path: [city, s2, c2, g2] };
    expect(rebasedTerritory([city, s1, c1, g2], [qushuiToDaming, gridToMovedQushui])).toEqual([city, s2, c2, g2]);
  });

  it('leaves a token issued after a move as it is, even where the record lacks a later move', () => {
    // 曲水亭 moved to 大明湖 (at 1,000 s), then back to 泉城路 (at 2,000 s). A replica that has read only
    // the first move must not pull a token issued after the second (at 2,500 s) back under 大明湖.
    const first: TerritoryMove = { ...qushuiToDaming, at: 1_000_000 };
    expect(rebasedTerritory([city, s1, c2, g2], [first], 2_500)).toEqual([city, s1, c2, g2]);
    // A token issued before it still follows it.
    expect(rebasedTerritory([city, s1, c2, g2], [first], 500)).toEqual([city, s2, c2, g2]);
    const member: Principal = { subject: 'm', role: 'MEMBER', scopeId: 'm1', territory: [city, s1, c2, g2], issuedAt: 2_500 };
    expect(rebasedPrincipal(member, [first])).toBe(member);
  });

  it('reads the community a member reported to (双报到) through the moves as well', () => {
    const member: Principal = { subject: 'm', role: 'MEMBER', scopeId: 'm1', territory: [city, s1, c1, g1], reportedTo: [city, s1, c2] };
    expect(rebasedPrincipal(member, [qushuiToDaming])).toEqual({ ...member, reportedTo: [city, s2, c2] });
    expect(rebasedPrincipal(member, [gridToQushui])).toBe(member);
  });

  it('gives back the very principal when nothing concerns it, with nothing reportedTo added', () => {
    const worker: Principal = { subject: 'w', role: 'GRID_WORKER', scopeId: g2, territory: [city, s1, c1, g2] };
    expect(rebasedPrincipal(worker, [])).toBe(worker);
    expect(rebasedPrincipal(worker, [gridToQushui])).toEqual({ ...worker, territory: [city, s1, c2, g2] });
    expect('reportedTo' in rebasedPrincipal(worker, [gridToQushui])).toBe(false);
  });

  it('records a move told again only when something changed since', () => {
    expect(alreadyRecorded([], gridToQushui)).toBe(false);
    expect(alreadyRecorded([gridToQushui], { ...gridToQushui, path: [...gridToQushui.path] })).toBe(true);
    // Its community moved since: the grid's path from the tree is new, and so is the record.
    expect(alreadyRecorded([gridToQushui, qushuiToDaming], { organizationId: g2, path: [city, s2, c2, g2] })).toBe(false);
    // A move elsewhere since changes nothing on its path.
    expect(alreadyRecorded([gridToQushui, { organizationId: g1, path: [city, s1, c2, g1] }], gridToQushui)).toBe(true);
  });
});
