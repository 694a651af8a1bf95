import { buildDemoTerritory } from '../seed/demo';
import { creditCodeCheckCharacter } from '../subgraphs/resident-units/domain/credit-code';
import { tokensFor } from './support/principals';
import { dataOf, startTestStack } from './support/stack';

/** The demo territory `npm start` loads: what a new user first sees must look like a real street. */
describe('the demo territory', () => {
  const { builder: t, street } = buildDemoTerritory();
  const communities = t.organizations.filter((o) => o.kind === 'COMMUNITY');

  it('names no two units of a community alike, and none of them as a street’s', () => {
    for (const community of communities) {
      const names = t.units.filter((u) => u.communityId.equals(community._id)).map((u) => u.name);
      expect(new Set(names).size).toBe(names.length);
      expect(names.filter((n) => n.includes('街道'))).toEqual([]);
    }
  });

  it('gives each unit a valid credit code of its kind of body', () => {
    const prefix = { GOVERNMENT_AGENCY: '11', PUBLIC_INSTITUTION: '12', SCHOOL: '12', HOSPITAL: '12', SOCIAL_ORGANIZATION: '52', INDIVIDUAL_BUSINESS: '92' } as Record<string, string>;
    for (const unit of t.units) {
      expect(unit.creditCode).toMatch(/^[0-9A-HJ-NPQRTUWXY]{18}$/);
      expect(unit.creditCode!.slice(0, 2)).toBe(prefix[unit.kind] ?? '91');
      expect(unit.creditCode!.at(-1)).toBe(creditCodeCheckCharacter(unit.creditCode!.slice(0, 17)));
    }
  });

  it("files residents' requests under the category their text is about", () => {
    const repairs = t.requests.filter((r) => r.category === 'REPAIRS').map((r) => r.description);
    const consultations = t.requests.filter((r) => r.category === 'POLICY_CONSULTATION').map((r) => r.description);
    expect(repairs.length).toBeGreaterThan(0);
    expect(repairs.every((d) => !/咨询|烧烤/.test(d))).toBe(true);
    expect(consultations.every((d) => d.includes('咨询'))).toBe(true);
  });

  it('loads into the graph, gradings and held activities included', async () => {
    const stack = await startTestStack({ territory: t });
    try {
      const token = await tokensFor(stack.auth).forOrganization('STREET_ADMIN', street);
      const graded = dataOf(
        await stack.query<{ organization: { children: { nodes: { name: string; kind: string; grading: { year: number; level: string } | null }[] } } | null }, object>(
          `query($id: ID!) { organization(id: $id) { children(first: 20) { nodes { name kind grading { year level } } } } }`,
          { id: String(street._id) },
          token,
        ),
      ).organization!.children.nodes.filter((c) => c.kind === 'COMMUNITY');
      expect(graded.length).toBe(communities.length);
      expect(graded.every((c) => c.grading?.year === 2025)).toBe(true);
      // Each community held a co-building activity: eight members and a unit came, two members did not.
      const held = dataOf(
        await stack.query<{ organization: { activities: { nodes: { attended: number; noShows: number; volunteerHours: number }[] } } | null }, object>(
          `query($id: ID!) { organization(id: $id) { activities(inTerritory: true, status: HELD, first: 20) { nodes { attended noShows volunteerHours } } } }`,
          { id: String(street._id) },
          token,
        ),
      ).organization!.activities.nodes;
      expect(held).toHaveLength(communities.length);
      expect(held.every((a) => a.attended === 9 && a.noShows === 2 && a.volunteerHours >= 16)).toBe(true);
      // Each community's big Party committee met last month: one seat away, one decision done, one open.
      const first = communities[0];
      const meetings = dataOf(
        await stack.query<{ organization: { jointMeetings: { nodes: { status: string; invitees: { attended: boolean | null }[]; decisions: { status: string }[] }[] } } | null }, object>(
          `query($id: ID!) { organization(id: $id) { jointMeetings(first: 5) { nodes { status invitees { attended } decisions { status } } } } }`,
          { id: String(first._id) },
          token,
        ),
      ).organization!.jointMeetings.nodes;
      expect(meetings).toHaveLength(1);
      expect(meetings[0].status).toBe('HELD');
      expect(meetings[0].invitees.filter((i) => i.attended === false)).toHaveLength(1);
      expect(meetings[0].decisions.map((d) => d.status).sort()).toEqual(['DONE', 'OPEN']);
      // The first community's annual review of last year (述职评议) is closed: its units graded, the committee's opinions given.
      const rounds = dataOf(
        await stack.query<{ organization: { reviewRounds: { nodes: { year: number; status: string; parties: { nodes: { type: string; grade: string | null; opinion: string | null; report: { figures: { membersReported: number | null } } | null }[] } }[] } } | null }, object>(
          `query($id: ID!) { organization(id: $id) { reviewRounds(first: 5) { nodes { year status parties(first: 20) { nodes { type grade opinion report { figures { membersReported } } } } } } } }`,
          { id: String(first._id) },
          token,
        ),
      ).organization!.reviewRounds.nodes;
      expect(rounds.map((r) => [r.year, r.status])).toEqual([[2025, 'CLOSED']]);
      const units = rounds[0].parties.nodes.filter((p) => p.type === 'RESIDENT_UNIT');
      expect(units).toHaveLength(6);
      expect(units.every((p) => p.grade !== null && p.report !== null)).toBe(true);
      expect(units.map((p) => p.opinion)).toEqual(['RECOMMEND', 'AGREE', 'AGREE', 'AGREE', 'AGREE', 'DISAGREE']);

      // The street's departments; a resident's own requests; one handed on to law enforcement (转办), one
      // supervised twice by the street (督办), and the market office late to report in to a whistle.
      const departments = t.organizations.filter((o) => o.kind === 'DEPARTMENT');
      expect(departments.map((d) => d.name)).toEqual(['泉城路街道综合行政执法中队', '泉城路市场监督管理所', '泉城路派出所', '泉城路街道房管所']);
      const grid = t.organizations.find((o) => o.kind === 'GRID' && o.parentId?.equals(first._id))!;
      const sign = tokensFor(stack.auth);
      const residentToken = await stack.auth.issue({ subject: `dev:resident:${String(grid._id)}:resident`, role: 'RESIDENT', scopeId: String(grid._id), territory: [...grid.ancestorIds, grid._id].map(String) });
      const own = dataOf(
        await stack.query<{ organization: { requests: { nodes: { channel: string; status: string }[] } } | null }, object>(
          `query($id: ID!) { organization(id: $id) { requests(first: 10) { nodes { channel status } } } }`,
          { id: String(grid._id) },
          residentToken,
        ),
      ).organization!.requests.nodes;
      expect(own.map((r) => r.channel)).toEqual(['APP', 'APP', 'APP']);
      expect(own.map((r) => r.status).sort()).toEqual(['ACCEPTED', 'CLOSED', 'RECEIVED']);
      const handled = dataOf(
        await stack.query<{ organization: { handledRequests: { nodes: { transfers: { reason: string }[] }[] } } | null }, object>(
          `query($id: ID!) { organization(id: $id) { handledRequests(first: 10) { nodes { transfers { reason } } } } }`,
          { id: String(departments[0]._id) },
          await sign.forOrganization('DEPARTMENT_ADMIN', departments[0]),
        ),
      ).organization!.handledRequests.nodes;
      expect(handled).toEqual([{ transfers: [{ reason: '属占道经营,由综合行政执法中队承办' }] }]);
      const street_ = dataOf(
        await stack.query<
          { organization: { requests: { nodes: { reminderCount: number }[] }; unreportedWhistles: { nodes: { whistles: { department: { name: string } | null; reportOverdue: boolean }[] }[] } } | null },
          object
        >(
          `query($id: ID!) { organization(id: $id) { requests(overdue: true, first: 100) { nodes { reminderCount } } unreportedWhistles(first: 10) { nodes { whistles { department { name } reportOverdue } } } } }`,
          { id: String(street._id) },
          token,
        ),
      ).organization!;
      expect(street_.requests.nodes.filter((r) => r.reminderCount > 0)).toEqual([{ reminderCount: 2 }]);
      expect(street_.unreportedWhistles.nodes).toEqual([{ whistles: [{ department: { name: '泉城路市场监督管理所' }, reportOverdue: true }] }]);
      // The street's own time-limit table, one version, which its residents' new repairs run by.
      const table = dataOf(
        await stack.query<{ requestTimeLimitHistory: { nodes: { version: number; limits: { category: string; workingDays: number }[] }[] } }, object>(
          `query($s: ID!) { requestTimeLimitHistory(streetId: $s, first: 5) { nodes { version limits { category workingDays } } } }`,
          { s: String(street._id) },
          residentToken,
        ),
      ).requestTimeLimitHistory.nodes;
      expect(table.map((v) => [v.version, v.limits.find((l) => l.category === 'REPAIRS')?.workingDays])).toEqual([[1, 2]]);

      // Commitments (共建承诺): in each community an agreement on track (the unit that sent its team) and
      // one behind (its monthly open days not held), on the community's list with those on track.
      const commitments = dataOf(
        await stack.query<{ organization: { commitmentShortfalls: { nodes: { agreement: { id: string }; commitment: { kind: string; onTrack: boolean } }[] } } | null }, object>(
          `query($id: ID!) { organization(id: $id) { commitmentShortfalls(includeOnTrack: true, first: 100) { nodes { agreement { id } commitment { kind onTrack } } } } }`,
          { id: String(first._id) },
          token,
        ),
      ).organization!.commitmentShortfalls.nodes;
      const byAgreement = new Map<string, boolean[]>();
      for (const n of commitments) byAgreement.set(n.agreement.id, [...(byAgreement.get(n.agreement.id) ?? []), n.commitment.onTrack]);
      expect([...byAgreement.values()].some((kinds) => kinds.every(Boolean))).toBe(true);
      expect(commitments.some((n) => n.commitment.kind === 'SESSIONS' && !n.commitment.onTrack)).toBe(true);
      expect(commitments.some((n) => n.commitment.kind === 'PEOPLE')).toBe(true);
    } finally {
      await stack.stop();
    }
  });
});
