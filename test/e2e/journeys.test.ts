import { Types } from 'mongoose';
import { TerritoryBuilder } from '../../seed/builder';
import { idNumberCheckCharacter } from '../../subgraphs/members/domain/id-number';
import { creditCodeCheckCharacter } from '../../subgraphs/resident-units/domain/credit-code';
import {
  AddSeatCheckedDocument,
  CreateOrganizationCheckedDocument,
  DraftAgreementCheckedDocument,
  EndSeatCheckedDocument,
  MoveOrganizationCheckedDocument,
  PartnerAgreementsByStatusDocument,
  RecordServiceCheckedDocument,
  RegisterMemberCheckedDocument,
  RegisterUnitCheckedDocument,
  RenameOrganizationDocument,
  SignAgreementCheckedDocument,
  UpdateUnitCheckedDocument,
  WithdrawAgreementDocument,
  type AddCommitteeSeatInput,
  type RecordServiceInput,
  type RegisterResidentUnitInput,
} from '../generated/operations';
import { signed, tokensFor } from '../support/principals';
import { dataOf, startTestStack, type TestStack } from '../support/stack';

const DAY = 86_400_000;
const today = () => new Date(Math.floor(Date.now() / DAY) * DAY);
const inDays = (n: number) => new Date(today().getTime() + n * DAY).toISOString();
const validIdNumber = (first17: string) => first17 + idNumberCheckCharacter(first17);
const validCreditCode = (first17: string) => first17 + creditCodeCheckCharacter(first17);

/** What a clerk is shown: one typed error, its code and field, with a message in Chinese. */
const refusal = (code: string, field?: string) => [{ code, field: field ?? null, message: expect.stringMatching(/[\u4e00-\u9fff]/) }];

/**
 * Issue #16, "every journey works as its users expect": what was accepted without a word is refused
 * with a typed user error and leaves nothing written; what was refused that a clerk expects to work,
 * works. Through the gateway, on the real subgraphs and database.
 */
describe('refusals a committee clerk understands, and journeys that work', () => {
  let stack: TestStack;
  const t = new TerritoryBuilder();
  const street = t.street('泉城路街道党工委');
  const furong = t.community(street, '芙蓉街社区党委').withGrids(2);
  const qushui = t.community(street, '曲水亭社区党委').withGrids(1);
  const school = t.unit(furong.org, { name: '芙蓉街小学', kind: 'SCHOOL' });
  const clinic = t.unit(furong.org, { name: '芙蓉街社区卫生服务中心', kind: 'HOSPITAL' });
  const secretary = t.member(furong.org, { name: '张书记' });
  const secretarySeat = t.seat(furong.org, secretary, { role: 'SECRETARY' });
  const deputy = t.member(furong.org, { name: '李副书记' });
  const teacher = t.member(furong.org, { name: '王老师', category: 'EMPLOYED', employerId: school._id, reportsToId: furong.org._id });
  const candidates = ['陈静', '刘洋', '杨帆', '黄磊', '周洁', '吴刚'].map((name) => t.member(qushui.org, { name }));
  // Registered before the ID-number rule: it holds no key, and still counts.
  const takenIdNumber = validIdNumber('37010219900101123');
  t.member(furong.grids[0], { name: '赵敏', idNumber: takenIdNumber });
  const volunteer = t.member(furong.grids[0], { name: '王芳' });
  const need = t.need(furong.org, { title: '助餐志愿者', category: 'ELDER_CARE', quantity: 10, unitOfMeasure: 'PEOPLE' });
  const offer = t.offer(clinic, { title: '义诊', category: 'MEDICAL', capacity: 10, unitOfMeasure: 'SESSIONS' });

  const tokens = {} as Record<'street' | 'furong' | 'qushui' | 'volunteer' | 'clinic', string>;
  beforeAll(async () => {
    stack = await startTestStack({ territory: t });
    const sign = tokensFor(stack.auth);
    Object.assign(
      tokens,
      await signed({
        street: sign.forOrganization('STREET_ADMIN', street),
        furong: sign.forOrganization('COMMUNITY_ADMIN', furong.org),
        qushui: sign.forOrganization('COMMUNITY_ADMIN', qushui.org),
        volunteer: sign.member(volunteer, furong.grids[0]),
        clinic: sign.unitAdmin(clinic),
      }),
    );
  });
  afterAll(() => stack?.stop());

  describe('members', () => {
    const register = async (idNumber: string, name = '孙丽') =>
      dataOf(
        await stack.query(RegisterMemberCheckedDocument, { input: { organizationId: String(furong.grids[1]._id), name, category: 'DIRECT', idNumber } }, tokens.furong),
      ).registerMember;

    it('refuses an ID number another member already has, and registers nobody', async () => {
      const refused = await register(takenIdNumber);
      expect(refused.errors).toEqual(refusal('DUPLICATE_ID_NUMBER', 'input.idNumber'));
      expect(await stack.models.members.Member.countDocuments({ idNumber: takenIdNumber })).toBe(1);
    });

    it('registers one of ten members with one ID number sent at the same moment (x and X are one number)', async () => {
      const number = '11010519491231002X';
      const results = await Promise.all(Array.from({ length: 10 }, (_, i) => register(i % 2 ? number : number.toLowerCase(), `同号党员${i}`)));
      expect(results.filter((r) => r.member)).toHaveLength(1);
      expect(results.filter((r) => r.errors[0]?.code === 'DUPLICATE_ID_NUMBER')).toHaveLength(9);
      expect(await stack.models.members.Member.countDocuments({ idNumber: number })).toBe(1);
    });
  });

  describe('the big Party committee (大党委)', () => {
    const seat = async (input: Partial<AddCommitteeSeatInput> & Pick<AddCommitteeSeatInput, 'memberId'>, token = tokens.furong) =>
      dataOf(
        await stack.query(
          AddSeatCheckedDocument,
          { input: { organizationId: String(furong.org._id), role: 'MEMBER', partTime: false, termStart: '2026-01-01T00:00:00Z', ...input } },
          token,
        ),
      ).addCommitteeSeat;
    const seatsOf = (memberId: Types.ObjectId) => stack.models.organizations.CommitteeSeat.countDocuments({ memberId });

    it('refuses a part-time seat for a unit the member does not work for', async () => {
      const refused = await seat({ memberId: String(teacher._id), partTime: true, unitId: String(clinic._id) });
      expect(refused.errors).toEqual(refusal('NOT_EMPLOYED_BY_UNIT', 'input.unitId'));
      expect(await seatsOf(teacher._id)).toBe(0);
      // For the unit that employs the member, the seat is taken.
      expect((await seat({ memberId: String(teacher._id), partTime: true, unitId: String(school._id) })).seat).toMatchObject({ partTime: true, unit: { id: String(school._id) } });
    });

    it('refuses a second secretary while the committee has one', async () => {
      const refused = await seat({ memberId: String(deputy._id), role: 'SECRETARY' });
      expect(refused.errors).toEqual(refusal('SECRETARY_TAKEN', 'input.role'));
      expect(await seatsOf(deputy._id)).toBe(0);
    });

    it('seats a new secretary from the day after the last one leaves, and then will not extend the old term', async () => {
      const ended = dataOf(await stack.query(EndSeatCheckedDocument, { id: String(secretarySeat._id), endsOn: '2026-06-30T00:00:00Z' }, tokens.furong)).endCommitteeSeat;
      expect(ended.errors).toEqual([]);
      expect((await seat({ memberId: String(deputy._id), role: 'SECRETARY', termStart: '2026-07-01T00:00:00Z' })).errors).toEqual([]);
      const extended = dataOf(await stack.query(EndSeatCheckedDocument, { id: String(secretarySeat._id), endsOn: '2027-12-31T00:00:00Z' }, tokens.furong)).endCommitteeSeat;
      expect(extended.errors).toEqual(refusal('SECRETARY_TAKEN', 'endsOn'));
      expect((await stack.models.organizations.CommitteeSeat.findById(secretarySeat._id).lean())!.termEnd).toEqual(new Date('2026-06-30T00:00:00Z'));
    });

    it('seats one of six secretaries sent at the same moment', async () => {
      const results = await Promise.all(
        candidates.map((m) => seat({ organizationId: String(qushui.org._id), memberId: String(m._id), role: 'SECRETARY' }, tokens.qushui)),
      );
      expect(results.filter((r) => r.seat)).toHaveLength(1);
      expect(results.filter((r) => r.errors[0]?.code === 'SECRETARY_TAKEN')).toHaveLength(5);
      expect(await stack.models.organizations.CommitteeSeat.countDocuments({ organizationId: qushui.org._id, role: 'SECRETARY' })).toBe(1);
    });

    it('refuses a seat on a grid: only communities and streets have a big Party committee', async () => {
      const refused = await seat({ organizationId: String(furong.grids[0]._id), memberId: String(volunteer._id) });
      expect(refused.errors).toEqual(refusal('NO_COMMITTEE_SEATS', 'input.organizationId'));
      expect(await seatsOf(volunteer._id)).toBe(0);
    });
  });

  describe('the organisation tree', () => {
    const create = async (name: string) =>
      dataOf(await stack.query(CreateOrganizationCheckedDocument, { input: { parentId: String(furong.org._id), name, kind: 'GRID' } }, tokens.furong)).createOrganization;
    const named = (name: string) => stack.models.organizations.Organization.countDocuments({ parentId: furong.org._id, name });

    it('refuses a second organisation of the same name under one parent (spaces and full-width forms aside)', async () => {
      const existing = furong.grids[0].name; // 芙蓉街社区第1网格党支部
      expect((await create(existing)).errors).toEqual(refusal('DUPLICATE_NAME', 'input.name'));
      expect((await create(existing.replace('第1', '第　１'))).errors).toEqual(refusal('DUPLICATE_NAME', 'input.name'));
      expect(await stack.models.organizations.Organization.countDocuments({ parentId: furong.org._id, kind: 'GRID' })).toBe(2);
    });

    it('refuses renaming or moving an organisation onto a name its new siblings have', async () => {
      const renamed = dataOf(await stack.query(RenameOrganizationDocument, { id: String(furong.grids[1]._id), name: furong.grids[0].name }, tokens.furong)).updateOrganization;
      expect(renamed.errors).toEqual(refusal('DUPLICATE_NAME', 'input.name'));
      const twin = t.organization({ name: furong.grids[0].name, kind: 'GRID' }, qushui.org);
      await stack.models.organizations.Organization.create(twin);
      const moved = dataOf(await stack.query(MoveOrganizationCheckedDocument, { id: String(twin._id), parentId: String(furong.org._id) }, tokens.street)).moveOrganization;
      expect(moved.errors).toEqual(refusal('DUPLICATE_NAME', 'parentId'));
      expect(await named(furong.grids[0].name)).toBe(1);
    });

    it('creates one of ten organisations of one name sent at the same moment', async () => {
      const results = await Promise.all(Array.from({ length: 10 }, () => create('芙蓉街社区第9网格党支部')));
      expect(results.filter((r) => r.organization)).toHaveLength(1);
      expect(results.filter((r) => r.errors[0]?.code === 'DUPLICATE_NAME')).toHaveLength(9);
      expect(await named('芙蓉街社区第9网格党支部')).toBe(1);
    });
  });

  describe('resident units', () => {
    const unit = (overrides: Partial<RegisterResidentUnitInput>): RegisterResidentUnitInput => ({
      communityId: String(furong.org._id),
      name: '济南泉城物业服务有限公司',
      kind: 'PROPERTY_COMPANY',
      ...overrides,
    });
    const register = async (overrides: Partial<RegisterResidentUnitInput>) =>
      dataOf(await stack.query(RegisterUnitCheckedDocument, { input: unit(overrides) }, tokens.furong)).registerResidentUnit;

    it.each([
      ['(0, 0), a map never touched', { latitude: 0, longitude: 0 }],
      ['New York', { latitude: 40.71, longitude: -74.01 }],
    ])('refuses a unit located at %s, outside China', async (_where, location) => {
      const before = await stack.models.residentUnits.ResidentUnit.countDocuments();
      expect((await register({ location })).errors).toEqual(refusal('LOCATION_OUTSIDE_CHINA', 'input.location'));
      expect(await stack.models.residentUnits.ResidentUnit.countDocuments()).toBe(before);
    });

    it('takes a credit code typed in lower case as the code in capitals, and still checks its check character', async () => {
      const code = validCreditCode('91370102MA3D5YRK0');
      const registered = await register({ creditCode: code.toLowerCase(), location: { latitude: 36.67, longitude: 117.02 } });
      expect(registered.errors).toEqual([]);
      expect(registered.residentUnit!.creditCode).toBe(code);
      expect((await register({ name: '另一家单位', creditCode: code })).errors).toEqual(refusal('DUPLICATE_CREDIT_CODE', 'input.creditCode'));
      const wrongCheck = code.slice(0, 17) + (code[17] === '1' ? '2' : '1');
      const updated = dataOf(await stack.query(UpdateUnitCheckedDocument, { id: String(clinic._id), input: { creditCode: wrongCheck.toLowerCase() } }, tokens.clinic)).updateResidentUnit;
      expect(updated.errors).toEqual(refusal('INVALID_CREDIT_CODE', 'input.creditCode'));
    });
  });

  describe('volunteer service', () => {
    const record = async (input: Partial<RecordServiceInput>, token = tokens.volunteer) =>
      dataOf(
        await stack.query(
          RecordServiceCheckedDocument,
          { input: { memberId: String(volunteer._id), servedOn: inDays(-1), hours: 2, description: '为独居老人送餐', ...input } },
          token,
        ),
      ).recordService;
    const records = () => stack.models.members.ServiceRecord.countDocuments({ memberId: volunteer._id });

    it.each([
      ['an id nothing has', () => String(new Types.ObjectId())],
      ['the id of an offer, not a need', () => String(offer._id)],
    ])('refuses service for a need that does not exist: %s', async (_what, needId) => {
      const before = await records();
      expect((await record({ needId: needId() })).errors).toEqual(refusal('NOT_FOUND', 'input.needId'));
      expect(await records()).toBe(before);
    });

    it('records service for a need once a day: the same again is refused, by the member or by the committee', async () => {
      // 09:00 and 15:00 in Beijing are one day.
      const first = await record({ needId: String(need._id), servedOn: '2026-03-02T01:00:00Z' });
      expect(first.errors).toEqual([]);
      const again = await record({ needId: String(need._id), servedOn: '2026-03-02T07:00:00Z', hours: 3 }, tokens.furong);
      expect(again.errors).toEqual(refusal('DUPLICATE_SERVICE_RECORD', 'input.servedOn'));
      expect(await stack.models.members.ServiceRecord.countDocuments({ memberId: volunteer._id, needId: need._id })).toBe(1);
    });
  });

  describe('co-building agreements', () => {
    const draft = async (startsOn: string, expiresOn: string) =>
      dataOf(
        await stack.query(
          DraftAgreementCheckedDocument,
          {
            input: {
              unitId: String(clinic._id),
              partnerId: String(furong.org._id),
              startsOn,
              expiresOn,
              commitments: [{ kind: 'VOLUNTEER_HOURS', description: '每月一次义诊', amount: 48 }],
            },
          },
          tokens.clinic,
        ),
      ).draftAgreement.agreement!;
    const sign = async (id: string, token: string) => dataOf(await stack.query(SignAgreementCheckedDocument, { id }, token)).signAgreement;
    const withdraw = async (id: string, token: string) => dataOf(await stack.query(WithdrawAgreementDocument, { id }, token)).withdrawAgreement;
    const listed = async (status: 'ACTIVE' | 'SIGNED') =>
      dataOf(await stack.query(PartnerAgreementsByStatusDocument, { id: String(furong.org._id), status }, tokens.furong)).organization!.agreements!.nodes.map((a) => a.id);

    it('is not active before its first day: signed by both sides ahead of its term, it reads SIGNED until then', async () => {
      const agreement = await draft(inDays(30), inDays(394));
      await sign(agreement.id, tokens.clinic);
      const signed = await sign(agreement.id, tokens.furong);
      expect(signed.errors).toEqual([]);
      expect(signed.agreement).toMatchObject({ status: 'SIGNED', unitSignedAt: expect.any(String), partnerSignedAt: expect.any(String) });
      expect(await listed('ACTIVE')).not.toContain(agreement.id);
      expect(await listed('SIGNED')).toContain(agreement.id);
      // Signed, it is no longer a draft to withdraw.
      expect((await withdraw(agreement.id, tokens.clinic)).errors).toEqual(refusal('INVALID_STATE'));
    });

    it('lets either side withdraw a draft, which can then not be signed', async () => {
      const agreement = await draft(inDays(500), inDays(800));
      await sign(agreement.id, tokens.furong);
      const withdrawn = await withdraw(agreement.id, tokens.clinic);
      expect(withdrawn.errors).toEqual([]);
      expect(withdrawn.agreement).toMatchObject({ id: agreement.id, status: 'WITHDRAWN' });
      expect((await sign(agreement.id, tokens.clinic)).errors).toEqual(refusal('INVALID_STATE'));
      expect((await stack.models.residentUnits.Agreement.findById(agreement.id).lean())!.status).toBe('WITHDRAWN');
    });
  });
});
