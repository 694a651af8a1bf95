import { TerritoryBuilder } from '../../seed/builder';
import { decideAccept, decideEscalate, decideRate, decideResolve, decideWhistle, type RequestState } from '../../subgraphs/services/domain/requests/lifecycle';
import { tokensFor } from '../support/principals';
import { dataOf, startTestStack, type TestStack } from '../support/stack';

/**
 * The big Party committee's dashboard (统计) against a fixture counted by
 * hand: every figure below is worked out in the comments, from documents
 * in the period and the territory, next to documents just outside either.
 */
const HOUR = 3_600_000;
const t = new TerritoryBuilder();
const street = t.street('泉城路街道党工委');
const furong = t.community(street, '芙蓉街社区党委').withGrids(2);
const qushui = t.community(street, '曲水亭社区党委').withGrids(1);
const clinic = t.unit(furong.org, { name: '芙蓉街社区卫生服务中心', kind: 'HOSPITAL' });
const school = t.unit(furong.org, { name: '芙蓉街小学', kind: 'SCHOOL' });
const neighbour = t.unit(qushui.org, { name: '曲水亭物业', kind: 'PROPERTY_COMPANY' });

const published = new Date('2026-03-02T00:00:00Z');
const after = (hours: number) => new Date(published.getTime() + hours * HOUR);
const need = (fields: Partial<Parameters<typeof t.need>[1]> & { title: string }) =>
  t.need(furong.org, { category: 'REPAIRS', quantity: 5, unitOfMeasure: 'HOURS', createdAt: published, ...fields });

// Needs. N1: claimed after 2 h (clinic 4, evaluated) and 10 h (school 6, delivered) → fulfilled at 10 h.
const n1 = need({ title: 'N1 助餐', category: 'ELDER_CARE', quantity: 10, unitOfMeasure: 'PEOPLE' });
t.claim(n1, { type: 'RESIDENT_UNIT', id: clinic._id }, 4, 'EVALUATED', after(2));
t.claim(n1, { type: 'RESIDENT_UNIT', id: school._id }, 6, 'DELIVERED', after(10));
// N2: claimed after 4 h (clinic 2, accepted). N3: never claimed. N4: a draft (not counted). N5: cancelled.
const n2 = need({ title: 'N2 修车棚', quantity: 5 });
t.claim(n2, { type: 'RESIDENT_UNIT', id: clinic._id }, 2, 'ACCEPTED', after(4));
need({ title: 'N3 修路灯', quantity: 3 });
need({ title: 'N4 草稿', category: 'ELDER_CARE', quantity: 2, state: { lifecycle: 'DRAFT', reserved: 0, accepted: 0, delivered: 0, claimsDelivered: 0, claimsEvaluated: 0 } });
need({ title: 'N5 已取消', category: 'VOLUNTEERS', quantity: 1, state: { lifecycle: 'CANCELLED', reserved: 0, accepted: 0, delivered: 0, claimsDelivered: 0, claimsEvaluated: 0 } });
// Outside the period: N6, claimed and evaluated in 2025.
const n6 = need({ title: 'N6 去年', quantity: 7, createdAt: new Date('2025-06-01T00:00:00Z') });
t.claim(n6, { type: 'RESIDENT_UNIT', id: clinic._id }, 7, 'EVALUATED', new Date('2025-06-02T00:00:00Z'));
// An offer of the clinic, claimed by the community after 6 h (3 of 12 delivered: in progress).
const o1 = t.offer(clinic, { title: 'O1 义诊', category: 'MEDICAL', capacity: 12, unitOfMeasure: 'SESSIONS', createdAt: published });
t.claim(o1, { type: 'ORGANIZATION', id: furong.org._id }, 3, 'DELIVERED', after(6));
// Outside the territory: a need of the neighbouring community, delivered.
const q1 = t.need(qushui.org, { title: 'Q1', category: 'REPAIRS', quantity: 2, unitOfMeasure: 'HOURS', createdAt: published });
t.claim(q1, { type: 'RESIDENT_UNIT', id: neighbour._id }, 2, 'DELIVERED', after(1));

// Requests.
const received = new Date('2026-03-02T01:00:00Z'); // a Monday, 09:00 in Beijing
const later = (days: number) => new Date(received.getTime() + days * 24 * HOUR);
const handler = { organizationId: String(furong.org._id), path: [street.ancestorIds, street._id, furong.org._id].flat().map(String), subject: 'admin' };
const accept = (s: RequestState) => decideAccept(s, handler, received);
const resolve = (at: Date) => (s: RequestState) => decideResolve(s, '已处理', at);
// R1: whistled, resolved on time, rated 5 → closed. R2: resolved after its deadline, not rated.
t.request(furong.grids[0], { category: 'REPAIRS', receivedAt: received }, [accept, (s) => decideWhistle(s, [String(clinic._id)], '请协助', 'admin', received), resolve(received), (s) => decideRate(s, 'REPAIRS', 5, null, 'r', received)]);
t.request(furong.grids[0], { category: 'ENVIRONMENT', receivedAt: received }, [accept, resolve(later(10))]);
// R3: resolved, rated 1 → reopened (13 working days from 3 March: overdue now). R4: an emergency never accepted, escalated.
t.request(furong.grids[1], { category: 'OTHER', receivedAt: received }, [accept, resolve(received), (s) => decideRate(s, 'OTHER', 1, '没解决', 'r', later(1))]);
t.request(furong.grids[1], { category: 'EMERGENCY', receivedAt: received }, [(s) => decideEscalate(s, String(street._id), later(2))]);
// Outside: last year's request, and one in the neighbouring community.
t.request(furong.grids[0], { category: 'REPAIRS', receivedAt: new Date('2025-05-01T01:00:00Z') });
t.request(qushui.grids[0], { category: 'REPAIRS', receivedAt: received });

// Volunteer hours: DIRECT 2.5 + 1.5, EMPLOYED 3 (clinic) + 5 (school); an unconfirmed hour, a service in 2025 and one elsewhere do not count.
const direct = t.member(furong.grids[0], { name: '王直管' });
const nurse = t.member(furong.grids[0], { name: '陈护士', category: 'EMPLOYED', employerId: clinic._id });
const teacher = t.member(furong.grids[1], { name: '李老师', category: 'EMPLOYED', employerId: school._id });
const elsewhere = t.member(qushui.grids[0], { name: '曲水亭党员' });
t.service(direct, { hours: 2.5, servedOn: new Date('2026-04-01T02:00:00Z') });
t.service(direct, { hours: 1.5, servedOn: new Date('2026-05-01T02:00:00Z') });
t.service(direct, { hours: 2, servedOn: new Date('2025-12-31T02:00:00Z') });
t.service(nurse, { hours: 3, servedOn: new Date('2026-04-02T02:00:00Z') });
t.service(teacher, { hours: 5, servedOn: new Date('2026-04-03T02:00:00Z') });
t.service(teacher, { hours: 1, servedOn: new Date('2026-04-04T02:00:00Z'), confirmedAt: null, confirmedBy: null });
t.service(elsewhere, { hours: 4, servedOn: new Date('2026-04-05T02:00:00Z') });

const DASHBOARD = `query($o: ID!) { organization(id: $o) { name statistics(from: "2026-01-01T00:00:00Z", to: "2027-01-01T00:00:00Z") {
  lists { list published claimed claimRate fulfilled fulfilmentRate medianHoursToClaim medianHoursToFulfil }
  claims { total byStatus { status count } }
  requests { received resolved resolutionRate resolvedOnTime onTimeRate rated satisfied satisfactionRate whistled whistleRate escalated overdueNow byCategory { category count } }
  unitRanking(first: 5) { rank unit { name } deliveredClaims evaluatedClaims }
  coverage { category needs quantity accepted delivered coverage }
  volunteerHoursByCategory { category hours }
  volunteerHoursByEmployer(first: 5) { employer { name } hours }
} } }`;

describe('the statistics dashboard', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack({ env: { REQUEST_SWEEP_SECONDS: '0' }, territory: t });
    // The builder's timestamps are kept as given (insertMany keeps a createdAt that is set).
    expect(String((await stack.models.services.Item.findById(n6._id).lean())?.createdAt?.toISOString())).toBe('2025-06-01T00:00:00.000Z');
  });
  afterAll(() => stack?.stop());

  it('counts the territory and the period, exactly as counted by hand, across services and members', async () => {
    const token = await tokensFor(stack.auth).forOrganization('COMMUNITY_ADMIN', furong.org);
    const { organization } = dataOf(await stack.query<{ organization: { statistics: Record<string, unknown> } }, object>(DASHBOARD, { o: String(furong.org._id) }, token));
    const s = organization.statistics;
    expect(s.lists).toEqual([
      // N1, N2, N3, N5 published (N4 is a draft); N1, N2 claimed (after 2 h and 4 h: median 3); N1 fulfilled after 10 h.
      { list: 'NEED', published: 4, claimed: 2, claimRate: 0.5, fulfilled: 1, fulfilmentRate: 0.25, medianHoursToClaim: 3, medianHoursToFulfil: 10 },
      { list: 'OFFER', published: 1, claimed: 1, claimRate: 1, fulfilled: 0, fulfilmentRate: 0, medianHoursToClaim: 6, medianHoursToFulfil: null },
      { list: 'PROJECT', published: 0, claimed: 0, claimRate: null, fulfilled: 0, fulfilmentRate: null, medianHoursToClaim: null, medianHoursToFulfil: null },
    ]);
    // N1's two claims, N2's, O1's: N6's is last year's, Q1's is elsewhere.
    expect(s.claims).toEqual({ total: 4, byStatus: [{ status: 'ACCEPTED', count: 1 }, { status: 'DELIVERED', count: 2 }, { status: 'EVALUATED', count: 1 }] });
    expect(s.requests).toEqual({
      received: 4,
      resolved: 2, // R1 (closed), R2
      resolutionRate: 0.5,
      resolvedOnTime: 1, // R1
      onTimeRate: 0.5,
      rated: 2, // R1 (5), R3 (1)
      satisfied: 1,
      satisfactionRate: 0.5,
      whistled: 1,
      whistleRate: 0.25,
      escalated: 1, // R4
      overdueNow: 2, // R3 reopened in March, R4 never accepted
      byCategory: [{ category: 'EMERGENCY', count: 1 }, { category: 'REPAIRS', count: 1 }, { category: 'ENVIRONMENT', count: 1 }, { category: 'OTHER', count: 1 }],
    });
    // Units: the clinic delivered one claim and it was evaluated; the school delivered one. The community's claim is not a unit's.
    expect(s.unitRanking).toEqual([
      { rank: 1, unit: { name: '芙蓉街社区卫生服务中心' }, deliveredClaims: 1, evaluatedClaims: 1 },
      { rank: 2, unit: { name: '芙蓉街小学' }, deliveredClaims: 1, evaluatedClaims: 0 },
    ]);
    // Needs not drafts nor cancelled: elder care N1 (10 asked, 10 accepted and delivered); repairs N2 + N3 (8 asked, 2 accepted).
    expect(s.coverage).toEqual([
      { category: 'ELDER_CARE', needs: 1, quantity: 10, accepted: 10, delivered: 10, coverage: 1 },
      { category: 'REPAIRS', needs: 2, quantity: 8, accepted: 2, delivered: 0, coverage: 0.25 },
    ]);
    expect(s.volunteerHoursByCategory).toEqual([
      { category: 'DIRECT', hours: 4 },
      { category: 'EMPLOYED', hours: 8 },
      { category: 'DUAL', hours: 0 },
      { category: 'FLOATING', hours: 0 },
    ]);
    expect(s.volunteerHoursByEmployer).toEqual([
      { employer: { name: '芙蓉街小学' }, hours: 5 },
      { employer: { name: '芙蓉街社区卫生服务中心' }, hours: 3 },
    ]);
  });

  it('refuses a bad period and callers outside the territory, in the gateway and at the subgraphs', async () => {
    const sign = tokensFor(stack.auth);
    const token = await sign.forOrganization('COMMUNITY_ADMIN', furong.org);
    const backwards = await stack.query(
      `query($o: ID!) { organization(id: $o) { statistics(from: "2026-02-01T00:00:00Z", to: "2026-01-01T00:00:00Z") { claims { total } } } }`,
      { o: String(furong.org._id) },
      token,
    );
    expect(backwards.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const outsider = await sign.forOrganization('COMMUNITY_ADMIN', qushui.org);
    const refused = await stack.query(DASHBOARD, { o: String(furong.org._id) }, outsider);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // Straight to the members subgraph with an entity representation: still checked.
    const direct = await stack.querySubgraph<{ _entities: unknown[] }>(
      'members',
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Statistics { volunteerHoursByCategory { hours } } } }`,
      { r: [{ __typename: 'Statistics', organizationId: String(furong.org._id), from: '2026-01-01T00:00:00Z', to: '2027-01-01T00:00:00Z' }] },
      outsider,
    );
    expect(direct.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(direct.data ?? {})).not.toContain('hours');
  });
});
