import { TerritoryBuilder } from '../../seed/builder';
import {
  CommunityOverviewDocument,
  MembersPageDocument,
  type MembersPageQuery,
  MemberWithEmployerDocument,
  NeedWithPosterDocument,
  OfferWithProviderDocument,
  StreetCommunitiesDocument,
  SubtreeDocument,
} from '../generated/operations';
import { tokensFor } from '../support/principals';
import { dataOf, startTestStack, type TestStack } from '../support/stack';

/**
 * The whole graph, end to end: real subgraph servers and the real gateway
 * over HTTP, on the embedded database, with a small territory built for it.
 */
describe('the co-building graph through the gateway', () => {
  let stack: TestStack;
  const t = new TerritoryBuilder();
  const street = t.street('泉城路街道党工委');
  const furong = t.community(street, '芙蓉街社区党委').withGrids(3);
  const qushui = t.community(street, '曲水亭社区党委').withGrids(2);
  const school = t.unit(furong.org, { name: '芙蓉街小学', kind: 'SCHOOL', capabilities: ['EDUCATION', 'VENUE'] });
  const clinic = t.unit(furong.org, { name: '芙蓉街社区卫生服务中心', kind: 'HOSPITAL', capabilities: ['MEDICAL'] });
  t.unit(qushui.org, { name: '曲水亭物业服务有限公司', kind: 'PROPERTY_COMPANY' });
  const teacher = t.member(furong.org, { name: '王芳', category: 'EMPLOYED', employerId: school._id, reportsToId: furong.org._id });
  const communityMembers = [teacher, ...Array.from({ length: 11 }, (_, i) => t.member(furong.org, { name: `党员${i + 1}` }))];
  t.member(qushui.org, { name: '李强' });
  const checkups = t.need(furong.org, { title: '高龄老人上门巡诊', category: 'MEDICAL', quantity: 6, unitOfMeasure: 'SESSIONS', urgency: 'HIGH', deadline: new Date('2026-12-31T00:00:00Z') });
  const done = t.need(furong.org, { title: '已完成的需求', category: 'REPAIRS', quantity: 1, unitOfMeasure: 'HOURS' });
  t.claim(done, { type: 'RESIDENT_UNIT', id: school._id }, 1, 'DELIVERED');
  t.need(qushui.org, { title: '课后托管', category: 'CHILD_CARE', quantity: 40, unitOfMeasure: 'HOURS' });
  const clinicDays = t.offer(clinic, { title: '每月义诊', category: 'MEDICAL', capacity: 12, unitOfMeasure: 'SESSIONS' });
  t.offer(school, { title: '操场周末开放', category: 'VENUE', capacity: 2000, unitOfMeasure: 'SQUARE_METRES' });

  let streetAdmin: string;
  beforeAll(async () => {
    stack = await startTestStack({ territory: t });
    // The lists are visible to the signed-in inside their territory: read as the street's committee.
    streetAdmin = await tokensFor(stack.auth).forOrganization('STREET_ADMIN', street);
  });
  afterAll(() => stack?.stop());

  it('answers one request that crosses all four subgraphs', async () => {
    const { organization } = dataOf(await stack.query(CommunityOverviewDocument, { id: String(furong.org._id), first: 20 }, streetAdmin));

    expect(organization).toMatchObject({ name: '芙蓉街社区党委', kind: 'COMMUNITY', parent: { name: '泉城路街道党工委', kind: 'STREET' } });
    expect(organization!.ancestors.map((a) => a.kind)).toEqual(['CITY', 'DISTRICT', 'STREET']);
    // members → resident-units: the employer is resolved by the units' subgraph.
    expect(organization!.members!.nodes).toHaveLength(12);
    expect(organization!.members!.nodes.find((m) => m.name === '王芳')).toMatchObject({
      category: 'EMPLOYED',
      employer: { name: '芙蓉街小学', kind: 'SCHOOL' },
    });
    // resident-units → services: each unit's resource list.
    const units = Object.fromEntries(organization!.residentUnits!.nodes.map((u) => [u.name, u]));
    expect(Object.keys(units).sort()).toEqual(['芙蓉街社区卫生服务中心', '芙蓉街小学'].sort());
    expect(units['芙蓉街社区卫生服务中心'].offers!.nodes).toEqual([
      { id: String(clinicDays._id), title: '每月义诊', category: 'MEDICAL', capacity: 12, unitOfMeasure: 'SESSIONS' },
    ]);
    // services: only the open needs, with the poster resolved back in organizations.
    expect(organization!.needs!.nodes).toEqual([
      {
        id: String(checkups._id),
        title: '高龄老人上门巡诊',
        category: 'MEDICAL',
        quantity: 6,
        unitOfMeasure: 'SESSIONS',
        urgency: 'HIGH',
        deadline: '2026-12-31T00:00:00.000Z',
        postedBy: { id: String(furong.org._id), name: '芙蓉街社区党委' },
      },
    ]);
  });

  it('pages through a list with cursors, every item exactly once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const result: MembersPageQuery = dataOf(await stack.query(MembersPageDocument, { id: String(furong.org._id), first: 5, after }, streetAdmin));
      const page = result.organization!.members!;
      seen.push(...page.nodes.map((m) => m.name));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor! : null;
      pages++;
    } while (after);
    expect(pages).toBe(3);
    expect(seen).toEqual(communityMembers.map((m) => m.name));
  });

  it('finds a subtree by kind in one indexed query, with all the parents in one more', async () => {
    stack.resetCommands();
    const { organizations } = dataOf(await stack.query(SubtreeDocument, { within: String(street._id), kind: 'GRID', first: 10 }));
    expect(organizations.edges.map((e) => e.node.parent!.id).sort()).toEqual(
      [...furong.grids, ...qushui.grids].map((g) => String(g.parentId)).sort(),
    );
    expect(stack.commands().organizations).toEqual({ find: 2 });
  });

  it('resolves every entity from any side of the graph', async () => {
    const need = dataOf(await stack.query(NeedWithPosterDocument, { id: String(checkups._id) }, streetAdmin)).need!;
    expect(need.postedBy).toMatchObject({ __typename: 'Organization' });
    expect(need.postedBy?.__typename === 'Organization' && need.postedBy.residentUnits!.nodes.map((u) => u.name)).toContain('芙蓉街小学');

    const offer = dataOf(await stack.query(OfferWithProviderDocument, { id: String(clinicDays._id) }, streetAdmin)).offer!;
    expect(offer.provider).toMatchObject({ name: '芙蓉街社区卫生服务中心', community: { name: '芙蓉街社区党委' } });

    const member = dataOf(await stack.query(MemberWithEmployerDocument, { id: String(teacher._id) }, streetAdmin)).member!;
    expect(member).toMatchObject({
      organization: { name: '芙蓉街社区党委' },
      reportsTo: { name: '芙蓉街社区党委' },
      employer: { name: '芙蓉街小学', offers: { nodes: [{ title: '操场周末开放' }] } },
    });
  });

  it('answers null for an id that does not exist', async () => {
    const response = await stack.query(NeedWithPosterDocument, { id: '000000000000000000000000' }, streetAdmin);
    expect(response.errors).toBeUndefined();
    expect(response.data!.need).toBeNull();
  });

  it('batches list fields: one query per subgraph per step, however many parents', async () => {
    stack.resetCommands();
    const { organization } = dataOf(await stack.query(StreetCommunitiesDocument, { id: String(street._id), first: 10 }, streetAdmin));
    expect(organization!.children.nodes.map((c) => c.name)).toEqual(['芙蓉街社区党委', '曲水亭社区党委']);
    expect(organization!.children.nodes[1].members!.nodes.map((m) => m.name)).toEqual(['李强']);
    const commands = stack.commands();
    // The street by id, then its children: two finds. Members, units and needs of both
    // communities: one find each, not one per community.
    expect(commands.organizations).toEqual({ find: 2 });
    expect(commands.members).toEqual({ find: 1 });
    expect(commands['resident-units']).toEqual({ find: 1 });
    expect(commands.services).toEqual({ find: 1 });
  });

  it('rejects a page size out of range and a forged cursor with BAD_USER_INPUT', async () => {
    for (const [first, after] of [[0, null], [101, null], [5, 'not-a-cursor']] as const) {
      const response = await stack.query(MembersPageDocument, { id: String(furong.org._id), first, after }, streetAdmin);
      expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('answers a health check on every server', async () => {
    for (const url of [stack.gatewayUrl, ...Object.values(stack.subgraphUrls)]) {
      const response = await fetch(url.replace(/\/graphql$/, '/health'));
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ status: 'ok' });
    }
  });
});
