import { TerritoryBuilder } from '../../seed/builder';
import { signed, tokensFor } from '../support/principals';
import { dataOf, startTestStack, type TestStack } from '../support/stack';

type MoveOut = { moveOrganization: { organization: { id: string; territoryCode: string; ancestors: { id: string }[] } | null; errors: { code: string; message: string }[] } };
const MOVE = `mutation($id: ID!, $parentId: ID!) { moveOrganization(id: $id, parentId: $parentId) {
  organization { id territoryCode ancestors { id } } errors { code message } } }`;

/**
 * A grid moved from one community to another takes everything under it along: its code, and the
 * paths the other subgraphs keep on its members, units' claims, needs and residents' requests.
 */
describe('moving an organisation', () => {
  let stack: TestStack;
  const t = new TerritoryBuilder();
  const street = t.street('泉城路街道党工委');
  const furong = t.community(street, '芙蓉街社区党委').withGrids(2);
  const qushui = t.community(street, '曲水亭社区党委').withGrids(1);
  const moving = furong.grids[1];
  const member = t.member(moving, { name: '王芳', category: 'DIRECT' });
  const school = t.unit(furong.org, { name: '芙蓉街小学', kind: 'SCHOOL' });
  const need = t.need(moving, { title: '楼道清理', category: 'ENVIRONMENT', quantity: 5, unitOfMeasure: 'PEOPLE' });
  const claim = t.claim(need, { type: 'RESIDENT_UNIT', id: school._id }, 2);
  // What each community offers its own, and the small wishes of each community and each street.
  const clinic = t.unit(qushui.org, { name: '曲水亭社区卫生服务站', kind: 'PUBLIC_INSTITUTION' });
  const checkups = t.offer(clinic, { title: '义诊服务', category: 'MEDICAL', capacity: 20, unitOfMeasure: 'SESSIONS', visibility: 'COMMUNITY' });
  const legalAid = t.offer(school, { title: '法律咨询', category: 'LEGAL_AID', capacity: 20, unitOfMeasure: 'SESSIONS', visibility: 'COMMUNITY' });
  const wish = (owner: typeof street, title: string, visibility: 'COMMUNITY' | 'STREET') =>
    t.need(owner, { title, category: 'FUNDS', quantity: 10, unitOfMeasure: 'YUAN', smallWish: true, visibility });
  const schoolBag = wish(qushui.org, '书包', 'COMMUNITY');
  const deskLamp = wish(furong.org, '台灯', 'COMMUNITY');
  const winterCoats = wish(street, '冬衣', 'STREET');
  // A second street, and a community of the first that will move to it with its units and members.
  const district = t.organizations.find((o) => o.kind === 'DISTRICT')!;
  const daming = t.street('大明湖街道党工委');
  const books = wish(daming, '图书', 'STREET');
  const baihua = t.community(street, '百花洲社区党委').withGrids(1);
  const library = t.unit(baihua.org, { name: '百花洲书院', kind: 'SOCIAL_ORGANIZATION' });
  const resident = t.member(baihua.org, { name: '赵敏', category: 'DIRECT' });
  const reporting = t.member(furong.grids[0], { name: '李强', category: 'EMPLOYED', reportsToId: baihua.org._id, reportedAt: new Date('2026-03-01T00:00:00Z') });
  const reading = t.activity(baihua.org, { title: '读书会', startsAt: new Date(Date.now() + 86_400_000), endsAt: new Date(Date.now() + 90_000_000), capacity: 30 });
  const readingSignUp = t.signUp(reading, resident);
  const tokens = {} as Record<'street' | 'district' | 'furong' | 'qushui' | 'worker' | 'wang' | 'library' | 'resident' | 'reporting', string>;
  /** Servers beside the stack's, over the same databases, started before any move (see the last tests). */
  let replica: TestStack;

  const titles = async (token: string, org: { _id: unknown }, list: 'needs' | 'offers', on = stack) =>
    dataOf(
      await on.query<{ organization: Record<string, { nodes: { title: string }[] } | null> | null }, object>(
        `query($id: ID!) { organization(id: $id) { ${list}(inTerritory: true, first: 20) { nodes { title } } } }`,
        { id: String(org._id) },
        token,
      ),
    )
      .organization![list]!.nodes.map((n) => n.title)
      .sort();
  const needsOf = (token: string, org: { _id: unknown }, on = stack) => titles(token, org, 'needs', on);
  const offersOf = (token: string, org: { _id: unknown }, on = stack) => titles(token, org, 'offers', on);
  /** The codes a claim of one on `item` is refused with ([] when it is made). */
  const claimOne = async (token: string, item: { _id: unknown }, on = stack) =>
    dataOf(
      await on.query<{ claimItem: { errors: { code: string }[] } }, object>(
        `mutation($id: ID!) { claimItem(input: { itemId: $id, quantity: 1 }) { errors { code } } }`,
        { id: String(item._id) },
        token,
      ),
    ).claimItem.errors.map((e) => e.code);
  /** A resident's request raised in the app in `grid`: [] when raised, else the code it is refused with. */
  const raiseIn = async (token: string, grid: { _id: unknown }) => {
    const raised = await stack.query<{ raiseRequest: { errors: { code: string }[] } }, object>(
      `mutation($g: ID!) { raiseRequest(input: { gridId: $g, category: REPAIRS, channel: APP, description: "楼道灯不亮" }) { errors { code } } }`,
      { g: String(grid._id) },
      token,
    );
    return raised.errors?.length ? raised.errors.map((e) => e.extensions?.code) : raised.data!.raiseRequest.errors.map((e) => e.code);
  };

  beforeAll(async () => {
    stack = await startTestStack({ territory: t });
    replica = await startTestStack({ over: stack, env: { TERRITORY_MOVES_REFRESH_SECONDS: '1' } });
    // Every token is issued before any move, and is not issued again.
    const sign = tokensFor(stack.auth);
    Object.assign(
      tokens,
      await signed({
        street: sign.forOrganization('STREET_ADMIN', street),
        district: sign.forOrganization('STREET_ADMIN', district),
        furong: sign.forOrganization('COMMUNITY_ADMIN', furong.org),
        qushui: sign.forOrganization('COMMUNITY_ADMIN', qushui.org),
        worker: sign.forOrganization('GRID_WORKER', moving),
        wang: sign.member(member, moving),
        library: sign.unitAdmin(library),
        resident: sign.member(resident, baihua.org),
        reporting: sign.member(reporting, furong.grids[0], baihua.org),
      }),
    );
    expect(await needsOf(tokens.furong, furong.org)).toEqual(['台灯', '楼道清理']);
    // Before the move the grid's worker sees what its community offers, not what another does.
    expect(await offersOf(tokens.worker, furong.org)).toEqual(['法律咨询']);
    expect(await offersOf(tokens.worker, qushui.org)).toEqual([]);
  });
  afterAll(async () => {
    await replica?.stop();
    await stack?.stop();
  });

  it('gives the grid a code under its new community and the old one its free code back', async () => {
    const moved = dataOf(await stack.query<MoveOut, object>(MOVE, { id: String(moving._id), parentId: String(qushui.org._id) }, tokens.street)).moveOrganization;
    expect(moved.errors).toEqual([]);
    expect(moved.organization!.territoryCode.startsWith(qushui.org.territoryCode)).toBe(true);
    expect(moved.organization!.ancestors.map((a) => a.id).at(-1)).toBe(String(qushui.org._id));
    const created = dataOf(
      await stack.query<{ createOrganization: { errors: { code: string }[] } }, object>(
        `mutation($p: ID!) { createOrganization(input: { parentId: $p, name: "芙蓉街第三网格党支部", kind: GRID }) { errors { code } } }`,
        { p: String(furong.org._id) },
        tokens.furong,
      ),
    ).createOrganization;
    expect(created.errors).toEqual([]);
  });

  it("takes its members, needs, claims and requests along: the new community sees and decides them, the old one no longer", async () => {
    expect(await needsOf(tokens.qushui, qushui.org)).toEqual(['书包', '楼道清理']);
    expect(await needsOf(tokens.furong, furong.org)).toEqual(['台灯']);
    const { Member } = stack.models.members;
    const { Item, Claim } = stack.models.services;
    const path = [...qushui.org.ancestorIds, qushui.org._id, moving._id].map(String);
    expect((await Member.findById(member._id).lean())!.territoryPath.map(String)).toEqual(path);
    const item = (await Item.findById(need._id).lean())!;
    expect([item.territoryPath.map(String), String(item.communityId), String(item.visibleWithin)]).toEqual([path, String(qushui.org._id), String(qushui.org._id)]);
    expect((await Claim.findById(claim._id).lean())!.territoryPath.map(String)).toEqual(path);
    // The new community's committee accepts the claim on the grid's need.
    const accepted = dataOf(
      await stack.query<{ acceptClaim: { errors: { code: string }[]; claim: { status: string } | null } }, object>(
        `mutation($id: ID!) { acceptClaim(id: $id) { claim { status } errors { code } } }`,
        { id: String(claim._id) },
        tokens.qushui,
      ),
    ).acceptClaim;
    expect(accepted).toEqual({ claim: { status: 'ACCEPTED' }, errors: [] });
  });

  it('can be repeated: the same move again changes nothing and completes what a failure left', async () => {
    const again = dataOf(await stack.query<MoveOut, object>(MOVE, { id: String(moving._id), parentId: String(qushui.org._id) }, tokens.street)).moveOrganization;
    expect(again.errors).toEqual([]);
    expect(await needsOf(tokens.qushui, qushui.org)).toEqual(['书包', '楼道清理']);
  });

  it("takes the grid's people along: tokens issued before the move act under the new community, no longer in the old one", async () => {
    // The grid's worker: its grid's needs are in its new community's list, with what that community offers.
    expect(await needsOf(tokens.worker, qushui.org)).toEqual(['书包', '楼道清理']);
    expect(await offersOf(tokens.worker, qushui.org)).toEqual(['义诊服务']);
    expect(await claimOne(tokens.worker, checkups)).toEqual([]);
    // The old community's are out of its sight and reach.
    expect(await offersOf(tokens.worker, furong.org)).toEqual([]);
    expect(await claimOne(tokens.worker, legalAid)).toEqual(['NOT_VISIBLE']);
    // A member of the grid: the new community's small wishes and grids, no longer the old one's.
    expect(await claimOne(tokens.wang, schoolBag)).toEqual([]);
    expect(await raiseIn(tokens.wang, qushui.grids[0])).toEqual([]);
    expect(await claimOne(tokens.wang, deskLamp)).toEqual(['NOT_VISIBLE']);
    expect(await raiseIn(tokens.wang, furong.grids[0])).toEqual(['FORBIDDEN']);
  });

  it("takes a community's people along to its new street: its units' admins, its members and those who reported to it", async () => {
    // Before: the first street's small wishes are theirs, the second street's are not.
    for (const token of [tokens.library, tokens.resident, tokens.reporting]) expect(await claimOne(token, books)).toEqual(['NOT_VISIBLE']);
    expect(await claimOne(tokens.library, winterCoats)).toEqual([]);
    const moved = dataOf(await stack.query<MoveOut, object>(MOVE, { id: String(baihua.org._id), parentId: String(daming._id) }, tokens.district)).moveOrganization;
    expect(moved.errors).toEqual([]);
    expect(await claimOne(tokens.library, books)).toEqual([]);
    expect(await claimOne(tokens.resident, books)).toEqual([]);
    // 双报到: the community they reported to moved, and what they may do there went with it.
    expect(await claimOne(tokens.reporting, books)).toEqual([]);
    expect(await claimOne(tokens.resident, winterCoats)).toEqual(['NOT_VISIBLE']);
    // A member whose own community stayed keeps its street.
    expect(await claimOne(tokens.wang, winterCoats)).toEqual([]);
    // Its activities go with it (the new street reads them by its key), and so do their sign-ups.
    const path = [...district.ancestorIds, district._id, daming._id, baihua.org._id].map(String);
    const activity = (await stack.models.services.Activity.findById(reading._id).lean())!;
    expect([activity.territoryPath.map(String), String(activity.streetId), activity.organiser.path.map(String)]).toEqual([path, String(daming._id), path]);
    const signUp = (await stack.models.services.SignUp.findById(readingSignUp._id).lean())!;
    expect([signUp.territoryPath.map(String), signUp.participantPath.map(String)]).toEqual([path, path]);
  });

  it('still reads tokens through the moves after a restart: servers started anew over the same databases', async () => {
    const restarted = await startTestStack({ over: stack });
    try {
      expect(await offersOf(tokens.worker, qushui.org, restarted)).toEqual(['义诊服务']);
      expect(await offersOf(tokens.worker, furong.org, restarted)).toEqual([]);
      expect(await needsOf(tokens.library, daming, restarted)).toEqual(['图书']);
      expect(await claimOne(tokens.library, winterCoats, restarted)).toEqual(['NOT_VISIBLE']);
    } finally {
      await restarted.stop();
    }
  });

  it('reaches a replica that was not told of the moves when it reads the record again', async () => {
    // Started before the moves; a move was told to the stack's servers only (TERRITORY_MOVES_REFRESH_SECONDS=1 here).
    // Waits for the last move (the community's) to be read; the grid's was recorded before it.
    await waitFor(async () => (await needsOf(tokens.library, daming, replica)).includes('图书'));
    expect(await claimOne(tokens.library, winterCoats, replica)).toEqual(['NOT_VISIBLE']);
    expect(await offersOf(tokens.worker, qushui.org, replica)).toEqual(['义诊服务']);
    expect(await offersOf(tokens.worker, furong.org, replica)).toEqual([]);
  });

  it('lets no one bring copies where the tree does not have them', async () => {
    // Straight to a subgraph: the path comes from the tree, and only a committee over the grid may ask.
    const asFurong = await stack.querySubgraph('services', `mutation($id: ID!) { syncServicesTerritory(organizationId: $id) }`, { id: String(moving._id) }, tokens.furong);
    expect(asFurong.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const asQushui = await stack.querySubgraph<{ syncServicesTerritory: number }>('services', `mutation($id: ID!) { syncServicesTerritory(organizationId: $id) }`, { id: String(moving._id) }, tokens.qushui);
    expect(asQushui.data?.syncServicesTerritory).toBe(0);
  });
});

/** Polls `check` until it holds (a few seconds at most). */
async function waitFor(check: () => Promise<boolean>, ms = 10_000): Promise<void> {
  for (const until = Date.now() + ms; !(await check()); ) {
    if (Date.now() > until) throw new Error('did not happen in time');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
