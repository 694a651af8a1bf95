import { TerritoryBuilder } from '../../seed/builder';
import { signed, tokensFor } from '../support/principals';
import { dataOf, startTestStack, type TestStack } from '../support/stack';

/**
 * 双报到: a member in service belongs to their home branch and reports to the community where they
 * live or serve. Both communities see and serve them; they act in both as a resident.
 */
describe('a member who reported to another community (双报到)', () => {
  let stack: TestStack;
  const t = new TerritoryBuilder();
  const street = t.street('泉城路街道党工委');
  const furong = t.community(street, '芙蓉街社区党委').withGrids(2);
  const qushui = t.community(street, '曲水亭社区党委').withGrids(1);
  const bank = t.unit(furong.org, { name: '中国银行芙蓉街支行', kind: 'STATE_ENTERPRISE' });
  const bankBranch = t.organization({ name: '中国银行芙蓉街支行党支部', kind: 'UNIT_PARTY_ORGANIZATION' }, furong.org);
  const reporting = t.member(furong.grids[0], {
    name: '李强',
    category: 'EMPLOYED',
    employerId: bank._id,
    phone: '13912345678',
    reportsToId: qushui.org._id,
    reportedAt: new Date('2026-03-01T00:00:00Z'),
  });
  const stayAtHome = t.member(furong.grids[0], { name: '王芳', category: 'DIRECT' });
  const inUnitBranch = t.member(bankBranch, { name: '赵敏', category: 'EMPLOYED', employerId: bank._id });
  const wish = t.need(qushui.org, { title: '困难家庭微心愿:书包', category: 'FUNDS', quantity: 1, unitOfMeasure: 'YUAN', smallWish: true });
  const tokens = {} as Record<'qushui' | 'reporting' | 'stayAtHome' | 'inUnitBranch', string>;

  const raise = async (token: string, grid: { _id: unknown }) =>
    stack.query<{ raiseRequest: { errors: { code: string }[]; request: { id: string } | null } }, object>(
      `mutation($g: ID!) { raiseRequest(input: { gridId: $g, category: REPAIRS, channel: APP, description: "楼道灯不亮" }) { request { id } errors { code } } }`,
      { g: String(grid._id) },
      token,
    );

  beforeAll(async () => {
    stack = await startTestStack({ territory: t });
    const sign = tokensFor(stack.auth);
    Object.assign(
      tokens,
      await signed({
        qushui: sign.forOrganization('COMMUNITY_ADMIN', qushui.org),
        reporting: sign.member(reporting, furong.grids[0], qushui.org),
        stayAtHome: sign.member(stayAtHome, furong.grids[0]),
        inUnitBranch: sign.member(inUnitBranch, bankBranch),
      }),
    );
  });
  afterAll(() => stack?.stop());

  it('is seen and served by the community they reported to', async () => {
    const seen = dataOf(await stack.query<{ member: { phone: string | null } | null }, object>(`query($id: ID!) { member(id: $id) { phone } }`, { id: String(reporting._id) }, tokens.qushui));
    expect(seen.member!.phone).toBe('13912345678');
    const posted = dataOf(
      await stack.query<{ updateMember: { errors: unknown[] } }, object>(
        `mutation($id: ID!) { updateMember(id: $id, input: { posts: [{ title: "邻里互助岗" }] }) { errors { code } } }`,
        { id: String(reporting._id) },
        tokens.qushui,
      ),
    ).updateMember;
    expect(posted.errors).toEqual([]);
    const recorded = dataOf(
      await stack.query<{ recordService: { record: { id: string } | null; errors: unknown[] } }, object>(
        `mutation($m: ID!) { recordService(input: { memberId: $m, servedOn: "2026-11-01T02:00:00Z", hours: 2, description: "社区助老" }) { record { id } errors { code } } }`,
        { m: String(reporting._id) },
        tokens.qushui,
      ),
    ).recordService;
    expect(recorded.errors).toEqual([]);
    const confirmed = await stack.query(`mutation($id: ID!) { confirmService(id: $id) { errors { code } } }`, { id: recorded.record!.id }, tokens.qushui);
    expect(confirmed.errors).toBeUndefined();
    // A member who did not report there stays out of its sight.
    const other = dataOf(await stack.query<{ member: { phone: string | null } | null }, object>(`query($id: ID!) { member(id: $id) { phone } }`, { id: String(stayAtHome._id) }, tokens.qushui));
    expect(other.member?.phone ?? null).toBeNull();
  });

  it("sees and claims the community's small wishes, and raises requests there", async () => {
    const claimed = dataOf(
      await stack.query<{ claimItem: { errors: { code: string }[] } }, object>(
        `mutation($id: ID!) { claimItem(input: { itemId: $id, quantity: 1 }) { errors { code } } }`,
        { id: String(wish._id) },
        tokens.reporting,
      ),
    ).claimItem;
    expect(claimed.errors).toEqual([]);
    expect(dataOf(await raise(tokens.reporting, qushui.grids[0])).raiseRequest.errors).toEqual([]);
    // Without the report, another community's grid is not theirs.
    expect((await raise(tokens.stayAtHome, qushui.grids[0])).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('raises requests in any grid of the own community, from a grid or a unit’s Party branch in it', async () => {
    expect(dataOf(await raise(tokens.stayAtHome, furong.grids[1])).raiseRequest.errors).toEqual([]);
    expect(dataOf(await raise(tokens.inUnitBranch, furong.grids[0])).raiseRequest.errors).toEqual([]);
  });
});
