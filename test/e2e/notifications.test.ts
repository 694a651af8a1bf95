import { TerritoryBuilder } from '../../seed/builder';
import { sweepNotifications } from '../../subgraphs/services/app/notifications';
import { escalateOverdue } from '../../subgraphs/services/app/request-ledger';
import { runWebhookDelivery } from '../../subgraphs/services/app/webhooks';
import net from 'node:net';
import { decideAccept, type RequestState } from '../../subgraphs/services/domain/requests/lifecycle';
import { signed, tokensFor } from '../support/principals';
import { dataOf, startTestStack, type TestStack } from '../support/stack';

/**
 * 通知: what a person must act on reaches their inbox — a claim on their item, their claim accepted, an
 * invitation, a whistle, a deadline near, an activity tomorrow — once per event, to them and nobody else.
 */
describe('notifications (通知)', () => {
  let stack: TestStack;
  const t = new TerritoryBuilder();
  const street = t.street('泉城路街道党工委');
  const furong = t.community(street, '芙蓉街社区党委').withGrids(1);
  const daming = t.community(street, '大明湖社区党委').withGrids(1);
  const grid = furong.grids[0];
  const team = t.unit(furong.org, { name: '芙蓉街志愿服务队', kind: 'SOCIAL_ORGANIZATION' });
  const clinic = t.unit(furong.org, { name: '芙蓉社区卫生站', kind: 'SOCIAL_ORGANIZATION' });
  const urbanAffairs = t.department(street, '城管执法中队');
  const li = t.member(grid, { name: '李红' });
  const wang = t.member(grid, { name: '王刚' });
  const care = t.need(furong.org, { title: '敬老院陪护', category: 'VOLUNTEERS', quantity: 10, unitOfMeasure: 'PEOPLE' });
  const cleaning = t.need(furong.org, { title: '社区清洁日', category: 'VOLUNTEERS', quantity: 10, unitOfMeasure: 'PEOPLE' });
  const wish = t.need(grid, { title: '困难家庭微心愿:书包', category: 'FUNDS', quantity: 300, unitOfMeasure: 'YUAN', smallWish: true });
  const volunteers = t.offer(team, { title: '志愿者队伍', category: 'VOLUNTEERS', capacity: 20, unitOfMeasure: 'PEOPLE' });
  const handler = { organizationId: String(furong.org._id), path: [...furong.org.ancestorIds, furong.org._id].map(String), subject: 'seed' };
  const leak = t.request(grid, { category: 'REPAIRS', description: '楼道漏水' }, [(s: RequestState) => decideAccept(s, handler, new Date())]);
  const flood = t.request(grid, { category: 'EMERGENCY', description: '地下室进水', receivedAt: new Date(Date.now() - 3 * 86_400_000) }, [
    (s: RequestState) => decideAccept(s, handler, new Date(Date.now() - 3 * 86_400_000)),
  ]);
  const soon = new Date(Date.now() + 30 * 3_600_000);
  const clean = t.activity(furong.org, { title: '周末清洁日', startsAt: soon, endsAt: new Date(soon.getTime() + 2 * 3_600_000), capacity: 20 });
  t.signUp(clean, li, { at: new Date() });
  const tokens = {} as Record<'furong' | 'daming' | 'street' | 'grid' | 'team' | 'clinic' | 'li' | 'wang' | 'viewer' | 'department', string>;

  type Note = { id: string; kind: string; title: string; text: string; readAt: string | null; subject: { __typename: string; id: string } | null };
  type Inbox = { unreadCount: number; nodes: Note[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
  const INBOX = `query($first: Int!, $after: String, $unreadOnly: Boolean) { inbox(first: $first, after: $after, unreadOnly: $unreadOnly) {
    unreadCount nodes { id kind title text readAt subject { __typename ... on Claim { id } ... on Invitation { id } ... on Request { id } ... on Activity { id } ... on Need { id } } }
    pageInfo { hasNextPage endCursor } } }`;
  const inbox = async (token: string, vars: { first?: number; after?: string | null; unreadOnly?: boolean } = {}) =>
    dataOf(await stack.query<{ inbox: Inbox }, object>(INBOX, { first: 100, ...vars }, token)).inbox;
  const claim = async (token: string, itemId: unknown, quantity: number, idempotencyKey?: string) =>
    dataOf(
      await stack.query<{ claimItem: { claim: { id: string } | null; errors: { code: string }[] } }, object>(
        `mutation($input: ClaimItemInput!) { claimItem(input: $input) { claim { id } errors { code } } }`,
        { input: { itemId: String(itemId), quantity, ...(idempotencyKey ? { idempotencyKey } : {}) } },
        token,
      ),
    ).claimItem;
  const accept = async (token: string, id: string, idempotencyKey?: string) =>
    dataOf(await stack.query<{ acceptClaim: { errors: { code: string }[] } }, object>(`mutation($id: ID!, $k: String) { acceptClaim(id: $id, idempotencyKey: $k) { errors { code } } }`, { id, k: idempotencyKey }, token))
      .acceptClaim;
  const markRead = async (token: string, args: { ids?: string[]; all?: boolean }) =>
    dataOf(
      await stack.query<{ markNotificationsRead: { marked: number; unreadCount: number; errors: { code: string; field: string }[] } }, object>(
        `mutation($ids: [ID!], $all: Boolean) { markNotificationsRead(ids: $ids, all: $all) { marked unreadCount errors { code field } } }`,
        args,
        token,
      ),
    ).markNotificationsRead;
  const about = (notes: Note[], id: string) => notes.filter((n) => n.subject?.id === id);

  beforeAll(async () => {
    stack = await startTestStack({ territory: t });
    const sign = tokensFor(stack.auth);
    Object.assign(
      tokens,
      await signed({
        furong: sign.forOrganization('COMMUNITY_ADMIN', furong.org),
        daming: sign.forOrganization('COMMUNITY_ADMIN', daming.org),
        street: sign.forOrganization('STREET_ADMIN', street),
        grid: sign.forOrganization('GRID_WORKER', grid),
        team: sign.unitAdmin(team),
        clinic: sign.unitAdmin(clinic),
        li: sign.member(li, grid),
        wang: sign.member(wang, grid),
        viewer: sign.forOrganization('VIEWER', furong.org),
        department: sign.forOrganization('DEPARTMENT_ADMIN', urbanAffairs),
      }),
    );
    // The sweep's first run: from here on it repairs what a crash would lose.
    await sweepNotifications(stack.models.services, new Date());
  });
  afterAll(() => stack?.stop());

  it("a claim on a need reaches its owner's inbox, and its acceptance the claimant's; nobody else's", async () => {
    const made = await claim(tokens.team, care._id, 3);
    expect(made.errors).toEqual([]);
    const owner = await inbox(tokens.furong);
    expect(about(owner.nodes, made.claim!.id)).toEqual([
      expect.objectContaining({ kind: 'CLAIM_RECEIVED', title: '收到认领:敬老院陪护', readAt: null, subject: { __typename: 'Claim', id: made.claim!.id } }),
    ]);
    expect(about(owner.nodes, made.claim!.id)[0].text).toContain('数量3人');
    expect(owner.unreadCount).toBe(1);
    // The claimant is not told of its own claim; another community, the street and another unit are told nothing.
    for (const other of [tokens.team, tokens.daming, tokens.street, tokens.clinic]) expect((await inbox(other)).nodes).toEqual([]);

    expect((await accept(tokens.furong, made.claim!.id)).errors).toEqual([]);
    const claimant = await inbox(tokens.team);
    expect(claimant.nodes).toEqual([expect.objectContaining({ kind: 'CLAIM_ACCEPTED', subject: { __typename: 'Claim', id: made.claim!.id } })]);
    expect(claimant.unreadCount).toBe(1);
    // The owner accepted it itself: it is not told so.
    expect((await inbox(tokens.furong)).unreadCount).toBe(1);
  });

  it("a member's claim on a small wish, retried with the same key, notifies once; so does its acceptance retried", async () => {
    const [a, b] = await Promise.all([claim(tokens.li, wish._id, 50, 'wish-li-1'), claim(tokens.li, wish._id, 50, 'wish-li-1')]);
    expect([a.errors, b.errors]).toEqual([[], []]);
    expect(b.claim!.id).toBe(a.claim!.id);
    expect((await claim(tokens.li, wish._id, 50, 'wish-li-1')).claim!.id).toBe(a.claim!.id);
    // The wish belongs to the grid: its worker is told, once.
    expect(about((await inbox(tokens.grid)).nodes, a.claim!.id).map((n) => n.kind)).toEqual(['CLAIM_RECEIVED']);

    for (let i = 0; i < 3; i++) expect((await accept(tokens.grid, a.claim!.id, 'accept-wish-1')).errors).toEqual([]);
    const mine = await inbox(tokens.li);
    expect(mine.nodes.map((n) => [n.kind, n.subject?.id])).toEqual([['CLAIM_ACCEPTED', a.claim!.id]]);
    expect(mine.nodes[0].text).toBe('您对需求“困难家庭微心愿:书包”的认领(数量50元)已被接受,请按约履行。');
    // Another member of the same grid sees none of it.
    expect((await inbox(tokens.wang)).nodes).toEqual([]);
  });

  it('an invitation reaches its unit, and a whistle the units and departments it calls', async () => {
    const sent = dataOf(
      await stack.query<{ sendInvitation: { invitation: { id: string } | null; errors: unknown[] } }, object>(
        `mutation($input: SendInvitationInput!) { sendInvitation(input: $input) { invitation { id } errors { code } } }`,
        { input: { needId: String(cleaning._id), offerId: String(volunteers._id), quantity: 4, note: '周六上午' } },
        tokens.furong,
      ),
    ).sendInvitation;
    expect(sent.errors).toEqual([]);
    const invited = about((await inbox(tokens.team)).nodes, sent.invitation!.id);
    expect(invited).toEqual([expect.objectContaining({ kind: 'INVITATION_RECEIVED', subject: { __typename: 'Invitation', id: sent.invitation!.id } })]);
    expect(invited[0].text).toContain('“社区清洁日”,数量4人。附言:周六上午');

    const whistled = dataOf(
      await stack.query<{ blowWhistle: { errors: unknown[] } }, object>(
        `mutation($id: ID!, $units: [ID!], $departments: [ID!]) { blowWhistle(id: $id, unitIds: $units, departmentIds: $departments, instruction: "请派人查看漏水") { errors { code } } }`,
        { id: String(leak._id), units: [String(team._id), String(clinic._id)], departments: [String(urbanAffairs._id)] },
        tokens.furong,
      ),
    ).blowWhistle;
    expect(whistled.errors).toEqual([]);
    // The units called, and the street's department (职能部门) called beside them.
    for (const unit of [tokens.team, tokens.clinic, tokens.department]) {
      const calls = about((await inbox(unit)).nodes, String(leak._id));
      expect(calls).toEqual([expect.objectContaining({ kind: 'WHISTLE_CALLED', subject: { __typename: 'Request', id: String(leak._id) } })]);
      expect(calls[0].text).toContain('请派人查看漏水');
    }
    // The committee that blew it is not told of its own whistle.
    expect(about((await inbox(tokens.furong)).nodes, String(leak._id))).toEqual([]);
  });

  it('pages newest first, counts and marks the unread, and marks nobody else’s', async () => {
    // More for the community: claims on its needs by the clinic.
    for (const item of [cleaning, care]) expect((await claim(tokens.clinic, item._id, 1)).errors).toEqual([]);
    const all = await inbox(tokens.furong);
    expect(all.nodes).toHaveLength(3);
    expect(all.unreadCount).toBe(3);
    const pages: Note[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Inbox = await inbox(tokens.furong, { first: 2, after });
      pages.push(...page.nodes);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(pages.map((n) => n.id)).toEqual(all.nodes.map((n) => n.id));
    // Newest first: the clinic's claim on `care` was the last made.
    expect(all.nodes[0].title).toBe('收到认领:敬老院陪护');
    expect(all.nodes.map((n) => n.id)).toEqual([...all.nodes.map((n) => n.id)].sort().reverse());

    // Someone else's notification cannot be marked by this caller.
    const theirs = (await inbox(tokens.team)).nodes[0].id;
    expect(await markRead(tokens.furong, { ids: [theirs] })).toEqual({ marked: 0, unreadCount: 3, errors: [] });
    expect((await inbox(tokens.team)).nodes[0].readAt).toBeNull();

    expect(await markRead(tokens.furong, { ids: [all.nodes[1].id] })).toEqual({ marked: 1, unreadCount: 2, errors: [] });
    const unread = await inbox(tokens.furong, { unreadOnly: true });
    expect(unread.nodes.map((n) => n.id)).toEqual([all.nodes[0].id, all.nodes[2].id]);
    expect((await inbox(tokens.furong)).nodes[1].readAt).not.toBeNull();
    // Marked again: nothing more.
    expect((await markRead(tokens.furong, { ids: [all.nodes[1].id] })).marked).toBe(0);
    expect(await markRead(tokens.furong, { all: true })).toEqual({ marked: 2, unreadCount: 0, errors: [] });
    expect((await inbox(tokens.furong, { unreadOnly: true })).nodes).toEqual([]);

    expect((await markRead(tokens.furong, {})).errors).toEqual([{ code: 'INVALID_SELECTION', field: 'ids' }]);
    expect((await markRead(tokens.furong, { ids: ['nope'] })).errors).toEqual([{ code: 'INVALID_ID', field: 'ids.0' }]);
  });

  it('refuses the anonymous and viewers, and a page size out of range', async () => {
    const anonymous = await stack.query(INBOX, { first: 10 });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const viewer = await stack.query(INBOX, { first: 10 }, tokens.viewer);
    expect(viewer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const huge = await stack.query(INBOX, { first: 101 }, tokens.furong);
    expect(huge.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it("the sweep tells of a deadline near and of tomorrow's activity, once each", async () => {
    const request = await stack.models.services.Request.findById(leak._id).lean();
    // Two hours before the request's time limit, twice: one reminder.
    const before = new Date(request!.deadline.getTime() - 2 * 3_600_000);
    await sweepNotifications(stack.models.services, before);
    await sweepNotifications(stack.models.services, before);
    const near = about((await inbox(tokens.furong)).nodes, String(leak._id));
    expect(near).toEqual([expect.objectContaining({ kind: 'REQUEST_DEADLINE_NEAR', title: '诉求即将超期', subject: { __typename: 'Request', id: String(leak._id) } })]);

    // Nothing yet a day and a half before the activity; twelve hours before, its reminder, once.
    await sweepNotifications(stack.models.services, new Date());
    expect(about((await inbox(tokens.li)).nodes, String(clean._id))).toEqual([]);
    const dayBefore = new Date(soon.getTime() - 12 * 3_600_000);
    await sweepNotifications(stack.models.services, dayBefore);
    await sweepNotifications(stack.models.services, dayBefore);
    const reminders = about((await inbox(tokens.li)).nodes, String(clean._id));
    expect(reminders).toEqual([expect.objectContaining({ kind: 'ACTIVITY_TOMORROW', title: '活动提醒:周末清洁日', subject: { __typename: 'Activity', id: String(clean._id) } })]);
    expect(reminders[0].text).toContain('社区党群服务中心');
    // Wang did not sign up.
    expect(about((await inbox(tokens.wang)).nodes, String(clean._id))).toEqual([]);
  });

  it('an overdue request escalated reaches its street, once', async () => {
    expect(await escalateOverdue(stack.models.services, new Date())).toBe(1);
    expect(await escalateOverdue(stack.models.services, new Date())).toBe(0);
    await sweepNotifications(stack.models.services, new Date());
    const escalated = about((await inbox(tokens.street)).nodes, String(flood._id));
    expect(escalated).toEqual([expect.objectContaining({ kind: 'REQUEST_ESCALATED', title: '诉求超期上报', subject: { __typename: 'Request', id: String(flood._id) } })]);
    expect(escalated[0].text).toContain('地下室进水');
  });

  it('repairs a notification lost between the ledger entry and the inbox, once', async () => {
    // The community claims the team's offer: the team is told.
    const mine = await claim(tokens.furong, volunteers._id, 2);
    expect(mine.errors).toEqual([]);
    // As if the process died after each entry: the claim's notification is gone, and so are the
    // whistle's and the invitation's of before.
    const lost = await stack.models.services.Notification.find({ kind: { $in: ['CLAIM_RECEIVED', 'WHISTLE_CALLED', 'INVITATION_RECEIVED'] }, recipientId: team._id }).lean();
    expect(lost.map((n) => n.kind).sort()).toEqual(['CLAIM_RECEIVED', 'INVITATION_RECEIVED', 'WHISTLE_CALLED']);
    await stack.models.services.Notification.deleteMany({ _id: { $in: lost.map((n) => n._id) } });
    expect(about((await inbox(tokens.team)).nodes, mine.claim!.id)).toEqual([]);
    await sweepNotifications(stack.models.services, new Date());
    await sweepNotifications(stack.models.services, new Date());
    const repaired = (await inbox(tokens.team)).nodes;
    expect(about(repaired, mine.claim!.id).map((n) => n.kind)).toEqual(['CLAIM_RECEIVED']);
    expect(about(repaired, String(leak._id)).map((n) => n.kind)).toEqual(['WHISTLE_CALLED']);
    expect(repaired.filter((n) => n.kind === 'INVITATION_RECEIVED')).toHaveLength(1);
    // The clinic's whistle notification was never lost: still one.
    expect(about((await inbox(tokens.clinic)).nodes, String(leak._id))).toHaveLength(1);
  });
  it("a request handed on (转办) tells its new handler, and the street's reminder (督办) its handler", async () => {
    const supervised = await stack.query<{ superviseRequest: { errors: unknown[] } }, object>(
      `mutation($id: ID!) { superviseRequest(id: $id, note: "请今日内处置完毕") { errors { code } } }`,
      { id: String(flood._id) },
      tokens.street,
    );
    expect(dataOf(supervised).superviseRequest.errors).toEqual([]);
    const reminder = about((await inbox(tokens.furong)).nodes, String(flood._id));
    expect(reminder).toEqual([expect.objectContaining({ kind: 'REQUEST_SUPERVISED', title: '街道督办:请抓紧办理' })]);
    expect(reminder[0].text).toContain('请今日内处置完毕');

    const handed = await stack.query<{ transferRequest: { errors: unknown[] } }, object>(
      `mutation($id: ID!, $to: ID!) { transferRequest(id: $id, toOrganizationId: $to, reason: "属网格职责范围") { errors { code } } }`,
      { id: String(flood._id), to: String(grid._id) },
      tokens.furong,
    );
    expect(dataOf(handed).transferRequest.errors).toEqual([]);
    const toGrid = about((await inbox(tokens.grid)).nodes, String(flood._id));
    expect(toGrid).toEqual([expect.objectContaining({ kind: 'REQUEST_TRANSFERRED', subject: { __typename: 'Request', id: String(flood._id) } })]);
    expect(toGrid[0].text).toContain('属网格职责范围');
    // Lost, both come back from the request's ledger, once.
    await stack.models.services.Notification.deleteMany({ kind: { $in: ['REQUEST_SUPERVISED', 'REQUEST_TRANSFERRED'] } });
    await sweepNotifications(stack.models.services, new Date());
    await sweepNotifications(stack.models.services, new Date());
    expect(about((await inbox(tokens.furong)).nodes, String(flood._id)).map((n) => n.kind)).toEqual(['REQUEST_SUPERVISED']);
    expect(about((await inbox(tokens.grid)).nodes, String(flood._id)).map((n) => n.kind)).toEqual(['REQUEST_TRANSFERRED']);
  });

  it('gives a delivery up only after WEBHOOK_MAX_ATTEMPTS, keeps it as FAILED, and goes on with the next; ten webhooks a street at most', async () => {
    // A port nothing listens on.
    const probe = net.createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as net.AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
    const registered = dataOf(
      await stack.query<{ registerWebhook: { webhook: { id: string } | null; errors: unknown[] } }, object>(
        `mutation($input: RegisterWebhookInput!) { registerWebhook(input: $input) { webhook { id } errors { code } } }`,
        { input: { streetId: String(street._id), url: `http://127.0.0.1:${port}/dead`, events: ['CLAIM_RECEIVED'] } },
        tokens.street,
      ),
    ).registerWebhook;
    expect(registered.errors).toEqual([]);
    expect((await claim(tokens.wang, wish._id, 1)).errors).toEqual([]);
    expect((await claim(tokens.team, cleaning._id, 1)).errors).toEqual([]);
    // This stack runs no worker: the test runs it, as the services subgraph would, given up after 2 tries.
    const config = { pollMs: 0, timeoutMs: 500, backoffBaseMs: 10, backoffCapMs: 10, maxAttempts: 2 };
    const failed = { n: 0 };
    for (let i = 0; i < 50 && failed.n < 2; i++) {
      failed.n += (await runWebhookDelivery(stack.models.services, config)).failed;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const answer = dataOf(
      await stack.query<{ webhooks: { nodes: { id: string; deliveries: { nodes: { kind: string; status: string; attempts: number; lastError: string | null }[] } }[] } }, object>(
        `query($s: ID!) { webhooks(streetId: $s, first: 5) { nodes { id deliveries(first: 10) { nodes { kind status attempts lastError } } } } }`,
        { s: String(street._id) },
        tokens.street,
      ),
    ).webhooks.nodes.find((w) => w.id === registered.webhook!.id)!;
    // Both claims' notifications (the wish's to its grid, the need's to the community), each tried twice and kept.
    expect(answer.deliveries.nodes.map((d) => [d.kind, d.status, d.attempts])).toEqual([
      ['CLAIM_RECEIVED', 'FAILED', 2],
      ['CLAIM_RECEIVED', 'FAILED', 2],
    ]);
    expect(answer.deliveries.nodes[0].lastError).toMatch(/ECONNREFUSED/);

    // At most ten in use per street: the eleventh waits for one to be removed.
    const register = async () =>
      dataOf(
        await stack.query<{ registerWebhook: { webhook: { id: string } | null; errors: { code: string }[] } }, object>(
          `mutation($input: RegisterWebhookInput!) { registerWebhook(input: $input) { webhook { id } errors { code } } }`,
          { input: { streetId: String(street._id), url: `http://127.0.0.1:${port}/more` } },
          tokens.street,
        ),
      ).registerWebhook;
    for (let i = 1; i < 10; i++) expect((await register()).errors).toEqual([]);
    expect((await register()).errors.map((e) => e.code)).toEqual(['WEBHOOK_LIMIT']);
    await stack.query(`mutation($id: ID!) { removeWebhook(id: $id) { errors { code } } }`, { id: registered.webhook!.id }, tokens.street);
    expect((await register()).errors).toEqual([]);
  });
});
