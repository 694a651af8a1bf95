import { TerritoryBuilder } from '../../seed/builder';
import { idNumberCheckCharacter } from '../../subgraphs/members/domain/id-number';
import {
  AddSeatDocument,
  BigPartyCommitteeDocument,
  ConfirmServiceDocument,
  CreateOrganizationDocument,
  EndSeatDocument,
  GradeOrganizationDocument,
  HoursTotalsDocument,
  MemberDetailDocument,
  MoveOrganizationDocument,
  OrganizationsByCodeDocument,
  RecordServiceDocument,
  RegisterMemberDocument,
  ReportToCommunityDocument,
  SendFeedbackDocument,
  SubtreeDocument,
  SubtreeWithMembersDocument,
  UnitFeedbackDocument,
  UpdateMemberDocument,
} from '../generated/operations';
import { signed, tokensFor } from '../support/principals';
import { dataOf, startTestStack, type TestStack } from '../support/stack';

const YEAR = new Date().getUTCFullYear();

/** The territory tree, the big Party committee and members, through the gateway. */
describe('the territory, its committees and its members', () => {
  let stack: TestStack;
  const t = new TerritoryBuilder();
  const street = t.street('泉城路街道党工委');
  const furong = t.community(street, '芙蓉街社区党委').withGrids(2);
  const qushui = t.community(street, '曲水亭社区党委').withGrids(1);
  const building = t.organization({ name: '芙蓉街1号楼党小组', kind: 'BUILDING_GROUP' }, furong.grids[1]);
  const units = ['芙蓉街小学', '芙蓉街社区卫生服务中心', '中国银行芙蓉街支行'].map((name, i) =>
    t.unit(furong.org, { name, kind: (['SCHOOL', 'HOSPITAL', 'STATE_ENTERPRISE'] as const)[i] }),
  );
  const secretary = t.member(furong.org, { name: '张书记' });
  const leaders = units.map((u, i) => t.member(furong.org, { name: `兼职委员${i + 1}`, category: 'EMPLOYED', employerId: u._id, reportsToId: furong.org._id }));
  t.seat(furong.org, secretary, { role: 'SECRETARY' });
  const partTime = leaders.map((m, i) => t.seat(furong.org, m, { role: 'MEMBER', unitId: units[i]._id }));
  const worker = t.member(furong.grids[0], { name: '王芳', category: 'EMPLOYED', employerId: units[0]._id, phone: '13800000009' });

  // A territory of realistic size for the subtree query: 300 grids, 3,000 members.
  const big = t.community(street, '百花洲社区党委').withGrids(300);
  big.grids.forEach((g, i) => Array.from({ length: 10 }, (_, j) => t.member(g, { name: `党员${i}-${j}` })));

  const tokens = {} as Record<'street' | 'furong' | 'qushui' | 'grid' | 'worker' | 'school' | 'clinic', string>;
  beforeAll(async () => {
    stack = await startTestStack({ territory: t });
    const sign = tokensFor(stack.auth);
    Object.assign(tokens, await signed({
      street: sign.forOrganization('STREET_ADMIN', street),
      furong: sign.forOrganization('COMMUNITY_ADMIN', furong.org),
      qushui: sign.forOrganization('COMMUNITY_ADMIN', qushui.org),
      grid: sign.forOrganization('GRID_WORKER', furong.grids[0]),
      worker: sign.member(worker, furong.grids[0]),
      school: sign.unitAdmin(units[0]),
      clinic: sign.unitAdmin(units[1]),
    }));
  });
  afterAll(() => stack?.stop());

  describe('the tree', () => {
    it('creates an organisation under a parent of a fitting kind, with the next territory code', async () => {
      const { createOrganization } = dataOf(
        await stack.query(CreateOrganizationDocument, { input: { parentId: String(furong.org._id), name: '芙蓉街第三网格党支部', kind: 'GRID', households: 150 } }, tokens.furong),
      );
      expect(createOrganization.errors).toEqual([]);
      expect(createOrganization.organization).toMatchObject({
        kind: 'GRID',
        territoryCode: `${furong.org.territoryCode}003`, // after the two grids, 001 and 002
        parent: { id: String(furong.org._id) },
      });
      expect(createOrganization.organization!.ancestors.map((a) => a.id)).toEqual([...furong.org.ancestorIds, furong.org._id].map(String));
    });

    it('refuses a kind that does not fit, a bad or taken code, and changes nothing', async () => {
      const before = await stack.models.organizations.Organization.countDocuments();
      const attempt = async (input: Record<string, unknown>) =>
        dataOf(await stack.query(CreateOrganizationDocument, { input: { parentId: String(furong.org._id), name: '测试组织', kind: 'GRID', ...input } }, tokens.furong)).createOrganization.errors;
      expect(await attempt({ kind: 'BUILDING_GROUP' })).toEqual([{ code: 'KIND_DOES_NOT_FIT', field: 'input.kind' }]);
      const worded = dataOf(
        await stack.query<{ createOrganization: { errors: { message: string }[] } }, object>(
          `mutation($p: ID!) { createOrganization(input: { parentId: $p, name: "测试楼栋", kind: BUILDING_GROUP }) { errors { message } } }`,
          { p: String(furong.org._id) },
          tokens.furong,
        ),
      ).createOrganization.errors[0].message;
      expect(worded.split(' · ')[0]).toBe('楼栋党小组不能设在社区党委之下(应设在网格党支部之下)');
      expect(await attempt({ territoryCode: '999' })).toEqual([{ code: 'INVALID_TERRITORY_CODE', field: 'input.territoryCode' }]);
      expect(await attempt({ territoryCode: furong.grids[0].territoryCode })).toEqual([{ code: 'DUPLICATE_TERRITORY_CODE', field: 'input.territoryCode' }]);
      expect(await attempt({ name: 'x', households: -1 })).toEqual([
        { code: 'INVALID_NAME', field: 'input.name' },
        { code: 'INVALID_COUNT', field: 'input.households' },
      ]);
      expect(await stack.models.organizations.Organization.countDocuments()).toBe(before);
    });

    it('moves a grid with its subtree to another community, and never under itself', async () => {
      const moved = dataOf(await stack.query(MoveOrganizationDocument, { id: String(furong.grids[1]._id), parentId: String(qushui.org._id) }, tokens.street)).moveOrganization;
      expect(moved.organization!.parent!.id).toBe(String(qushui.org._id));
      const qushuiSubtree = dataOf(await stack.query(SubtreeDocument, { within: String(qushui.org._id), first: 20 })).organizations;
      expect(qushuiSubtree.edges.map((e) => e.node.id)).toEqual(expect.arrayContaining([String(furong.grids[1]._id), String(building._id)]));
      const cycle = dataOf(await stack.query(MoveOrganizationDocument, { id: String(qushui.org._id), parentId: String(furong.grids[1]._id) }, tokens.street)).moveOrganization;
      expect(cycle.errors).toEqual([{ code: 'CYCLE', field: 'parentId' }]);
      // A community's committee cannot move what it does not govern on both ends.
      const response = await stack.query(MoveOrganizationDocument, { id: String(furong.grids[0]._id), parentId: String(qushui.org._id) }, tokens.furong);
      expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });

    it('grades organisations yearly and finds them by grade and by territory code', async () => {
      const graded = dataOf(await stack.query(GradeOrganizationDocument, { id: String(furong.grids[0]._id), year: YEAR - 1, level: 'WEAK' }, tokens.furong)).gradeOrganization;
      expect(graded.organization!.grading).toEqual({ level: 'WEAK' });
      await stack.query(GradeOrganizationDocument, { id: String(furong.grids[0]._id), year: YEAR, level: 'AVERAGE' }, tokens.furong);
      const byGrade = dataOf(await stack.query(OrganizationsByCodeDocument, { prefix: street.territoryCode, grading: 'AVERAGE' }, tokens.street)).organizations;
      expect(byGrade.nodes.map((n) => n.id)).toEqual([String(furong.grids[0]._id)]);
      const future = dataOf(await stack.query(GradeOrganizationDocument, { id: String(furong.grids[0]._id), year: YEAR + 1, level: 'ADVANCED' }, tokens.furong));
      expect(future.gradeOrganization.errors[0].code).toBe('INVALID_YEAR');
      // Nobody grades itself.
      expect((await stack.query(GradeOrganizationDocument, { id: String(furong.org._id), year: YEAR, level: 'ADVANCED' }, tokens.furong)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const furongCodes = dataOf(await stack.query(OrganizationsByCodeDocument, { prefix: furong.org.territoryCode, kind: 'GRID' })).organizations;
      expect(furongCodes.nodes.every((n) => n.territoryCode.startsWith(furong.org.territoryCode))).toBe(true);
      expect((await stack.query(OrganizationsByCodeDocument, { prefix: '.*' })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('reads a subtree of 300 grids and 3,000 members in one query per level', async () => {
      stack.resetCommands();
      const { organizations } = dataOf(await stack.query(SubtreeWithMembersDocument, { within: String(big.org._id), first: 100 }, tokens.street));
      expect(organizations.nodes).toHaveLength(100);
      expect(organizations.pageInfo.hasNextPage).toBe(true);
      expect(organizations.nodes.every((g) => g.members!.nodes.length === 5 && g.members!.pageInfo.hasNextPage)).toBe(true);
      expect(stack.commands().organizations).toEqual({ find: 1 });
      expect(stack.commands().members).toEqual({ find: 1 });
    });
  });

  describe('the big Party committee (大党委)', () => {
    it('shows the secretary and the part-time members from three units, resolved across subgraphs', async () => {
      const { organization } = dataOf(await stack.query(BigPartyCommitteeDocument, { id: String(furong.org._id) }, tokens.street));
      expect(organization!.bigPartyCommittee.map((s) => [s.role, s.partTime, s.member!.name, s.unit?.name ?? null])).toEqual([
        ['SECRETARY', false, '张书记', null],
        ['MEMBER', true, '兼职委员1', '芙蓉街小学'],
        ['MEMBER', true, '兼职委员2', '芙蓉街社区卫生服务中心'],
        ['MEMBER', true, '兼职委员3', '中国银行芙蓉街支行'],
      ]);
      expect(organization!.bigPartyCommittee[2]).toMatchObject({ member: { category: 'EMPLOYED', employer: { name: '芙蓉街社区卫生服务中心' } }, unit: { kind: 'HOSPITAL' } });
    });

    it('seats and unseats members, checking the member, the unit and the dates', async () => {
      const add = async (input: { memberId: string } & Record<string, unknown>) =>
        dataOf(await stack.query(AddSeatDocument, { input: { organizationId: String(furong.org._id), role: 'DEPUTY_SECRETARY', partTime: false, termStart: '2026-01-01T00:00:00Z', ...input } }, tokens.furong)).addCommitteeSeat;
      expect((await add({ memberId: '0123456789abcdef01234567' })).errors).toEqual([{ code: 'NOT_FOUND', field: 'input.memberId' }]);
      expect((await add({ memberId: String(worker._id), partTime: true })).errors).toEqual([{ code: 'UNIT_REQUIRED', field: 'input.unitId' }]);
      expect((await add({ memberId: String(worker._id), termEnd: '2025-01-01T00:00:00Z' })).errors).toEqual([{ code: 'DATES_OUT_OF_ORDER', field: 'input.termEnd' }]);
      expect((await add({ memberId: String(leaders[0]._id) })).errors).toEqual([{ code: 'ALREADY_SEATED', field: 'input.memberId' }]);
      expect((await add({ memberId: String(worker._id) })).seat).toMatchObject({ role: 'DEPUTY_SECRETARY', partTime: false });

      const ended = dataOf(await stack.query(EndSeatDocument, { id: String(partTime[2]._id), endsOn: '2025-12-31T00:00:00Z' }, tokens.furong)).endCommitteeSeat;
      expect(ended.errors).toEqual([]);
      const now = dataOf(await stack.query(BigPartyCommitteeDocument, { id: String(furong.org._id) }, tokens.street)).organization!.bigPartyCommittee;
      expect(now.map((s) => s.member!.name)).not.toContain('兼职委员3');
      const then = dataOf(await stack.query(BigPartyCommitteeDocument, { id: String(furong.org._id), asOf: '2025-06-01T00:00:00Z' }, tokens.street)).organization!.bigPartyCommittee;
      expect(then.map((s) => s.member!.name)).toContain('兼职委员3');
    });
  });

  describe('members', () => {
    const idNumber = (() => {
      const body = '37010219900101123';
      return body + idNumberCheckCharacter(body);
    })();

    it('registers a member, validating the ID number, and shows personal data inside the territory only', async () => {
      const register = async (input: Record<string, unknown>) =>
        dataOf(await stack.query(RegisterMemberDocument, { input: { organizationId: String(furong.grids[0]._id), name: '刘洋', category: 'EMPLOYED', ...input } }, tokens.furong)).registerMember;
      expect((await register({ idNumber: '370102199001011230', phone: '123' })).errors.map((e) => e.code).sort()).toEqual(['INVALID_ID_NUMBER', 'INVALID_PHONE']);
      const ok = await register({ idNumber, phone: '13900000001', employerId: String(units[1]._id) });
      expect(ok.member).toMatchObject({ phone: '13900000001', idNumber: '370102********' + idNumber.slice(-4), employer: { name: '芙蓉街社区卫生服务中心' } });

      const asNeighbour = dataOf(await stack.query(MemberDetailDocument, { id: ok.member!.id, year: YEAR }, tokens.qushui)).member!;
      expect([asNeighbour.phone, asNeighbour.idNumber]).toEqual([null, null]);
      const asGridWorker = dataOf(await stack.query(MemberDetailDocument, { id: ok.member!.id, year: YEAR }, tokens.grid)).member!;
      expect(asGridWorker.phone).toBe('13900000001');
    });

    it('records posts and the central household, and the report to a community', async () => {
      const updated = dataOf(
        await stack.query(UpdateMemberDocument, { id: String(worker._id), input: { posts: [{ title: '政策宣传岗', responsibility: '每月宣讲一次' }], centralHousehold: true, householdsContacted: 18 } }, tokens.furong),
      ).updateMember;
      expect(updated.member).toEqual({ posts: [{ title: '政策宣传岗', responsibility: '每月宣讲一次' }], centralHousehold: true, householdsContacted: 18 });
      const reported = dataOf(await stack.query(ReportToCommunityDocument, { memberId: String(worker._id), communityId: String(furong.org._id), reportedAt: '2026-03-01T00:00:00Z' }, tokens.worker)).reportToCommunity;
      expect(reported.member).toEqual({ reportsTo: { name: '芙蓉街社区党委' }, reportedAt: '2026-03-01T00:00:00.000Z' });
      const secretaryReport = dataOf(await stack.query(ReportToCommunityDocument, { memberId: String(secretary._id), communityId: String(furong.org._id), reportedAt: '2026-03-01T00:00:00Z' }, tokens.furong)).reportToCommunity;
      expect(secretaryReport.errors[0].code).toBe('NOT_EMPLOYED');
    });

    it('counts confirmed volunteer hours per member, organisation and employer', async () => {
      const record = async (hours: number, description = '社区助老') =>
        dataOf(await stack.query(RecordServiceDocument, { input: { memberId: String(worker._id), servedOn: new Date().toISOString(), hours, description } }, tokens.worker)).recordService;
      const first = await record(3);
      // Another service the same day (the same one again would be refused: see journeys.test.ts).
      const second = await record(2.5, '楼道清理');
      expect((await record(30)).errors[0]).toMatchObject({ code: 'INVALID_HOURS', field: 'input.hours' });
      // Only confirmed hours count, and the member cannot confirm their own.
      expect((await stack.query(ConfirmServiceDocument, { id: first.record!.id }, tokens.worker)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(dataOf(await stack.query(ConfirmServiceDocument, { id: first.record!.id }, tokens.furong)).confirmService.record!.confirmedBy).toMatch(/^test:COMMUNITY_ADMIN/);
      expect(dataOf(await stack.query(ConfirmServiceDocument, { id: first.record!.id }, tokens.furong)).confirmService.errors[0].code).toBe('ALREADY_CONFIRMED');

      const detail = dataOf(await stack.query(MemberDetailDocument, { id: String(worker._id), year: YEAR }, tokens.furong)).member!;
      expect(detail.volunteerHours).toBe(3);
      expect(detail.serviceRecords.nodes.map((r) => r.hours)).toEqual([3, 2.5]);
      await stack.query(ConfirmServiceDocument, { id: second.record!.id }, tokens.street);
      const totals = dataOf(await stack.query(HoursTotalsDocument, { org: String(furong.org._id), unit: String(units[0]._id), year: YEAR }, tokens.furong));
      expect(totals.organization!.volunteerHours).toBe(5.5);
      expect(totals.residentUnit!.volunteerHours).toBe(5.5);
      expect(totals.residentUnit!.employedMembers!.nodes.map((m) => m.name)).toEqual(expect.arrayContaining(['王芳', '兼职委员1']));
    });

    it("sends feedback to the employer, which only that unit and the community read", async () => {
      const sent = dataOf(
        await stack.query(SendFeedbackDocument, { input: { memberId: String(worker._id), kind: 'NEGATIVE_LIST', year: YEAR, note: '多次无故缺席社区志愿服务' } }, tokens.furong),
      ).sendFeedback;
      expect(sent.feedback).toMatchObject({ kind: 'NEGATIVE_LIST', community: { name: '芙蓉街社区党委' }, employer: { name: '芙蓉街小学' } });
      const ownUnit = dataOf(await stack.query(UnitFeedbackDocument, { id: String(units[0]._id) }, tokens.school)).residentUnit!;
      expect(ownUnit.memberFeedback).toEqual([{ kind: 'NEGATIVE_LIST', note: '多次无故缺席社区志愿服务', member: { name: '王芳' } }]);
      const otherUnit = await stack.query(UnitFeedbackDocument, { id: String(units[0]._id) }, tokens.clinic);
      expect(otherUnit.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const notReported = dataOf(await stack.query(SendFeedbackDocument, { input: { memberId: String(secretary._id), kind: 'COMMENDATION', year: YEAR, note: '表现突出' } }, tokens.furong));
      expect(notReported.sendFeedback.errors[0].code).toBe('NOT_REPORTED');
    });
  });
});
