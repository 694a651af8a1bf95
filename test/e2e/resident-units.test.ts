import { TerritoryBuilder } from '../../seed/builder';
import {
  CommunityPartnersDocument,
  DraftAgreementDocument,
  EvaluateUnitDocument,
  ExpiringAgreementsDocument,
  RegisterUnitDocument,
  RenewAgreementDocument,
  SignAgreementDocument,
  TerminateAgreementDocument,
  UnitContactDocument,
  UnitHistoryDocument,
  UnitsWithCapabilityDocument,
  UpdateUnitDocument,
  type RegisterResidentUnitInput,
} from '../generated/operations';
import { beijingDayStart } from '../../platform/rules/beijing-time';
import { signed, tokensFor } from '../support/principals';
import { dataOf, startTestStack, type TestStack } from '../support/stack';

const DAY = 86_400_000;
// Agreements' days are Beijing days: their midnights.
const today = () => beijingDayStart(new Date());
const inDays = (n: number) => new Date(today().getTime() + n * DAY).toISOString();

/** Resident units, co-building agreements and yearly evaluations, through the gateway. */
describe('resident units and co-building agreements', () => {
  let stack: TestStack;
  const t = new TerritoryBuilder();
  const street = t.street('泉城路街道党工委');
  const furong = t.community(street, '芙蓉街社区党委').withGrids(1);
  const qushui = t.community(street, '曲水亭社区党委').withGrids(1);
  const partyBranch = t.organization({ name: '芙蓉街医院党支部', kind: 'UNIT_PARTY_ORGANIZATION' }, furong.org);
  const clinic = t.unit(furong.org, {
    name: '芙蓉街社区卫生服务中心',
    kind: 'HOSPITAL',
    capabilities: ['MEDICAL', 'ELDER_CARE'],
    contact: { name: '陈静', phone: '13800000001', title: '党支部书记' },
  });
  const school = t.unit(furong.org, { name: '芙蓉街小学', kind: 'SCHOOL', capabilities: ['EDUCATION', 'VENUE'] });
  const neighbour = t.unit(qushui.org, { name: '曲水亭物业', kind: 'PROPERTY_COMPANY' });
  const soon = t.agreement(school, furong.org, { startsOn: new Date(inDays(-345)), expiresOn: new Date(inDays(20)), status: 'ACTIVE' });
  t.agreement(neighbour, qushui.org, { startsOn: new Date(inDays(-10)), expiresOn: new Date(inDays(200)), status: 'ACTIVE' });

  let tokens: Record<'street' | 'furong' | 'qushui' | 'grid' | 'clinic' | 'school' | 'viewer', string>;

  beforeAll(async () => {
    stack = await startTestStack({ territory: t });
    const sign = tokensFor(stack.auth);
    tokens = await signed({
      street: sign.forOrganization('STREET_ADMIN', street),
      furong: sign.forOrganization('COMMUNITY_ADMIN', furong.org),
      qushui: sign.forOrganization('COMMUNITY_ADMIN', qushui.org),
      grid: sign.forOrganization('GRID_WORKER', furong.grids[0]),
      clinic: sign.unitAdmin(clinic),
      school: sign.unitAdmin(school),
      viewer: sign.forOrganization('VIEWER', street),
    });
  });
  afterAll(() => stack?.stop());

  const newUnit = (overrides: Partial<RegisterResidentUnitInput> = {}): RegisterResidentUnitInput => ({
    communityId: String(furong.org._id),
    name: '山东泉城律师事务所',
    kind: 'PRIVATE_ENTERPRISE',
    creditCode: '91370102MA3C4XQN21',
    capabilities: ['LEGAL', 'LEGAL'],
    contact: { name: '刘洋', phone: '0531-86001234', title: '主任' },
    partyOrganizationId: String(partyBranch._id),
    ...overrides,
  });
  const unitCount = () => stack.models.residentUnits.ResidentUnit.countDocuments();

  describe('registering a unit', () => {
    it('registers a unit in its community, with the street and Party organisation resolved', async () => {
      const { registerResidentUnit } = dataOf(await stack.query(RegisterUnitDocument, { input: newUnit() }, tokens.furong));
      expect(registerResidentUnit.errors).toEqual([]);
      expect(registerResidentUnit.residentUnit).toMatchObject({
        name: '山东泉城律师事务所',
        creditCode: '91370102MA3C4XQN21',
        capabilities: ['LEGAL'],
        community: { name: '芙蓉街社区党委' },
        street: { name: '泉城路街道党工委' },
        partyOrganization: { name: '芙蓉街医院党支部' },
      });
    });

    it('refuses what is wrong with every field at once, and stores nothing', async () => {
      const before = await unitCount();
      const { registerResidentUnit } = dataOf(
        await stack.query(
          RegisterUnitDocument,
          {
            input: newUnit({
              name: 'X',
              creditCode: '91370102MA3C4XQN2X',
              contact: { name: '刘洋', phone: '12345' },
              location: { latitude: 120, longitude: 0 },
              partyOrganizationId: String(furong.grids[0]._id),
            }),
          },
          tokens.furong,
        ),
      );
      expect(registerResidentUnit.residentUnit).toBeNull();
      expect(registerResidentUnit.errors.map((e) => [e.code, e.field]).sort()).toEqual(
        [
          ['INVALID_CREDIT_CODE', 'input.creditCode'],
          ['INVALID_LOCATION', 'input.location'],
          ['INVALID_NAME', 'input.name'],
          ['INVALID_PARTY_ORGANIZATION', 'input.partyOrganizationId'],
          ['INVALID_PHONE', 'input.contact.phone'],
        ].sort(),
      );
      expect(await unitCount()).toBe(before);
    });

    it('registers a credit code once, even when ten registrations race', async () => {
      const code = '91370102MA3C4XQP9P';
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          stack.query(RegisterUnitDocument, { input: newUnit({ name: `竞争登记单位${i}`, creditCode: code }) }, tokens.furong),
        ),
      );
      const outcomes = results.map((r) => dataOf(r).registerResidentUnit);
      expect(outcomes.filter((o) => o.residentUnit)).toHaveLength(1);
      expect(outcomes.filter((o) => o.errors[0]?.code === 'DUPLICATE_CREDIT_CODE')).toHaveLength(9);
      expect(await stack.models.residentUnits.ResidentUnit.countDocuments({ creditCode: code })).toBe(1);
    });

    it('lets only the committees of the territory register, and nobody anonymously', async () => {
      const before = await unitCount();
      for (const token of [tokens.qushui, tokens.grid, tokens.clinic, tokens.viewer]) {
        const response = await stack.query(RegisterUnitDocument, { input: newUnit({ creditCode: null, name: '越权登记' }) }, token);
        expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      }
      const anonymous = await stack.query(RegisterUnitDocument, { input: newUnit({ creditCode: null }) });
      expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      const street = dataOf(await stack.query(RegisterUnitDocument, { input: newUnit({ creditCode: null, name: '街道登记单位' }) }, tokens.street));
      expect(street.registerResidentUnit.errors).toEqual([]);
      expect(await unitCount()).toBe(before + 1);
    });

    it("lets a unit's admin update the unit, but not another unit", async () => {
      const own = dataOf(await stack.query(UpdateUnitDocument, { id: String(clinic._id), input: { address: '芙蓉街58号' } }, tokens.clinic));
      expect(own.updateResidentUnit.residentUnit).toMatchObject({ address: '芙蓉街58号', name: '芙蓉街社区卫生服务中心' });
      const other = await stack.query(UpdateUnitDocument, { id: String(school._id), input: { address: '别处' } }, tokens.clinic);
      expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });
  });

  describe("a unit's contact person", () => {
    it.each([
      ['the unit itself', 'clinic'],
      ['its community committee', 'furong'],
      ['its street committee', 'street'],
    ] as const)('is visible to %s', async (_who, token) => {
      const { residentUnit } = dataOf(await stack.query(UnitContactDocument, { id: String(clinic._id) }, tokens[token]));
      expect(residentUnit!.contact).toEqual({ name: '陈静', phone: '13800000001', title: '党支部书记' });
    });

    // As every private value (a member's phone, an item's contact): null to the signed-in who may not read it.
    it.each([
      ['another community', 'qushui'],
      ['another unit', 'school'],
      ['a grid worker', 'grid'],
      ['a viewer', 'viewer'],
    ] as const)('reads as null to %s, with the rest of the unit answered', async (_who, token) => {
      const response = await stack.query(UnitContactDocument, { id: String(clinic._id) }, tokens[token]);
      expect(response.data?.residentUnit).toEqual({ name: '芙蓉街社区卫生服务中心', contact: null });
      expect(response.errors).toBeUndefined();
    });

    it('asks an anonymous caller to sign in, with the rest of the unit still answered', async () => {
      const response = await stack.query(UnitContactDocument, { id: String(clinic._id) });
      expect(response.data?.residentUnit).toEqual({ name: '芙蓉街社区卫生服务中心', contact: null });
      expect(response.errors?.[0]).toMatchObject({ path: ['residentUnit', 'contact'], extensions: { code: 'UNAUTHENTICATED' } });
    });
  });

  describe('agreements', () => {
    const draft = async (token: string, startsOn: string, expiresOn: string, partner = furong.org) =>
      dataOf(
        await stack.query(
          DraftAgreementDocument,
          {
            input: {
              unitId: String(clinic._id),
              partnerId: String(partner._id),
              startsOn,
              expiresOn,
              commitments: [{ kind: 'VOLUNTEER_HOURS', description: '每月一次义诊', amount: 48 }],
            },
          },
          token,
        ),
      ).draftAgreement;
    const signAs = async (token: string, id: string) => dataOf(await stack.query(SignAgreementDocument, { id }, token)).signAgreement;

    it('becomes active when both sides have signed, and records when each did', async () => {
      const drafted = await draft(tokens.clinic, inDays(0), inDays(364));
      expect(drafted.agreement).toMatchObject({ status: 'DRAFT', unitSignedAt: null, partner: { name: '芙蓉街社区党委', kind: 'COMMUNITY' } });

      const unitSigned = await signAs(tokens.clinic, drafted.agreement!.id);
      expect(unitSigned.agreement).toMatchObject({ status: 'DRAFT', partnerSignedAt: null });
      expect(unitSigned.agreement!.unitSignedAt).toEqual(expect.any(String));
      expect((await signAs(tokens.clinic, drafted.agreement!.id)).errors[0].code).toBe('ALREADY_SIGNED');

      const active = await signAs(tokens.furong, drafted.agreement!.id);
      expect(active.errors).toEqual([]);
      expect(active.agreement).toMatchObject({ status: 'ACTIVE', commitments: [{ kind: 'VOLUNTEER_HOURS', amount: 48 }] });

      // Another overlapping term between the same unit and community cannot come into force.
      const overlapping = await draft(tokens.clinic, inDays(100), inDays(400));
      await signAs(tokens.clinic, overlapping.agreement!.id);
      const refused = await signAs(tokens.furong, overlapping.agreement!.id);
      expect(refused.errors[0].code).toBe('OVERLAPPING_AGREEMENT');
      expect((await stack.models.residentUnits.Agreement.findById(overlapping.agreement!.id).lean())!.status).toBe('DRAFT');

      // Terminated, it makes room for the other.
      const ended = dataOf(await stack.query(TerminateAgreementDocument, { id: active.agreement!.id, reason: '单位搬迁' }, tokens.furong));
      expect(ended.terminateAgreement.agreement).toMatchObject({ status: 'TERMINATED', terminationReason: '单位搬迁' });
      // Signed by both, it is in force from its first day, 100 days from now: SIGNED until then.
      expect((await signAs(tokens.furong, overlapping.agreement!.id)).agreement!.status).toBe('SIGNED');
    });

    it('binds only one of two overlapping agreements signed at the same moment', async () => {
      const [a, b] = [await draft(tokens.clinic, inDays(500), inDays(800)), await draft(tokens.clinic, inDays(600), inDays(900))];
      await signAs(tokens.clinic, a.agreement!.id);
      await signAs(tokens.clinic, b.agreement!.id);
      const results = await Promise.all([signAs(tokens.furong, a.agreement!.id), signAs(tokens.furong, b.agreement!.id)]);
      expect(results.map((r) => r.agreement?.status ?? r.errors[0].code).sort()).toEqual(['OVERLAPPING_AGREEMENT', 'SIGNED']);
    });

    it('refuses dates out of order, a partner outside the unit’s territory, and strangers', async () => {
      expect((await draft(tokens.clinic, inDays(10), inDays(5))).errors[0]).toMatchObject({ code: 'DATES_OUT_OF_ORDER', field: 'input.expiresOn' });
      expect((await draft(tokens.clinic, inDays(0), inDays(300), qushui.org)).errors[0].code).toBe('INVALID_PARTNER');
      const before = await stack.models.residentUnits.Agreement.countDocuments();
      const response = await stack.query(
        DraftAgreementDocument,
        { input: { unitId: String(clinic._id), partnerId: String(furong.org._id), startsOn: inDays(0), expiresOn: inDays(30), commitments: [{ kind: 'FUNDS', description: '资金', amount: 1000 }] } },
        tokens.school,
      );
      expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(await stack.models.residentUnits.Agreement.countDocuments()).toBe(before);
    });

    it('renews an agreement from the day after it ends', async () => {
      const { renewAgreement } = dataOf(await stack.query(RenewAgreementDocument, { id: String(soon._id), expiresOn: inDays(400) }, tokens.school));
      expect(renewAgreement.errors).toEqual([]);
      expect(renewAgreement.agreement).toMatchObject({ status: 'DRAFT', startsOn: inDays(21), renewalOf: { id: String(soon._id) } });
    });

    it('lists the agreements of a street that expire within N days', async () => {
      const { expiringAgreements } = dataOf(await stack.query(ExpiringAgreementsDocument, { within: String(street._id), days: 30 }));
      expect(expiringAgreements.nodes).toEqual([
        { id: String(soon._id), expiresOn: inDays(20), unit: { name: '芙蓉街小学' }, partner: { name: '芙蓉街社区党委' } },
      ]);
      const bad = await stack.query(ExpiringAgreementsDocument, { within: String(street._id), days: 0 });
      expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });

    it("lists a community's partner units, and its units by capability", async () => {
      const partners = dataOf(await stack.query(CommunityPartnersDocument, { id: String(qushui.org._id) })).organization!;
      expect(partners.agreements!.nodes.map((a) => a.unit)).toEqual([{ name: '曲水亭物业', kind: 'PROPERTY_COMPANY', capabilities: [] }]);
      const medical = dataOf(await stack.query(UnitsWithCapabilityDocument, { id: String(furong.org._id), capability: 'MEDICAL' })).organization!;
      expect(medical.residentUnits!.nodes.map((u) => u.name)).toEqual(['芙蓉街社区卫生服务中心']);
    });
  });

  describe('yearly evaluation', () => {
    const evaluate = (token: string, year: number, score: number, community = furong.org) =>
      stack.query(EvaluateUnitDocument, { input: { unitId: String(school._id), communityId: String(community._id), year, score, comment: '积极参与共建' } }, token);

    it('records one evaluation per unit, community and year, and keeps the history', async () => {
      expect(dataOf(await evaluate(tokens.furong, 2024, 4)).evaluateResidentUnit.errors).toEqual([]);
      expect(dataOf(await evaluate(tokens.furong, 2025, 5)).evaluateResidentUnit.evaluation).toMatchObject({ year: 2025, score: 5, community: { name: '芙蓉街社区党委' } });
      expect(dataOf(await evaluate(tokens.furong, 2025, 3)).evaluateResidentUnit.errors[0].code).toBe('ALREADY_EVALUATED');
      const history = dataOf(await stack.query(UnitHistoryDocument, { id: String(school._id) }, tokens.street)).residentUnit!;
      expect(history.evaluations.map((e) => [e.year, e.score])).toEqual([[2025, 5], [2024, 4]]);
    });

    it('refuses a bad score or year, a unit that is not a partner, and other communities', async () => {
      const bad = dataOf(await evaluate(tokens.furong, 2999, 9)).evaluateResidentUnit;
      expect(bad.errors.map((e) => e.code).sort()).toEqual(['INVALID_SCORE', 'INVALID_YEAR']);
      expect(dataOf(await evaluate(tokens.qushui, 2025, 4, qushui.org)).evaluateResidentUnit.errors[0].code).toBe('NOT_A_PARTNER');
      expect((await evaluate(tokens.qushui, 2023, 4)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });
  });

  it('refuses a forged token at the gateway, and mutations sent straight to the subgraph without one', async () => {
    const forged = await stack.query(UnitContactDocument, { id: String(clinic._id) }, `${tokens.street.slice(0, -4)}AAAA`);
    expect(forged.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const direct = await stack.querySubgraph('resident-units', 'mutation { signAgreement(id: "000000000000000000000000") { errors { code } } }');
    expect(direct.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
