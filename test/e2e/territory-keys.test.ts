import { createLogger } from '../../platform/server/logger';
import { TerritoryDirectory } from '../../platform/rules/territory';
import { TerritoryBuilder } from '../../seed/builder';
import { itemsNeedStamping, stampTerritoryKeys } from '../../subgraphs/services/app/territory-keys';
import { tokensFor } from '../support/principals';
import { dataOf, startTestStack, type TestStack } from '../support/stack';

/**
 * A street's and a community's lists are read by the street and community stamped on each item; a
 * grid's by its path. Items from before the keys were kept are stamped once, at start-up.
 */
describe("a territory's lists", () => {
  let stack: TestStack;
  let token: string;
  const t = new TerritoryBuilder();
  const street = t.street('泉城路街道党工委');
  const furong = t.community(street, '芙蓉街社区党委').withGrids(2);
  const qushui = t.community(street, '曲水亭社区党委').withGrids(1);
  const unit = t.unit(qushui.org, { name: '曲水亭物业', kind: 'PROPERTY_COMPANY' });
  const publishedBy = [street, furong.org, furong.grids[0], furong.grids[1], qushui.org, qushui.grids[0]];
  publishedBy.forEach((org, i) => t.need(org, { title: `需求${i}`, category: 'VOLUNTEERS', quantity: 3, unitOfMeasure: 'PEOPLE', visibility: 'STREET' }));
  t.offer(unit, { title: '物业维修', category: 'REPAIRS', capacity: 5, unitOfMeasure: 'PEOPLE' });

  const titles = async (id: unknown, list: 'needs' | 'offers' = 'needs') => {
    const query = `query($id: ID!) { organization(id: $id) { ${list}(inTerritory: true, first: 100) { nodes { title } } } }`;
    const nodes = (dataOf(await stack.query<{ organization: Record<string, { nodes: { title: string }[] }> }, object>(query, { id: String(id) }, token)).organization[list]).nodes;
    return nodes.map((n) => n.title).sort();
  };
  const expected = async () => ({
    street: await titles(street._id),
    furong: await titles(furong.org._id),
    grid: await titles(furong.grids[1]._id),
    offers: await titles(qushui.org._id, 'offers'),
  });
  const whole = {
    street: ['需求0', '需求1', '需求2', '需求3', '需求4', '需求5'],
    furong: ['需求1', '需求2', '需求3'],
    grid: ['需求3'],
    offers: ['物业维修'],
  };

  beforeAll(async () => {
    stack = await startTestStack({ territory: t });
    token = await tokensFor(stack.auth).forOrganization('STREET_ADMIN', street);
  });
  afterAll(() => stack?.stop());

  it("lists a street's, a community's and a grid's items", async () => {
    expect(await expected()).toEqual(whole);
  });

  it('stamps its street and community on an item published through the graph', async () => {
    const grid = furong.grids[0];
    const admin = await tokensFor(stack.auth).forOrganization('COMMUNITY_ADMIN', furong.org);
    const published = dataOf(
      await stack.query<{ publishNeed: { item: { id: string } | null } }, object>(
        `mutation($by: ID!) { publishNeed(input: { postedBy: { type: ORGANIZATION, id: $by }, title: "新需求", category: VOLUNTEERS, quantity: 2, unitOfMeasure: PEOPLE }) { item { id } } }`,
        { by: String(grid._id) },
        admin,
      ),
    ).publishNeed.item!;
    const item = (await stack.models.services.Item.findById(published.id).lean())!;
    expect([String(item.streetId), String(item.communityId)]).toEqual([String(street._id), String(furong.org._id)]);
    expect(await titles(furong.org._id)).toContain('新需求');
    await stack.models.services.Item.deleteOne({ _id: published.id });
  });

  it('stamps items from before the keys were kept, once, and then lists them again', async () => {
    const { Item } = stack.models.services;
    await Item.updateMany({}, { $unset: { streetId: 1, communityId: 1 } });
    await Item.db.collection('migrations').deleteMany({});
    // Unstamped, a street or community list misses them (a grid's, read by path, does not).
    expect((await expected()).street).toEqual([]);
    expect(await itemsNeedStamping(stack.models.services)).toBe(true);
    const directory = new TerritoryDirectory(stack.subgraphUrls);
    const logger = createLogger('silent', 'test');
    expect(await stampTerritoryKeys(stack.models.services, directory, logger)).toBe(7);
    expect(await expected()).toEqual(whole);
    expect(await stampTerritoryKeys(stack.models.services, directory, logger)).toBe(0);
    expect(await itemsNeedStamping(stack.models.services)).toBe(false);
  });
});
