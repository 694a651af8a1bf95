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
  const tokens = {} as Record<'street' | 'furong' | 'qushui', string>;

  const needsOf = async (token: string, org: { _id: unknown }) =>
    dataOf(
      await stack.query<{ organization: { needs: { nodes: { title: string }[] } | null } | null }, object>(
        `query($id: ID!) { organization(id: $id) { needs(inTerritory: true, first: 20) { nodes { title } } } }`,
        { id: String(org._id) },
        token,
      ),
    ).organization!.needs!.nodes.map((n) => n.title);

  beforeAll(async () => {
    stack = await startTestStack({ territory: t });
    const sign = tokensFor(stack.auth);
    Object.assign(
      tokens,
      await signed({
        street: sign.forOrganization('STREET_ADMIN', street),
        furong: sign.forOrganization('COMMUNITY_ADMIN', furong.org),
        qushui: sign.forOrganization('COMMUNITY_ADMIN', qushui.org),
      }),
    );
    expect(await needsOf(tokens.furong, furong.org)).toEqual(['楼道清理']);
  });
  afterAll(() => stack?.stop());

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
    expect(await needsOf(tokens.qushui, qushui.org)).toEqual(['楼道清理']);
    expect(await needsOf(tokens.furong, furong.org)).toEqual([]);
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
    expect(await needsOf(tokens.qushui, qushui.org)).toEqual(['楼道清理']);
  });

  it('lets no one bring copies where the tree does not have them', async () => {
    // Straight to a subgraph: the path comes from the tree, and only a committee over the grid may ask.
    const asFurong = await stack.querySubgraph('services', `mutation($id: ID!) { syncServicesTerritory(organizationId: $id) }`, { id: String(moving._id) }, tokens.furong);
    expect(asFurong.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const asQushui = await stack.querySubgraph<{ syncServicesTerritory: number }>('services', `mutation($id: ID!) { syncServicesTerritory(organizationId: $id) }`, { id: String(moving._id) }, tokens.qushui);
    expect(asQushui.data?.syncServicesTerritory).toBe(0);
  });
});
