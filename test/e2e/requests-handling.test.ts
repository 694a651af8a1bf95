import { TerritoryBuilder } from '../../seed/builder';
import { decideAccept, decideEscalate, decideWhistle, type RequestState } from '../../subgraphs/services/domain/requests/lifecycle';
import { signed, tokensFor } from '../support/principals';
import { dataOf, startTestStack, type TestStack } from '../support/stack';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * Handling residents' requests across a street (issue #19), through the gateway: the street's
 * departments (职能部门) called by a whistle with a report-in deadline and the street's list of who has
 * not reported in; 转办 to the party that owns a request, the clock kept; 督办 reminders from the
 * street; and a street's own time-limit table setting the deadlines of new requests.
 */
describe("handling residents' requests across the street", () => {
  let stack: TestStack;
  const t = new TerritoryBuilder();
  const street = t.street('泉城路街道党工委');
  const otherStreet = t.street('大明湖街道党工委');
  const furong = t.community(street, '芙蓉街社区党委').withGrids(2);
  const qushui = t.community(street, '曲水亭社区党委').withGrids(1);
  const cityManagement = t.department(street, '泉城路街道综合行政执法中队');
  const market = t.department(street, '泉城路市场监管所');
  const foreign = t.department(otherStreet, '大明湖市场监管所');
  const clinic = t.unit(furong.org, { name: '芙蓉街社区卫生服务中心', kind: 'HOSPITAL' });
  const furongHandler = { organizationId: String(furong.org._id), path: [...furong.org.ancestorIds, furong.org._id].map(String), subject: 'seed' };
  const accept = (at: Date) => (s: RequestState) => decideAccept(s, furongHandler, at);
  // Called two days ago: the market office has not reported in, long past its 24 hours.
  const calledLongAgo = new Date(Date.now() - 2 * DAY);
  const late = t.request(furong.grids[0], { category: 'REPAIRS', receivedAt: calledLongAgo }, [
    accept(calledLongAgo),
    (s) => decideWhistle(s, [], '请到场查处占道经营', 'seed', calledLongAgo, [String(market._id)], 'REPAIRS'),
  ]);
  // A same-day emergency from eight days ago, accepted by the community and escalated: overdue.
  const eightDaysAgo = new Date(Date.now() - 8 * DAY);
  const overdue = t.request(furong.grids[1], { category: 'EMERGENCY', receivedAt: eightDaysAgo }, [accept(eightDaysAgo), (s) => decideEscalate(s, String(street._id), new Date())]);
  // Received before the street's table changes: it keeps the default limits.
  const before = t.request(furong.grids[0], { category: 'REPAIRS' }, [accept(new Date())]);

  let tokens: Record<'street' | 'otherStreet' | 'community' | 'qushui' | 'cityManagement' | 'market' | 'clinic' | 'grid', string>;

  type Payload<T> = { errors: { code: string; field?: string | null }[] } & T;
  const run = async <T = Record<string, unknown>>(token: string, mutation: string, variables: Record<string, unknown> = {}) => {
    const response = await stack.query<Record<string, Payload<T>>, object>(mutation, variables, token);
    return response;
  };
  const payloadOf = <T,>(response: { data?: Record<string, Payload<T>> | null }) => Object.values(dataOf(response as never) as Record<string, Payload<T>>)[0];

  beforeAll(async () => {
    stack = await startTestStack({ territory: t });
    const sign = tokensFor(stack.auth);
    tokens = await signed({
      street: sign.forOrganization('STREET_ADMIN', street),
      otherStreet: sign.forOrganization('STREET_ADMIN', otherStreet),
      community: sign.forOrganization('COMMUNITY_ADMIN', furong.org),
      qushui: sign.forOrganization('COMMUNITY_ADMIN', qushui.org),
      cityManagement: sign.forOrganization('DEPARTMENT_ADMIN', cityManagement),
      market: sign.forOrganization('DEPARTMENT_ADMIN', market),
      clinic: sign.unitAdmin(clinic),
      grid: sign.forOrganization('GRID_WORKER', furong.grids[0]),
    });
  });
  afterAll(() => stack?.stop());

  const raise = async (category = 'REPAIRS') => {
    const raised = payloadOf<{ request: { id: string; deadline: string; respondBy: string; timeLimitWorkingDays: number } }>(
      await run(
        tokens.grid,
        `mutation($g: ID!, $c: RequestCategory!) { raiseRequest(input: { gridId: $g, category: $c, channel: GRID_WORKER, description: "路边商贩占道经营,堵住消防通道" }) { request { id deadline respondBy timeLimitWorkingDays } errors { code } } }`,
        { g: String(furong.grids[0]._id), c: category },
      ),
    );
    expect(raised.errors).toEqual([]);
    return raised.request;
  };
  const CALLS = `whistles { unit { name } department { id name } reportBy reportedAt reportOverdue response }`;
  type Call = { unit: { name: string } | null; department: { id: string; name: string } | null; reportBy: string | null; reportedAt: string | null; reportOverdue: boolean; response: string | null };

  it('calls the street’s departments beside units, each with a report-in deadline, and shows the street who has not reported in', async () => {
    const { id } = await raise();
    expect(payloadOf(await run(tokens.community, `mutation($id: ID!) { acceptRequest(id: $id) { errors { code } } }`, { id })).errors).toEqual([]);
    // Another street's department is not this street's to call.
    const wrong = payloadOf(
      await run(tokens.community, `mutation($id: ID!, $d: [ID!]) { blowWhistle(id: $id, departmentIds: $d, instruction: "请到场") { errors { code field } } }`, {
        id,
        d: [String(foreign._id)],
      }),
    );
    expect(wrong.errors).toEqual([{ code: 'INVALID_DEPARTMENT', field: 'departmentIds.0' }]);
    const calledAt = Date.now();
    const whistled = payloadOf<{ request: { status: string; whistles: Call[] } }>(
      await run(
        tokens.community,
        `mutation($id: ID!, $u: [ID!], $d: [ID!]) { blowWhistle(id: $id, unitIds: $u, departmentIds: $d, instruction: "请到场清理占道经营") { request { status ${CALLS} } errors { code } } }`,
        { id, u: [String(clinic._id)], d: [String(cityManagement._id)] },
      ),
    );
    expect(whistled.errors).toEqual([]);
    expect(whistled.request.whistles.map((w) => [w.unit?.name ?? null, w.department?.name ?? null])).toEqual([
      ['芙蓉街社区卫生服务中心', null],
      [null, '泉城路街道综合行政执法中队'],
    ]);
    // 24 hours to report in, by the default table's repairs row.
    for (const call of whistled.request.whistles) {
      expect(new Date(call.reportBy!).getTime() - calledAt).toBeGreaterThan(24 * HOUR - 60_000);
      expect(new Date(call.reportBy!).getTime() - calledAt).toBeLessThan(24 * HOUR + 60_000);
      expect(call.reportOverdue).toBe(false);
    }

    // The department sees the call in its own list, reports in and answers.
    const pending = async (token: string, org: string) =>
      dataOf(
        await stack.query<{ organization: { whistles: { nodes: { id: string }[] } } }, object>(
          `query($o: ID!) { organization(id: $o) { whistles(pending: true, first: 10) { nodes { id } } } }`,
          { o: org },
          token,
        ),
      ).organization.whistles.nodes.map((n) => n.id);
    expect(await pending(tokens.cityManagement, String(cityManagement._id))).toEqual([id]);
    const othersList = await stack.query(`query($o: ID!) { organization(id: $o) { whistles(first: 10) { nodes { id } } } }`, { o: String(cityManagement._id) }, tokens.market);
    expect(othersList.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const asOther = await run(tokens.market, `mutation($id: ID!, $d: ID) { reportToWhistle(id: $id, departmentId: $d) { errors { code } } }`, { id, d: String(cityManagement._id) });
    // A department not called does not even see the request.
    expect(asOther.data?.reportToWhistle).toEqual({ errors: [{ code: 'NOT_VISIBLE' }] });
    const dept = String(cityManagement._id);
    const nobody = payloadOf(await run(tokens.cityManagement, `mutation($id: ID!) { reportToWhistle(id: $id) { errors { code field } } }`, { id }));
    expect(nobody.errors).toEqual([{ code: 'INVALID_UNIT', field: 'unitId' }]);
    expect(payloadOf(await run(tokens.cityManagement, `mutation($id: ID!, $d: ID) { reportToWhistle(id: $id, departmentId: $d) { errors { code } } }`, { id, d: dept })).errors).toEqual([]);
    const answered = payloadOf<{ request: { whistles: Call[] } }>(
      await run(tokens.cityManagement, `mutation($id: ID!, $d: ID) { respondToWhistle(id: $id, departmentId: $d, response: "已清理并劝离商贩") { request { ${CALLS} } errors { code } } }`, {
        id,
        d: dept,
      }),
    );
    expect(answered.request.whistles[1]).toMatchObject({ response: '已清理并劝离商贩', reportOverdue: false });
    expect(await pending(tokens.cityManagement, dept)).toEqual([]);

    // The street's list of calls not reported in by their deadline: the market office, two days late.
    const unreported = async (token: string) =>
      dataOf(
        await stack.query<{ organization: { unreportedWhistles: { nodes: { id: string; whistles: Call[] }[] } } }, object>(
          `query($o: ID!) { organization(id: $o) { unreportedWhistles(first: 10) { nodes { id ${CALLS} } } } }`,
          { o: String(street._id) },
          token,
        ),
      ).organization.unreportedWhistles.nodes;
    const lateOnes = await unreported(tokens.street);
    expect(lateOnes.map((r) => r.id)).toEqual([String(late._id)]);
    expect(lateOnes[0].whistles).toMatchObject([{ department: { name: '泉城路市场监管所' }, reportedAt: null, reportOverdue: true }]);
    const byDepartment = await stack.query(`query($o: ID!) { organization(id: $o) { unreportedWhistles(first: 10) { nodes { id } } } }`, { o: String(street._id) }, tokens.market);
    expect(byDepartment.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // Once it reports in, however late, it is off the list.
    expect(payloadOf(await run(tokens.market, `mutation($id: ID!, $d: ID) { reportToWhistle(id: $id, departmentId: $d) { errors { code } } }`, { id: String(late._id), d: String(market._id) })).errors).toEqual([]);
    expect(await unreported(tokens.street)).toEqual([]);
  });

  it('hands a request on (转办) to the department that owns it, keeping the deadline', async () => {
    const { id, deadline } = await raise();
    expect(payloadOf(await run(tokens.community, `mutation($id: ID!) { acceptRequest(id: $id) { errors { code } } }`, { id })).errors).toEqual([]);
    const transfer = (token: string, to: string, reason = '属占道经营,由综合执法中队承办') =>
      run<{ request: { handledBy: { id: string } | null; deadline: string; transfers: { from: { id: string }; to: { id: string }; reason: string }[] } }>(
        token,
        `mutation($id: ID!, $to: ID!, $r: String!) { transferRequest(id: $id, toOrganizationId: $to, reason: $r) { request { handledBy { id } deadline transfers { from { id } to { id } reason } } errors { code field } } }`,
        { id, to, r: reason },
      );
    // Not to another street's department, not to the one who has it, not by someone off the handler's side.
    expect(payloadOf(await transfer(tokens.community, String(foreign._id))).errors).toEqual([{ code: 'INVALID_TARGET', field: 'toOrganizationId' }]);
    expect(payloadOf(await transfer(tokens.community, String(furong.org._id))).errors).toEqual([{ code: 'INVALID_TARGET', field: 'toOrganizationId' }]);
    expect(payloadOf(await transfer(tokens.community, String(cityManagement._id), '转'))).toMatchObject({ errors: [{ code: 'INVALID_TEXT', field: 'reason' }] });
    expect((await transfer(tokens.qushui, String(cityManagement._id))).data?.transferRequest).toMatchObject({ errors: [{ code: 'NOT_VISIBLE' }] });
    expect((await transfer(tokens.grid, String(cityManagement._id))).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const handed = payloadOf(await transfer(tokens.community, String(cityManagement._id)));
    expect(handed.errors).toEqual([]);
    expect(handed.request).toEqual({
      handledBy: { id: String(cityManagement._id) },
      deadline,
      transfers: [{ from: { id: String(furong.org._id) }, to: { id: String(cityManagement._id) }, reason: '属占道经营,由综合执法中队承办' }],
    });
    // The old handler no longer acts on it; the new one sees it among what it handles and resolves it.
    const byOld = await run(tokens.community, `mutation($id: ID!) { resolveRequest(id: $id, resolution: "已处理") { errors { code } } }`, { id });
    expect(byOld.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const handled = dataOf(
      await stack.query<{ organization: { handledRequests: { nodes: { id: string; resident: unknown }[] } } }, object>(
        `query($o: ID!) { organization(id: $o) { handledRequests(first: 10) { nodes { id } } } }`,
        { o: String(cityManagement._id) },
        tokens.cityManagement,
      ),
    ).organization.handledRequests.nodes;
    expect(handled).toEqual([{ id }]);
    const resolved = payloadOf<{ request: { status: string; deadline: string } }>(
      await run(tokens.cityManagement, `mutation($id: ID!) { resolveRequest(id: $id, resolution: "已取缔占道摊点") { request { status deadline } errors { code } } }`, { id }),
    );
    expect(resolved.request).toEqual({ status: 'RESOLVED', deadline });
    const history = dataOf(
      await stack.query<{ request: { history: { nodes: { action: string; reason: string | null; by: { id: string } | null }[] } } }, object>(
        `query($id: ID!) { request(id: $id) { history(first: 10) { nodes { action reason by { ... on Organization { id } } } } } }`,
        { id },
        tokens.street,
      ),
    ).request.history.nodes;
    expect(history.map((e) => e.action)).toEqual(['RAISE', 'ACCEPT', 'TRANSFER', 'RESOLVE']);
    expect(history[2]).toEqual({ action: 'TRANSFER', reason: '属占道经营,由综合执法中队承办', by: { id: String(furong.org._id) } });
    expect(history[3].by).toEqual({ id: String(cityManagement._id) });
  });

  it('lets only one of two hand-overs sent at once go through: the second is no longer the handler’s to send', async () => {
    const { id } = await raise();
    expect(payloadOf(await run(tokens.community, `mutation($id: ID!) { acceptRequest(id: $id) { errors { code } } }`, { id })).errors).toEqual([]);
    const transfer = (to: string) =>
      run(tokens.community, `mutation($id: ID!, $to: ID!) { transferRequest(id: $id, toOrganizationId: $to, reason: "属其职责,请承办") { errors { code } } }`, { id, to });
    // Two clerks of the community hand it on at the same moment, to two different departments.
    const answers = await Promise.all([transfer(String(cityManagement._id)), transfer(String(market._id))]);
    const outcomes = answers.map((a) => a.errors?.[0]?.extensions?.code ?? (a.data?.transferRequest?.errors.length ? 'USER_ERROR' : 'OK')).sort();
    expect(outcomes).toEqual(['FORBIDDEN', 'OK']);
    const history = dataOf(
      await stack.query<{ request: { history: { nodes: { action: string }[] } } }, object>(`query($id: ID!) { request(id: $id) { history(first: 10) { nodes { action } } } }`, { id }, tokens.street),
    ).request.history.nodes;
    expect(history.map((e) => e.action)).toEqual(['RAISE', 'ACCEPT', 'TRANSFER']);
  });

  it('checks who blows the whistle, and how many are called, before looking any of them up', async () => {
    const { id } = await raise();
    expect(payloadOf(await run(tokens.community, `mutation($id: ID!) { acceptRequest(id: $id) { errors { code } } }`, { id })).errors).toEqual([]);
    const many = Array.from({ length: 11 }, () => String(market._id));
    const whistle = (token: string, departmentIds: string[]) =>
      run(token, `mutation($id: ID!, $d: [ID!]) { blowWhistle(id: $id, departmentIds: $d, instruction: "请到场处置") { errors { code field } } }`, { id, d: departmentIds });
    // The grid worker sees the request but does not handle it: refused before any id is looked up, so
    // it cannot learn which ids are departments.
    expect((await whistle(tokens.grid, [String(foreign._id)])).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(payloadOf(await whistle(tokens.community, many)).errors).toEqual([{ code: 'INVALID_UNITS', field: 'unitIds' }]);
    expect(payloadOf(await whistle(tokens.community, [String(foreign._id)])).errors).toEqual([{ code: 'INVALID_DEPARTMENT', field: 'departmentIds.0' }]);
  });

  it('lets the street supervise (督办) an overdue request, each reminder recorded and seen by the handler', async () => {
    const id = String(overdue._id);
    const remind = (token: string, note: string, target = id) =>
      run<{ request: { reminderCount: number; reminders: { by: { id: string }; handler: { id: string }; note: string }[] } }>(
        token,
        `mutation($id: ID!, $n: String!) { superviseRequest(id: $id, note: $n) { request { reminderCount reminders { by { id } handler { id } note } } errors { code } } }`,
        { id: target, n: note },
      );
    expect(payloadOf(await remind(tokens.street, '请于今日内办结并反馈')).errors).toEqual([]);
    const second = payloadOf(await remind(tokens.street, '再次催办:已超期八天'));
    expect(second.request).toEqual({
      reminderCount: 2,
      reminders: [
        { by: { id: String(street._id) }, handler: { id: String(furong.org._id) }, note: '请于今日内办结并反馈' },
        { by: { id: String(street._id) }, handler: { id: String(furong.org._id) }, note: '再次催办:已超期八天' },
      ],
    });
    // Only the street supervises, and only what is overdue or escalated.
    expect((await remind(tokens.community, '自己催自己')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await remind(tokens.otherStreet, '别的街道')).data?.superviseRequest).toMatchObject({ errors: [{ code: 'NOT_VISIBLE' }] });
    expect(payloadOf(await remind(tokens.street, '还没超期', String(before._id))).errors.map((e) => e.code)).toEqual(['NOT_OVERDUE']);
    // The handler sees the reminders on the request, and each is on its ledger: who, when, the note.
    const seen = dataOf(
      await stack.query<{ request: { reminderCount: number; history: { nodes: { action: string; actor: string; reason: string | null; at: string }[] } } }, object>(
        `query($id: ID!) { request(id: $id) { reminderCount history(first: 10) { nodes { action actor reason at } } } }`,
        { id },
        tokens.community,
      ),
    ).request;
    expect(seen.reminderCount).toBe(2);
    const reminders = seen.history.nodes.filter((e) => e.action === 'REMIND');
    expect(reminders.map((e) => [e.actor, e.reason])).toEqual([
      [`test:STREET_ADMIN:${String(street._id)}`, '请于今日内办结并反馈'],
      [`test:STREET_ADMIN:${String(street._id)}`, '再次催办:已超期八天'],
    ]);
  });

  it("counts new requests' deadlines by the street's own time-limit table, with its history; existing requests keep theirs", async () => {
    const set = (token: string, limits: unknown[], note?: string) =>
      run<{ table: { version: number; note: string | null; limits: { category: string; workingDays: number; respondHours: number; reportInHours: number }[] } | null }>(
        token,
        `mutation($s: ID!, $l: [RequestTimeLimitInput!]!, $n: String) { setRequestTimeLimits(streetId: $s, limits: $l, note: $n) { table { version note limits { category workingDays respondHours reportInHours } } errors { code field } } }`,
        { s: String(street._id), l: limits, n: note },
      );
    const repairs = { category: 'REPAIRS', workingDays: 1, respondHours: 4, reportInHours: 2 };
    expect((await set(tokens.community, [repairs])).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await set(tokens.otherStreet, [repairs])).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const invalid = payloadOf(await set(tokens.street, [repairs, { ...repairs, respondHours: 0 }, { category: 'OTHER', workingDays: 31, respondHours: 1, reportInHours: 1 }]));
    expect(invalid.errors).toEqual([
      { code: 'INVALID_LIMITS', field: 'limits.1.category' },
      { code: 'INVALID_LIMITS', field: 'limits.1.respondHours' },
      { code: 'INVALID_LIMITS', field: 'limits.2.workingDays' },
    ]);
    const table = payloadOf(await set(tokens.street, [repairs], '设施维修提速'));
    expect(table.errors).toEqual([]);
    expect(table.table).toMatchObject({ version: 1, note: '设施维修提速' });
    expect(table.table!.limits.find((l) => l.category === 'REPAIRS')).toEqual(repairs);
    expect(table.table!.limits.find((l) => l.category === 'OTHER')).toEqual({ category: 'OTHER', workingDays: 13, respondHours: 48, reportInHours: 48 });

    // Read back, per street; the default table is unchanged.
    const limits = async (streetId?: string) =>
      dataOf(
        await stack.query<{ requestTimeLimits: { category: string; workingDays: number }[] }, object>(
          `query($s: ID) { requestTimeLimits(streetId: $s) { category workingDays } }`,
          { s: streetId },
        ),
      ).requestTimeLimits.find((l) => l.category === 'REPAIRS')!.workingDays;
    expect(await limits(String(street._id))).toBe(1);
    expect(await limits()).toBe(3);
    expect(await limits(String(otherStreet._id))).toBe(3);

    // A new repairs request runs by the street's table: one working day, four hours to respond.
    const received = Date.now();
    const fresh = await raise('REPAIRS');
    expect(fresh.timeLimitWorkingDays).toBe(1);
    expect(Math.abs(new Date(fresh.respondBy).getTime() - received - 4 * HOUR)).toBeLessThan(60_000);
    const old = dataOf(
      await stack.query<{ request: { timeLimitWorkingDays: number; deadline: string } }, object>(`query($id: ID!) { request(id: $id) { timeLimitWorkingDays deadline } }`, { id: String(before._id) }, tokens.street),
    ).request;
    expect(old.timeLimitWorkingDays).toBe(3);
    expect(new Date(fresh.deadline).getTime()).toBeLessThan(new Date(old.deadline).getTime());

    // A second change; the history lists both versions, newest first, to the street's signed-in.
    expect(payloadOf(await set(tokens.street, [{ ...repairs, workingDays: 2 }], '调整为两个工作日')).errors).toEqual([]);
    const history = dataOf(
      await stack.query<{ requestTimeLimitHistory: { nodes: { version: number; note: string; changedBy: string }[] } }, object>(
        `query($s: ID!) { requestTimeLimitHistory(streetId: $s, first: 10) { nodes { version note changedBy } } }`,
        { s: String(street._id) },
        tokens.community,
      ),
    ).requestTimeLimitHistory.nodes;
    expect(history).toEqual([
      { version: 2, note: '调整为两个工作日', changedBy: `test:STREET_ADMIN:${String(street._id)}` },
      { version: 1, note: '设施维修提速', changedBy: `test:STREET_ADMIN:${String(street._id)}` },
    ]);
    const outside = await stack.query(`query($s: ID!) { requestTimeLimitHistory(streetId: $s, first: 10) { nodes { version } } }`, { s: String(street._id) }, tokens.otherStreet);
    expect(outside.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
