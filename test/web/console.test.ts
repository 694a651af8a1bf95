import type { Page } from 'playwright-core';
import { TerritoryBuilder } from '../../seed/builder';
import { decideAccept, decideWhistle } from '../../subgraphs/services/domain/requests/lifecycle';
import { launchBrowser, type Browser } from '../support/browser';
import { tokensFor } from '../support/principals';
import { startTestStack, type TestStack } from '../support/stack';

const DAY = 86_400_000;

/**
 * Issue #20, the web console, in a real browser (Debian's Chromium through playwright-core) against the
 * real gateway serving web/dist, the real subgraphs and database. Each role signs in through the
 * console's own sign-in page (POST /dev/sign-in) in a tab of its own, and goes through its journey as a
 * user would: what they read on the page is what is asserted. Screenshots are kept in test-artifacts/.
 */
describe('the web console', () => {
  let stack: TestStack;
  let browser: Browser;
  let origin: string;
  const t = new TerritoryBuilder();
  const street = t.street('泉城路街道党工委');
  const furong = t.community(street, '芙蓉街社区党委').withGrids(2);
  const qushui = t.community(street, '曲水亭社区党委').withGrids(1);
  const school = t.unit(furong.org, { name: '芙蓉街小学', kind: 'SCHOOL', capabilities: ['EDUCATION', 'VENUE'] });
  const clinic = t.unit(furong.org, { name: '芙蓉街社区卫生服务中心', kind: 'HOSPITAL', capabilities: ['MEDICAL'] });
  // Twelve units in all: the committee's list of units is two pages.
  for (let i = 1; i <= 10; i++) t.unit(furong.org, { name: `芙蓉街共建单位${String(i).padStart(2, '0')}`, kind: 'PRIVATE_ENTERPRISE' });
  const secretary = t.member(furong.org, { name: '张书记' });
  t.seat(furong.org, secretary, { role: 'SECRETARY' });
  const principal = t.member(furong.org, { name: '王校长', category: 'EMPLOYED', employerId: school._id });
  t.seat(furong.org, principal, { unitId: school._id });
  // Figures for the statistics: an offer claimed and delivered, a need claimed.
  const checkups = t.offer(clinic, { title: '每月义诊', category: 'MEDICAL', capacity: 12, unitOfMeasure: 'SESSIONS' });
  t.claim(checkups, { type: 'ORGANIZATION', id: furong.org._id }, 2, 'DELIVERED');
  const repairs = t.need(furong.org, { title: '楼道照明维修', category: 'REPAIRS', quantity: 5, unitOfMeasure: 'HOURS' });
  t.claim(repairs, { type: 'RESIDENT_UNIT', id: clinic._id }, 1, 'ACCEPTED');
  // For the matching board: a need the clinic's home visits answer.
  const homeVisits = t.offer(clinic, { title: '上门巡诊', category: 'MEDICAL', capacity: 6, unitOfMeasure: 'SESSIONS' });
  const checkupNeed = t.need(furong.org, { title: '高龄老人健康体检', category: 'MEDICAL', quantity: 4, unitOfMeasure: 'SESSIONS' });
  // A member with hours this year, and a small wish (微心愿) of the community for members to claim.
  const volunteer = t.member(furong.grids[0], { name: '李志愿' });
  t.service(volunteer, { hours: 6.5, servedOn: new Date(Date.UTC(new Date().getUTCFullYear(), 0, 15)), description: '助老送餐' });
  t.need(furong.org, { title: '困难家庭微心愿：书包', category: 'FUNDS', quantity: 2, unitOfMeasure: 'PEOPLE', smallWish: true });
  // Residents' requests: one received a month ago and long past its deadline, one today.
  t.request(furong.grids[0], { category: 'REPAIRS', description: '单元门禁损坏', receivedAt: new Date(Date.now() - 30 * DAY) });
  t.request(furong.grids[1], { category: 'ENVIRONMENT', description: '垃圾清运不及时' });
  // And one the community took in hand and whistled the school to (吹哨报到), and one the street's law
  // enforcement squad (a department) was called to.
  const lawEnforcement = t.department(street, '综合行政执法中队');
  const handler = { organizationId: String(furong.org._id), path: [...furong.org.ancestorIds, furong.org._id].map(String), subject: 'test' };
  t.request(furong.grids[0], { category: 'SAFETY_HAZARD', description: '楼顶广告牌松动' }, [
    (s) => decideAccept(s, handler, new Date()),
    (s) => decideWhistle(s, [String(school._id)], '请派人协助加固', 'test', new Date()),
  ]);
  t.request(furong.grids[1], { category: 'ENVIRONMENT', description: '占道经营堵塞消防通道' }, [
    (s) => decideAccept(s, handler, new Date()),
    (s) => decideWhistle(s, [], '请到场清理占道摊位', 'test', new Date(), [String(lawEnforcement._id)], 'ENVIRONMENT'),
  ]);

  /** Signs a role in through the console's sign-in page, in a new tab, and waits for its first page. */
  const signIn = async (role: string, scopeId: string, viewport?: { width: number; height: number }) => {
    const page = await browser.page(viewport);
    await page.goto(`${origin}/`);
    await page.waitForURL('**/sign-in');
    await page.selectOption('select[name=role]', role);
    await page.fill('input[name=scopeId]', scopeId);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.getByTestId('who').waitFor();
    return page;
  };
  const claimRow = (page: Page, claimant: string) => page.getByTestId('claims').locator('li', { hasText: claimant });

  beforeAll(async () => {
    stack = await startTestStack({ territory: t });
    origin = stack.gatewayUrl.replace(/\/graphql$/, '');
    browser = await launchBrowser(origin);
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });
  afterEach(() => {
    // Nothing fetched from outside the gateway, no Content-Security-Policy violation, no uncaught error.
    expect(browser.problems).toEqual([]);
  });

  let community: Page;
  let unit: Page;
  let needPath: string;

  it('a community admin signs in, sees the navigation of the role and the big Party committee', async () => {
    community = await signIn('COMMUNITY_ADMIN', String(furong.org._id));
    expect(await community.getByTestId('who').textContent()).toBe('社区大党委管理员 · 芙蓉街社区党委');
    const nav = await community.getByRole('navigation', { name: '导航' }).getByRole('link').allTextContents();
    expect(nav).toEqual(['大党委', '需求清单', '资源清单', '项目清单', '群众诉求', '单位与协议', '智能匹配', '统计分析']);
    const committee = community.getByTestId('committee');
    await committee.getByText('张书记').waitFor();
    const seats = await committee.locator('table tbody tr').allTextContents();
    expect(seats).toEqual(['书记张书记—', '委员兼职王校长芙蓉街小学']);
    await expect(committee.textContent()).resolves.toContain('楼道照明维修');
    await browser.screenshot(community, 'community-committee');

    // Its units, ten a page: the second page has the other two, and 上一页 comes back to the first.
    const units = committee.locator('section', { hasText: '驻区单位' });
    const names = () => units.locator('li a').allTextContents();
    const shown = (n: number) => community.waitForFunction((count) => document.querySelectorAll('[data-testid=committee-units] li').length === count, n);
    const first = await names();
    expect(first).toHaveLength(10);
    await units.getByRole('button', { name: '下一页' }).click();
    await shown(2);
    expect(await units.getByRole('navigation', { name: '分页' }).textContent()).toContain('第 2 页');
    const second = await names();
    expect(new Set([...first, ...second]).size).toBe(12);
    await units.getByRole('button', { name: '上一页' }).click();
    await shown(10);
    expect(await names()).toEqual(first);
  });

  it('the community publishes a need; a unit admin claims it; the community accepts, confirms the delivery and evaluates', async () => {
    await community.getByRole('link', { name: '发布需求' }).first().click();
    await community.fill('input[name=title]', '为老助餐志愿者');
    await community.selectOption('select[name=category]', 'ELDER_CARE');
    await community.fill('input[name=quantity]', '3');
    await community.getByRole('button', { name: '发布' }).click();
    await community.waitForURL(/\/needs\/[0-9a-f]{24}$/);
    needPath = new URL(community.url()).pathname;
    await community.getByRole('heading', { name: /为老助餐志愿者/ }).waitFor();
    expect(await community.getByTestId('quantities').textContent()).toBe('已认领 0 / 共 3 人（余 3）');

    // The unit's admin, in a tab of their own: their unit's page first, then the community's needs.
    unit = await signIn('UNIT_ADMIN', String(school._id));
    expect(await unit.getByTestId('who').textContent()).toBe('驻区单位管理员 · 芙蓉街小学');
    await unit.getByRole('heading', { name: /芙蓉街小学/ }).waitFor();
    await unit.getByRole('navigation', { name: '导航' }).getByRole('link', { name: '需求清单' }).click();
    await unit.getByTestId('item-list').getByRole('link', { name: '为老助餐志愿者' }).click();
    await unit.fill('input[name=quantity]', '2');
    await unit.getByRole('button', { name: '认领', exact: true }).click();
    await claimRow(unit, '芙蓉街小学').getByText('待处理').waitFor();
    expect(await unit.getByTestId('quantities').textContent()).toBe('已认领 2 / 共 3 人（余 1）');

    await community.bringToFront();
    await community.reload();
    // Rejecting needs a reason: without one, the graph's refusal in Chinese, where the clerk acted, and nothing changed.
    await claimRow(community, '芙蓉街小学').getByRole('button', { name: '拒绝' }).click();
    const refusal = claimRow(community, '芙蓉街小学').getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.textContent()).toBe('原因须为2至500字 · a reason has 2 to 500 characters');
    expect(await claimRow(community, '芙蓉街小学').getByText('待处理').count()).toBe(1);
    await claimRow(community, '芙蓉街小学').getByRole('button', { name: '接受' }).click();
    await claimRow(community, '芙蓉街小学').getByText('已接受').waitFor();

    // The side that receives the help confirms the delivery (履约) and evaluates it: for a need, the community.
    // The unit, once its claim is accepted, is offered neither.
    await unit.bringToFront();
    await unit.reload();
    await claimRow(unit, '芙蓉街小学').getByText('已接受').waitFor();
    expect(await claimRow(unit, '芙蓉街小学').getByRole('button').count()).toBe(0);
    // (A tab in the background draws no frames: the one a user acts in is brought to the front.)
    await community.bringToFront();
    await claimRow(community, '芙蓉街小学').getByPlaceholder('履约说明').fill('两名教师志愿者已到岗');
    await claimRow(community, '芙蓉街小学').getByRole('button', { name: '确认履约' }).click();
    await claimRow(community, '芙蓉街小学').getByText('已履约').waitFor();

    await claimRow(community, '芙蓉街小学').getByLabel('评分').selectOption('5');
    await claimRow(community, '芙蓉街小学').getByPlaceholder('评价').fill('准时周到');
    await claimRow(community, '芙蓉街小学').getByRole('button', { name: '评价' }).click();
    await claimRow(community, '芙蓉街小学').getByText('已评价').waitFor();
    expect(await claimRow(community, '芙蓉街小学').textContent()).toContain('评分 5/5：准时周到');
    expect(await claimRow(community, '芙蓉街小学').textContent()).toContain('履约说明：两名教师志愿者已到岗');
    // The item's history, from its ledger: published, claimed, accepted, delivered, evaluated (read again
    // after the evaluation, which the claim's row shows as soon as the mutation answers).
    await community.getByTestId('history').locator('li').nth(4).waitFor();
    const history = await community.getByTestId('history').locator('li').allTextContents();
    expect(history.map((h) => /(发布|认领|接受认领|确认履约|评价)/.exec(h)?.[1])).toEqual(['发布', '认领', '接受认领', '确认履约', '评价']);
    await browser.screenshot(community, 'need-evaluated');

    // What the page said is what the graph holds.
    const { data } = await stack.query<{ need: { claims: { nodes: { status: string; score: number }[] } } }, object>(
      `query($id: ID!) { need(id: $id) { claims(first: 5) { nodes { status score } } } }`,
      { id: needPath.split('/').pop() },
      await tokensFor(stack.auth).forOrganization('COMMUNITY_ADMIN', furong.org),
    );
    expect(data?.need.claims.nodes).toEqual([{ status: 'EVALUATED', score: 5 }]);
  });

  it("a unit admin publishes an offer in the unit's name, which the community's list shows among its units'", async () => {
    await unit.bringToFront();
    await unit.getByRole('navigation', { name: '导航' }).getByRole('link', { name: '资源清单' }).click();
    await unit.getByRole('link', { name: '发布资源' }).click();
    await unit.fill('input[name=title]', '周末托管课堂');
    await unit.selectOption('select[name=category]', 'CHILD_CARE');
    await unit.fill('input[name=quantity]', '20');
    await unit.getByRole('button', { name: '发布' }).click();
    await unit.waitForURL(/\/offers\/[0-9a-f]{24}$/);
    await unit.getByRole('heading', { name: /周末托管课堂/ }).waitFor();
    expect(await unit.locator('dl.facts').textContent()).toContain('提供方芙蓉街小学');

    // The community's list of offers has it, with its units' others; the community's own offers, none.
    await community.bringToFront();
    await community.goto(`${origin}/organizations/${furong.org._id}/offers`);
    await community.getByTestId('item-list').getByRole('link', { name: '周末托管课堂' }).waitFor();
    await community.getByLabel('含下级组织和驻区单位').uncheck();
    await community.getByText('没有符合条件的条目').waitFor();
    expect(new URL(community.url()).search).toBe('?own=1');
  });

  it('a list on a phone: one column, nothing wider than the screen', async () => {
    await community.bringToFront();
    await community.setViewportSize({ width: 390, height: 844 });
    await community.goto(`${origin}/organizations/${furong.org._id}/needs`);
    await community.getByTestId('item-list').getByRole('link', { name: '为老助餐志愿者' }).waitFor();
    const layout = await community.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      header: getComputedStyle(document.querySelector('table.list thead')!).display,
      cell: getComputedStyle(document.querySelector('table.list td')!).display,
    }));
    expect(layout).toEqual({ scrollWidth: 390, header: 'none', cell: 'block' });
    await browser.screenshot(community, 'needs-phone');
    await community.setViewportSize({ width: 1280, height: 900 });
  });

  it('pages keep their layout while slow answers come', async () => {
    // Every answer of the graph 400 ms late: the skeletons hold the place of what comes.
    await community.route('**/graphql', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      await route.continue();
    });
    try {
      await community.goto(`${origin}/organizations/${furong.org._id}`);
      await community.getByRole('status').first().waitFor();
      await community.getByTestId('committee').waitFor();
      await community.waitForTimeout(200);
      expect(await browser.layoutShift(community)).toBeLessThan(0.02);
      await community.goto(`${origin}/organizations/${furong.org._id}/offers`);
      await community.getByRole('status').first().waitFor();
      await community.getByTestId('item-list').waitFor();
      await community.waitForTimeout(200);
      expect(await browser.layoutShift(community)).toBeLessThan(0.02);
    } finally {
      await community.unroute('**/graphql');
    }
  });

  it('requests past their deadline stand out; one is taken in hand and closed', async () => {
    await community.goto(`${origin}/organizations/${furong.org._id}/requests`);
    const overdue = community.getByTestId('requests').locator('tr.overdue');
    await overdue.first().waitFor();
    expect(await overdue.allTextContents()).toEqual([expect.stringMatching(/^设施维修单元门禁损坏.*超期$/)]);
    expect(await community.getByTestId('requests').locator('tbody tr').count()).toBe(4);

    // The overdue one, opened: the community takes it in hand (受理) and closes it with what was done (办结).
    await overdue.getByRole('link', { name: '单元门禁损坏' }).click();
    await community.getByRole('button', { name: '受理' }).click();
    await community.fill('input[name=resolution]', '已更换门禁控制器');
    await community.getByRole('button', { name: '办结' }).click();
    await community.getByTestId('request-facts').getByText('已更换门禁控制器', { exact: false }).waitFor();
    expect(await community.getByRole('heading').first().textContent()).toMatch(/^设施维修 已办结/);
    const history = await community.getByTestId('history').locator('li').allTextContents();
    expect(history.map((h) => /(登记|受理|办结)/.exec(h)?.[1])).toEqual(['登记', '受理', '办结']);
  });

  it('statistics are drawn as charts, with the downloads beside them', async () => {
    await community.getByRole('navigation', { name: '导航' }).getByRole('link', { name: '统计分析' }).click();
    await community.locator('[data-testid=chart] canvas').first().waitFor();
    const charts = await community.locator('[data-testid=chart]').evaluateAll((nodes) =>
      nodes.map((n) => {
        const canvas = n.querySelector('canvas');
        return { label: n.getAttribute('aria-label'), drawn: !!canvas && canvas.width > 0 && canvas.height > 0 };
      }),
    );
    expect(charts).toEqual([
      { label: '三张清单：发布、认领、完成', drawn: true },
      { label: '认领状态分布', drawn: true },
      { label: '诉求按类别', drawn: true },
      { label: '志愿服务时长', drawn: true },
    ]);
    // A download is the gateway's export, fetched with the caller's token.
    const [download] = await Promise.all([community.waitForEvent('download'), community.getByRole('link', { name: '需求清单（CSV）' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    await browser.screenshot(community, 'statistics');
  });

  it('the matching board explains a suggestion factor by factor, and the community sends an invitation from it', async () => {
    await community.getByRole('navigation', { name: '导航' }).getByRole('link', { name: '智能匹配' }).click();
    await community.getByTestId('assignment').waitFor();
    await community.getByTestId('assignment').getByRole('button', { name: '高龄老人健康体检' }).click();
    const suggestion = community.getByTestId('suggestions').locator('.suggestion', { hasText: '上门巡诊' });
    await suggestion.waitFor();
    const factors = await suggestion.locator('ul.factors li .factor-name').allTextContents();
    expect(factors).toEqual(['类别与能力', '距离', '时间窗口', '剩余容量', '紧急程度', '历史评价', '均衡']);
    await suggestion.getByRole('button', { name: /^派单/ }).click();
    await suggestion.getByText('已派单').waitFor();
    await browser.screenshot(community, 'matching');
    const { data } = await stack.query<{ residentUnit: { invitations: { nodes: { status: string; need: { id: string } }[] } } }, object>(
      `query($id: ID!) { residentUnit(id: $id) { invitations(first: 5) { nodes { status need { id } } } } }`,
      { id: String(clinic._id) },
      await tokensFor(stack.auth).unitAdmin(clinic),
    );
    expect(data?.residentUnit.invitations.nodes).toEqual([{ status: 'SENT', need: { id: String(checkupNeed._id) } }]);

    // The clinic's admin finds it on the unit's own page and accepts it: the community's claim on the
    // offer is made, accepted already.
    const clinicAdmin = await signIn('UNIT_ADMIN', String(clinic._id));
    const invitation = clinicAdmin.getByTestId('invitations').locator('li', { hasText: '高龄老人健康体检' });
    await invitation.getByRole('button', { name: '接受' }).click();
    await invitation.getByText('已接受').waitFor();
    await clinicAdmin.goto(`${origin}/offers/${homeVisits._id}`);
    await claimRow(clinicAdmin, '芙蓉街社区党委').getByText('已接受').waitFor();
    expect(await clinicAdmin.getByTestId('quantities').textContent()).toBe('已认领 4 / 共 6 场次（余 2）');
    await clinicAdmin.close();
  });

  it("a member's page: the year's hours and the community's small wishes, one of which they claim", async () => {
    const member = await signIn('MEMBER', String(volunteer._id));
    expect(await member.getByTestId('who').textContent()).toBe('党员 · 李志愿');
    expect(await member.getByTestId('hours').textContent()).toContain('6.5');
    await member.getByTestId('small-wishes').waitFor();
    expect(await member.getByTestId('small-wishes').locator('li').allTextContents()).toEqual([expect.stringMatching(/^困难家庭微心愿：书包 余 2 人/)]);
    await browser.screenshot(member, 'member');
    // A small wish opens as a need, which the member claims for themself.
    await member.getByTestId('small-wishes').getByRole('link', { name: '困难家庭微心愿：书包' }).click();
    await member.fill('input[name=quantity]', '1');
    await member.getByRole('button', { name: '认领', exact: true }).click();
    await claimRow(member, '李志愿').getByText('待处理').waitFor();
    await member.close();
  });

  it("a department's admin reports in to the whistle that called it, and answers", async () => {
    const department = await signIn('DEPARTMENT_ADMIN', String(lawEnforcement._id));
    expect(await department.getByTestId('who').textContent()).toBe('职能部门管理员 · 综合行政执法中队');
    const call = department.getByTestId('whistles').locator('li', { hasText: '占道经营堵塞消防通道' });
    expect(await call.textContent()).toContain('吹哨事项：请到场清理占道摊位');
    await call.getByRole('button', { name: '报到' }).click();
    await call.getByText('已报到').waitFor();
    await call.getByPlaceholder('处置情况').fill('摊位已清理，通道畅通');
    await call.getByRole('button', { name: '答复' }).click();
    await call.getByText('已答复').waitFor();
    // The request's page says so too.
    await call.getByRole('link', { name: '占道经营堵塞消防通道' }).click();
    await department.getByText('摊位已清理，通道畅通', { exact: false }).waitFor();
    await department.close();
  });

  it('a token the gateway no longer takes sends the console back to its sign-in page, saying why; a token pasted there signs in', async () => {
    const page = await browser.page();
    await page.goto(`${origin}/sign-in`);
    await page.evaluate((scopeId) => {
      sessionStorage.setItem('coop-graph.session', JSON.stringify({ token: 'eyJhbGciOiJIUzI1NiJ9.e30.c2lnbmF0dXJl', role: 'COMMUNITY_ADMIN', scopeId, label: '芙蓉街社区党委', territory: [scopeId] }));
    }, String(furong.org._id));
    await page.goto(`${origin}/organizations/${furong.org._id}/needs`);
    await page.waitForURL('**/sign-in');
    expect(await page.getByRole('alert').textContent()).toBe('登录已过期或无效，请重新登录');

    // A token got elsewhere, pasted: the role's pages, the graph answering to it.
    await page.fill('textarea[name=token]', await tokensFor(stack.auth).forOrganization('COMMUNITY_ADMIN', furong.org));
    await page.getByRole('button', { name: '使用令牌登录' }).click();
    expect(await page.getByTestId('who').textContent()).toBe('社区大党委管理员');
    await page.getByTestId('committee').getByText('张书记').waitFor();
    await page.close();
  });

  it("a page the role may not see shows the refusal in Chinese; the unit's own page its claim and the whistle it answers", async () => {
    await unit.bringToFront();
    await unit.goto(`${origin}/organizations/${qushui.org._id}/requests`);
    const alert = unit.getByRole('alert');
    await alert.waitFor();
    expect(await alert.locator('strong').textContent()).toBe('无权查看或操作：不在您的职责范围内');
    await browser.screenshot(unit, 'error-forbidden');

    // The community's page, as the unit reads it: the committee, without what is for the committees only.
    await unit.goto(`${origin}/organizations/${furong.org._id}`);
    await unit.getByTestId('committee').getByText('张书记').waitFor();
    expect(await unit.getByRole('alert').count()).toBe(0);

    await unit.getByRole('navigation', { name: '导航' }).getByRole('link', { name: '本单位' }).click();
    // Shown from the cache at once, then as the graph answers: the claim, evaluated.
    await unit.getByTestId('unit-claims').getByText('已评价').waitFor();
    expect(await unit.getByTestId('unit-claims').locator('li').allTextContents()).toEqual(['为老助餐志愿者 · 2 人 已评价']);

    // The whistle that called the school: it reports in, then answers.
    const call = unit.getByTestId('whistles').locator('li', { hasText: '楼顶广告牌松动' });
    expect(await call.textContent()).toContain('吹哨事项：请派人协助加固');
    await call.getByRole('button', { name: '报到' }).click();
    await call.getByText('已报到').waitFor();
    await call.getByPlaceholder('处置情况').fill('已派两名后勤人员到场加固');
    await call.getByRole('button', { name: '答复' }).click();
    await call.getByText('已答复').waitFor();
    expect(await call.textContent()).toContain('已派两名后勤人员到场加固');
  });
});
