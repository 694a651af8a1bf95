import { TerritoryBuilder } from '../../seed/builder';
import { signed, tokensFor } from '../support/principals';
import { dataOf, startTestStack, type TestStack } from '../support/stack';

/**
 * Residents' requests (民呼我应 · 吹哨报到 · 接诉即办), through the gateway with
 * real tokens: raised by the grid worker, owned by the first committee to
 * accept, passed by whistle to units that report and respond, extended with
 * the street's approval, resolved, rated, reopened, and — overdue —
 * escalated to the street by the services server's own sweep.
 */
describe("residents' requests", () => {
  let stack: TestStack;
  const t = new TerritoryBuilder();
  const street = t.street('泉城路街道党工委');
  const furong = t.community(street, '芙蓉街社区党委').withGrids(2);
  const qushui = t.community(street, '曲水亭社区党委').withGrids(1);
  const clinic = t.unit(furong.org, { name: '芙蓉街社区卫生服务中心', kind: 'HOSPITAL' });
  const utility = t.unit(furong.org, { name: '历下区供电中心', kind: 'STATE_ENTERPRISE' });
  const resident = t.member(furong.grids[0], { name: '刘芳' });
  // Raised five working days ago as a same-day emergency: overdue, to be escalated by the sweep.
  const stale = t.request(furong.grids[1], { category: 'EMERGENCY', receivedAt: new Date(Date.now() - 8 * 86_400_000) });
  let tokens: Record<'street' | 'community' | 'otherCommunity' | 'grid' | 'otherGrid' | 'clinic' | 'utility' | 'resident', string>;

  const REQUEST = `id status deadline overdue reopenCount resolvedOnTime handledBy { id name }
    whistles { unit { id name } reportedAt response } extensions { workingDays status }
    rating { score satisfied } resident { name phone } escalatedTo { id }`;
  type Req = {
    id: string;
    status: string;
    deadline: string;
    overdue: boolean;
    reopenCount: number;
    resolvedOnTime: boolean | null;
    handledBy: { id: string; name: string } | null;
    whistles: { unit: { id: string; name: string }; reportedAt: string | null; response: string | null }[];
    extensions: { workingDays: number; status: string }[];
    rating: { score: number; satisfied: boolean } | null;
    resident: { name: string; phone: string } | null;
    escalatedTo: { id: string } | null;
  };
  type Payload = { request: Req | null; errors: { code: string; field: string | null }[] };
  const mutate = async (token: string, field: string, args: string, variables: Record<string, unknown>): Promise<Payload> => {
    const response = await stack.query<Record<string, Payload>, Record<string, unknown>>(
      `mutation(${Object.keys(variables).map((k) => `$${k}: ${k === 'input' ? 'RaiseRequestInput!' : k === 'unitIds' ? '[ID!]!' : 'ID!'}`).join(', ')}) { ${field}(${args}) { request { ${REQUEST} } errors { code field } } }`,
      variables,
      token,
    );
    return dataOf(response)[field];
  };

  beforeAll(async () => {
    stack = await startTestStack({ env: { REQUEST_SWEEP_SECONDS: '1' }, territory: t });
    const sign = tokensFor(stack.auth);
    tokens = await signed({
      street: sign.forOrganization('STREET_ADMIN', street),
      community: sign.forOrganization('COMMUNITY_ADMIN', furong.org),
      otherCommunity: sign.forOrganization('COMMUNITY_ADMIN', qushui.org),
      grid: sign.forOrganization('GRID_WORKER', furong.grids[0]),
      otherGrid: sign.forOrganization('GRID_WORKER', qushui.grids[0]),
      clinic: sign.unitAdmin(clinic),
      utility: sign.unitAdmin(utility),
      resident: sign.member(resident, furong.grids[0]),
    });
  });
  afterAll(() => stack?.stop());

  it('takes a request from raising to closing, with every step recorded', async () => {
    const raised = await mutate(tokens.grid, 'raiseRequest', 'input: $input', {
      input: { gridId: String(furong.grids[0]._id), category: 'REPAIRS', channel: 'GRID_WORKER', description: '3号楼楼道灯坏了,老人夜里摔倒过', address: '芙蓉街3号楼2单元', resident: { name: '刘阿姨', phone: '13600000006' } },
    });
    expect(raised.errors).toEqual([]);
    const id = raised.request!.id;
    expect(raised.request).toMatchObject({ status: 'RECEIVED', overdue: false, handledBy: null, resident: { name: '刘阿姨', phone: '13600000006' } });

    // 首问负责: the community and the street accept at the same moment; exactly one owns it.
    const [a, b] = await Promise.all([
      mutate(tokens.community, 'acceptRequest', 'id: $id', { id }),
      mutate(tokens.street, 'acceptRequest', 'id: $id', { id }),
    ]);
    const winners = [a, b].filter((p) => p.errors.length === 0);
    expect(winners).toHaveLength(1);
    expect([a, b].flatMap((p) => p.errors.map((e) => e.code))).toEqual(['ALREADY_ACCEPTED']);
    const owner = winners[0].request!.handledBy!.id;
    expect([String(furong.org._id), String(street._id)]).toContain(owner);

    // The handler's side blows the whistle; the called units report, then respond.
    const whistled = await mutate(tokens.street, 'blowWhistle', 'id: $id, unitIds: $unitIds, instruction: "请派电工到场更换线路"', {
      id,
      unitIds: [String(utility._id), String(clinic._id)],
    });
    expect(whistled.request!.status).toBe('WHISTLED');
    expect(whistled.request!.whistles.map((w) => w.unit.name)).toEqual(['历下区供电中心', '芙蓉街社区卫生服务中心']);
    // The called unit sees the request, without the resident's phone, in its pending whistles.
    const pending = dataOf(
      await stack.query<{ residentUnit: { whistles: { nodes: { id: string; resident: unknown }[] } } }, object>(
        `query($u: ID!) { residentUnit(id: $u) { whistles(pending: true, first: 10) { nodes { id resident { phone } } } } }`,
        { u: String(utility._id) },
        tokens.utility,
      ),
    );
    expect(pending.residentUnit.whistles.nodes).toEqual([{ id, resident: null }]);
    expect((await mutate(tokens.utility, 'respondToWhistle', `id: $id, unitId: "${String(utility._id)}", response: "已更换"`, { id })).errors[0].code).toBe('NOT_REPORTED');
    expect((await mutate(tokens.utility, 'reportToWhistle', `id: $id, unitId: "${String(utility._id)}"`, { id })).errors).toEqual([]);
    const answered = await mutate(tokens.utility, 'respondToWhistle', `id: $id, unitId: "${String(utility._id)}", response: "已更换老化线路和灯具"`, { id });
    expect(answered.request!.whistles[0]).toMatchObject({ response: '已更换老化线路和灯具' });
    expect(answered.request!.whistles[0].reportedAt).not.toBeNull();
    // A unit cannot answer for another.
    const forOther = await stack.query(`mutation($id: ID!) { reportToWhistle(id: $id, unitId: "${String(utility._id)}") { errors { code } } }`, { id }, tokens.clinic);
    expect(forOther.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    // An extension: asked by the handler's side, approved by the street only; the deadline moves by working days.
    const before = answered.request!.deadline;
    expect((await mutate(tokens.street, 'requestExtension', 'id: $id, workingDays: 2, reason: "需等配件到货"', { id })).errors).toEqual([]);
    const byCommunity = await stack.query(`mutation($id: ID!) { decideExtension(id: $id, approve: true) { errors { code } } }`, { id }, tokens.community);
    expect(byCommunity.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const approved = await mutate(tokens.street, 'decideExtension', 'id: $id, approve: true, note: "同意"', { id });
    expect(approved.request!.extensions).toEqual([{ workingDays: 2, status: 'APPROVED' }]);
    expect(new Date(approved.request!.deadline).getTime()).toBeGreaterThan(new Date(before).getTime() + 86_400_000);

    // Resolved, rated unsatisfied by the resident's grid worker (回访): reopened with a fresh deadline.
    expect((await mutate(tokens.street, 'resolveRequest', 'id: $id, resolution: "已更换灯具"', { id })).request).toMatchObject({ status: 'RESOLVED', resolvedOnTime: true });
    const reopened = await mutate(tokens.grid, 'rateRequest', 'id: $id, score: 2', { id });
    expect(reopened.request).toMatchObject({ status: 'ACCEPTED', reopenCount: 1, rating: { score: 2, satisfied: false }, resolvedOnTime: null });
    expect((await mutate(tokens.street, 'resolveRequest', 'id: $id, resolution: "加装了声控开关"', { id })).errors).toEqual([]);
    const closed = await mutate(tokens.grid, 'rateRequest', 'id: $id, score: 5', { id });
    expect(closed.request).toMatchObject({ status: 'CLOSED', rating: { score: 5, satisfied: true } });
    expect((await mutate(tokens.grid, 'rateRequest', 'id: $id, score: 5', { id })).errors[0].code).toBe('INVALID_STATE');

    const history = dataOf(
      await stack.query<{ request: { history: { nodes: { action: string; from: string | null; to: string; actor: string }[] } } }, object>(
        `query($id: ID!) { request(id: $id) { history(first: 50) { nodes { action from to actor } } } }`,
        { id },
        tokens.community,
      ),
    );
    expect(history.request.history.nodes.map((e) => e.action)).toEqual([
      'RAISE', 'ACCEPT', 'WHISTLE', 'REPORT', 'RESPOND', 'REQUEST_EXTENSION', 'DECIDE_EXTENSION', 'RESOLVE', 'RATE', 'RESOLVE', 'RATE',
    ]);
    expect(history.request.history.nodes.at(-1)).toMatchObject({ from: 'RESOLVED', to: 'CLOSED' });
  });

  it('refuses bad input with typed errors, and keeps requests and residents inside the territory', async () => {
    const bad = await mutate(tokens.grid, 'raiseRequest', 'input: $input', {
      input: { gridId: String(furong.grids[0]._id), category: 'REPAIRS', channel: 'GRID_WORKER', description: '坏', resident: { name: '刘', phone: '123' } },
    });
    expect(bad.errors.map((e) => e.field).sort()).toEqual(['input.description', 'input.resident.phone']);
    const notGrid = await mutate(tokens.community, 'raiseRequest', 'input: $input', {
      input: { gridId: String(furong.org._id), category: 'REPAIRS', channel: 'HOTLINE', description: '小区门口积水严重' },
    });
    expect(notGrid.errors[0].code).toBe('INVALID_GRID');
    const elsewhere = await stack.query(
      `mutation($g: ID!) { raiseRequest(input: { gridId: $g, category: REPAIRS, channel: GRID_WORKER, description: "别的社区的问题" }) { errors { code } } }`,
      { g: String(furong.grids[0]._id) },
      tokens.otherGrid,
    );
    expect(elsewhere.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    // A resident raises through the app and follows their own request; the other community's committee never sees it.
    const own = await mutate(tokens.resident, 'raiseRequest', 'input: $input', {
      input: { gridId: String(furong.grids[0]._id), category: 'POLICY_CONSULTATION', channel: 'APP', description: '想咨询高龄津贴怎么申请' },
    });
    expect(own.errors).toEqual([]);
    const seen = async (token: string) =>
      dataOf(await stack.query<{ request: { id: string } | null }, object>(`query($id: ID!) { request(id: $id) { id } }`, { id: own.request!.id }, token)).request;
    expect(await seen(tokens.resident)).toEqual({ id: own.request!.id });
    expect(await seen(tokens.otherCommunity)).toBeNull();
    expect(await seen(tokens.clinic)).toBeNull();
  });

  it('escalates an overdue request to the street on its own, and lists it as overdue', async () => {
    // The sweep runs every second in this stack.
    let escalated: Req | null = null;
    for (let i = 0; i < 50 && !escalated?.escalatedTo; i++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      escalated = dataOf(await stack.query<{ request: Req }, object>(`query($id: ID!) { request(id: $id) { ${REQUEST} } }`, { id: String(stale._id) }, tokens.street)).request;
    }
    expect(escalated).toMatchObject({ status: 'RECEIVED', overdue: true, escalatedTo: { id: String(street._id) } });
    const overdue = dataOf(
      await stack.query<{ organization: { requests: { nodes: { id: string }[] } } }, object>(
        `query($o: ID!) { organization(id: $o) { requests(overdue: true, first: 10) { nodes { id } } } }`,
        { o: String(street._id) },
        tokens.street,
      ),
    );
    expect(overdue.organization.requests.nodes.map((n) => n.id)).toEqual([String(stale._id)]);
    const history = await stack.models.services.RequestLedger.find({ key: `request:${String(stale._id)}` }).sort({ seq: 1 }).lean();
    expect(history.map((e) => [e.action, e.actor])).toEqual([['RAISE', 'seed'], ['ESCALATE', 'system:overdue-sweep']]);
  });
});
