import { Kind, parse, type ObjectTypeDefinitionNode } from 'graphql';
import { TerritoryBuilder } from '../../seed/builder';
import { decideAccept, decideTransfer } from '../../subgraphs/services/domain/requests/lifecycle';
import { tokensFor } from '../support/principals';
import { startTestStack, type TestStack } from '../support/stack';

/**
 * Each subgraph on its own, over HTTP, as the gateway sees it: its SDL
 * through `_service`, and `_entities` for every key it owns or extends.
 */
describe('subgraphs answer the federation protocol', () => {
  let stack: TestStack;
  const t = new TerritoryBuilder();
  const street = t.street('泉城路街道党工委');
  const community = t.community(street, '百花洲社区党委').withGrids(1);
  const unit = t.unit(community.org, { name: '百花洲养老服务中心', kind: 'SOCIAL_ORGANIZATION', capabilities: ['ELDER_CARE'] });
  const member = t.member(community.grids[0], { name: '赵敏', category: 'DUAL', employerId: unit._id });
  const need = t.need(community.org, { title: '助餐志愿者', category: 'ELDER_CARE', quantity: 5, unitOfMeasure: 'PEOPLE' });
  const offer = t.offer(unit, { title: '上门助浴', category: 'ELDER_CARE', capacity: 30, unitOfMeasure: 'HOURS' });
  const request = t.request(community.grids[0], { category: 'REPAIRS', description: '单元门门禁损坏', receivedAt: new Date('2026-06-01T02:00:00Z') });
  const activity = t.activity(community.org, { title: '重阳节敬老', startsAt: new Date(Date.now() + 86_400_000), endsAt: new Date(Date.now() + 90_000_000), capacity: 20 });
  t.signUp(activity, member);
  const seat = t.seat(community.org, member);
  const meeting = t.jointMeeting(community.org, { title: '联席会议', scheduledAt: new Date('2026-06-01T02:00:00Z') });
  const decision = t.meetingDecision(meeting, { text: '开放活动室', dueOn: new Date('2026-07-01T00:00:00Z') });
  // An annual review of last year: the unit reported and its employee, who reported to the community (双报到), served there.
  const reviewed = t.member(community.org, { name: '孙丽', category: 'EMPLOYED', employerId: unit._id, reportsToId: community.org._id });
  t.service(reviewed, { hours: 3, servedOn: new Date('2025-05-01T02:00:00Z'), territoryPath: [...community.org.ancestorIds, community.org._id] });
  const review = t.reviewRound(community.org, { year: 2025, parties: [unit], raters: [{ member, kind: 'COMMITTEE_MEMBER' }], openedAt: new Date('2025-12-20T02:00:00Z') });
  t.reviewReport(review.parties[0], '全年开展助老服务,员工到社区报到服务。', new Date('2025-12-25T02:00:00Z'));
  // A street's department (职能部门), to which a request of last year was handed on (转办).
  const department = t.department(street, '泉城路街道综合行政执法中队');
  const otherDepartment = t.department(street, '泉城路市场监管所');
  const lastYear = new Date('2025-06-01T02:00:00Z');
  const handedOn = t.request(community.grids[0], { category: 'OTHER', description: '占道经营堵塞通道', receivedAt: lastYear }, [
    (s) => decideAccept(s, { organizationId: String(community.org._id), path: [...community.org.ancestorIds, community.org._id].map(String), subject: 'seed' }, lastYear),
    (s) => decideTransfer(s, { organizationId: String(department._id), path: [String(street._id), String(department._id)], subject: 'seed' }, '属综合执法事项', 'seed', lastYear),
  ]);
  const agreement = t.agreement(unit, community.org, { startsOn: new Date(Date.now() - 10 * 86_400_000), expiresOn: new Date(Date.now() + 300 * 86_400_000), status: 'ACTIVE' });
  const missing = '0123456789abcdef01234567';

  beforeAll(async () => {
    stack = await startTestStack({ territory: t });
    // Needs and offers are visible to the signed-in inside their territory only.
    token = await tokensFor(stack.auth).forOrganization('COMMUNITY_ADMIN', community.org);
  });
  afterAll(() => stack?.stop());

  let token: string;
  const entities = (subgraph: Parameters<TestStack['querySubgraph']>[0], typename: string, ids: string[], selection: string) =>
    stack.querySubgraph<{ _entities: unknown[] }>(
      subgraph,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${typename} { ${selection} } } }`,
      { r: ids.map((id) => ({ __typename: typename, id })) },
      token,
    );

  it.each([
    ['organizations', ['CommitteeSeat', 'JointMeeting', 'MeetingDecision', 'Member', 'Organization', 'ResidentUnit', 'ReviewParty', 'ReviewRound', 'Statistics']],
    ['members', ['Activity', 'Member', 'Need', 'Organization', 'Project', 'ResidentUnit', 'ReviewRecord', 'ServiceRecord', 'Statistics']],
    ['resident-units', ['Agreement', 'Organization', 'ResidentUnit', 'ReviewRecord']],
    ['services', ['Activity', 'Agreement', 'Claim', 'Invitation', 'MeetingDecision', 'Member', 'Need', 'Offer', 'Organization', 'Project', 'Request', 'ResidentUnit', 'ReviewRecord', 'Statistics']],
  ] as const)('%s publishes its SDL through _service, with the entities it keys', async (name, entities) => {
    const response = await stack.querySubgraph<{ _service: { sdl: string } }>(name, '{ _service { sdl } }');
    const keyed = parse(response.data!._service.sdl)
      .definitions.filter((d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION)
      .filter((d) => d.directives?.some((x) => x.name.value === 'key'))
      .map((d) => d.name.value);
    expect(keyed.sort()).toEqual([...entities]);
  });

  it('organizations resolves Organization references, null for an unknown id', async () => {
    const response = await entities('organizations', 'Organization', [String(community.org._id), missing, String(street._id)], 'name kind');
    expect(response.data!._entities).toEqual([
      { name: '百花洲社区党委', kind: 'COMMUNITY' },
      null,
      { name: '泉城路街道党工委', kind: 'STREET' },
    ]);
  });

  it('members resolves Member references and adds members to Organization', async () => {
    expect((await entities('members', 'Member', [String(member._id), missing], 'name category employer { id }')).data!._entities).toEqual([
      { name: '赵敏', category: 'DUAL', employer: { id: String(unit._id) } },
      null,
    ]);
    const orgs = await entities('members', 'Organization', [String(community.grids[0]._id), String(street._id)], 'members(first: 5) { nodes { name } }');
    expect(orgs.data!._entities).toEqual([{ members: { nodes: [{ name: '赵敏' }] } }, { members: { nodes: [] } }]);
  });

  it('resident-units resolves ResidentUnit references and adds units to Organization', async () => {
    expect((await entities('resident-units', 'ResidentUnit', [String(unit._id), missing], 'name kind capabilities community { id }')).data!._entities).toEqual([
      { name: '百花洲养老服务中心', kind: 'SOCIAL_ORGANIZATION', capabilities: ['ELDER_CARE'], community: { id: String(community.org._id) } },
      null,
    ]);
    const orgs = await entities('resident-units', 'Organization', [String(community.org._id)], 'residentUnits(first: 5) { nodes { name } }');
    expect(orgs.data!._entities).toEqual([{ residentUnits: { nodes: [{ name: '百花洲养老服务中心' }] } }]);
  });

  it('services resolves Need and Offer references and adds lists to Organization and ResidentUnit', async () => {
    expect((await entities('services', 'Need', [String(need._id), missing], 'title quantity postedBy { ... on Organization { id } }')).data!._entities).toEqual([
      { title: '助餐志愿者', quantity: 5, postedBy: { id: String(community.org._id) } },
      null,
    ]);
    expect((await entities('services', 'Offer', [String(offer._id)], 'title capacity provider { ... on ResidentUnit { id } }')).data!._entities).toEqual([
      { title: '上门助浴', capacity: 30, provider: { id: String(unit._id) } },
    ]);
    expect((await entities('services', 'Organization', [String(community.org._id)], 'needs(first: 5) { nodes { title } }')).data!._entities).toEqual([
      { needs: { nodes: [{ title: '助餐志愿者' }] } },
    ]);
    expect((await entities('services', 'ResidentUnit', [String(unit._id)], 'offers(first: 5) { nodes { title } }')).data!._entities).toEqual([
      { offers: { nodes: [{ title: '上门助浴' }] } },
    ]);
  });

  it('services resolves Request and Statistics references (the statistics checked for the caller)', async () => {
    expect((await entities('services', 'Request', [String(request._id), missing], 'description status grid { id }')).data!._entities).toEqual([
      { description: '单元门门禁损坏', status: 'RECEIVED', grid: { id: String(community.grids[0]._id) } },
      null,
    ]);
    const statistics = await stack.querySubgraph<{ _entities: { requests: { received: number } }[] }>(
      'services',
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Statistics { requests { received } } } }`,
      { r: [{ __typename: 'Statistics', organizationId: String(community.org._id), from: '2026-01-01T00:00:00Z', to: '2027-01-01T00:00:00Z' }] },
      token,
    );
    expect(statistics.data!._entities).toEqual([{ requests: { received: 1 } }]);
  });

  it('resolves a department as an Organization, and a Request handed on to it for its admins only', async () => {
    expect((await entities('organizations', 'Organization', [String(department._id)], 'name kind parent { id }')).data!._entities).toEqual([
      { name: '泉城路街道综合行政执法中队', kind: 'DEPARTMENT', parent: { id: String(street._id) } },
    ]);
    const sign = tokensFor(stack.auth);
    const asDepartment = async (org: typeof department) =>
      (
        await stack.querySubgraph<{ _entities: unknown[] }>(
          'services',
          `query($r: [_Any!]!) { _entities(representations: $r) { ... on Request { handledBy { id } transfers { reason } } } }`,
          { r: [{ __typename: 'Request', id: String(handedOn._id) }] },
          await sign.forOrganization('DEPARTMENT_ADMIN', org),
        )
      ).data!._entities;
    expect(await asDepartment(department)).toEqual([{ handledBy: { id: String(department._id) }, transfers: [{ reason: '属综合执法事项' }] }]);
    expect(await asDepartment(otherDepartment)).toEqual([null]);
  });

  it("services resolves Agreement references with how their commitments are kept (the agreement read from resident-units with the caller's token)", async () => {
    expect((await entities('services', 'Agreement', [String(agreement._id), missing], 'fulfilment { onTrack commitments { kind promised delivered } }')).data!._entities).toEqual([
      { fulfilment: { onTrack: false, commitments: [{ kind: 'VOLUNTEER_HOURS', promised: 100, delivered: 0 }] } },
      { fulfilment: null },
    ]);
  });

  it('services resolves Activity references and adds activities to Organization and Member', async () => {
    expect((await entities('services', 'Activity', [String(activity._id), missing], 'title capacity remainingPlaces organiser { ... on Organization { id } }')).data!._entities).toEqual([
      { title: '重阳节敬老', capacity: 20, remainingPlaces: 19, organiser: { id: String(community.org._id) } },
      null,
    ]);
    expect((await entities('services', 'Organization', [String(community.org._id)], 'activities(first: 5) { nodes { title } }')).data!._entities).toEqual([
      { activities: { nodes: [{ title: '重阳节敬老' }] } },
    ]);
    expect((await entities('services', 'Member', [String(member._id)], 'activities(first: 5) { nodes { status activity { title } } }')).data!._entities).toEqual([
      { activities: { nodes: [{ status: 'SIGNED_UP', activity: { title: '重阳节敬老' } }] } },
    ]);
  });

  it('organizations resolves JointMeeting, MeetingDecision and Statistics references; services adds the decision\'s item', async () => {
    expect((await entities('organizations', 'JointMeeting', [String(meeting._id), missing], 'title status invitees { seat { id } attended }')).data!._entities).toEqual([
      { title: '联席会议', status: 'HELD', invitees: [{ seat: { id: String(seat._id) }, attended: true }] },
      null,
    ]);
    expect((await entities('organizations', 'MeetingDecision', [String(decision._id), missing], 'text status meeting { id }')).data!._entities).toEqual([
      { text: '开放活动室', status: 'OPEN', meeting: { id: String(meeting._id) } },
      null,
    ]);
    expect((await entities('services', 'MeetingDecision', [String(decision._id)], 'item { id }')).data!._entities).toEqual([{ item: null }]);
    const statistics = await stack.querySubgraph<{ _entities: { meetings: { held: number } }[] }>(
      'organizations',
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Statistics { meetings { held decisions } } } }`,
      { r: [{ __typename: 'Statistics', organizationId: String(community.org._id), from: '2026-01-01T00:00:00Z', to: '2027-01-01T00:00:00Z' }] },
      token,
    );
    expect(statistics.data!._entities).toEqual([{ meetings: { held: 1, decisions: 1 } }]);
  });

  it('organizations resolves ReviewRound and ReviewParty references; three subgraphs answer ReviewRecord (checked for the caller)', async () => {
    expect((await entities('organizations', 'ReviewRound', [String(review.round._id), missing], 'year status criteria { name }')).data!._entities).toEqual([
      { year: 2025, status: 'OPEN', criteria: [{ name: '履行共建协议' }, { name: '参与社区活动' }, { name: '服务群众实效' }, { name: '在职党员报到表现' }] },
      null,
    ]);
    expect((await entities('organizations', 'ReviewParty', [String(review.parties[0]._id), missing], 'type unit { id } report { figures { membersReported volunteerHours } }')).data!._entities).toEqual([
      { type: 'RESIDENT_UNIT', unit: { id: String(unit._id) }, report: { figures: { membersReported: 1, volunteerHours: 3 } } },
      null,
    ]);
    expect((await entities('organizations', 'ResidentUnit', [String(unit._id)], 'annualReviews(first: 5) { nodes { year } }')).data!._entities).toEqual([{ annualReviews: { nodes: [{ year: 2025 }] } }]);
    const record = { __typename: 'ReviewRecord', partyType: 'RESIDENT_UNIT', partyId: String(unit._id), communityId: String(community.org._id), year: 2025 };
    const ask = (subgraph: Parameters<TestStack['querySubgraph']>[0], selection: string, withToken = true) =>
      stack.querySubgraph<{ _entities: unknown[] }>(subgraph, `query($r: [_Any!]!) { _entities(representations: $r) { ... on ReviewRecord { ${selection} } } }`, { r: [record] }, withToken ? token : undefined);
    expect((await ask('services', 'claimsDelivered activitiesOrganised activitiesAttended')).data!._entities).toEqual([{ claimsDelivered: 0, activitiesOrganised: 0, activitiesAttended: 0 }]);
    expect((await ask('members', 'membersReported volunteerHours')).data!._entities).toEqual([{ membersReported: 1, volunteerHours: 3 }]);
    // The unit's agreement with the community began this year: nothing was promised for 2025.
    expect((await ask('resident-units', 'commitmentsMet')).data!._entities).toEqual([{ commitmentsMet: null }]);
    expect((await ask('members', 'membersReported', false)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('loads a batch of references in one database query', async () => {
    stack.resetCommands();
    await entities('organizations', 'Organization', [String(community.org._id), String(street._id), String(community.grids[0]._id)], 'name');
    expect(stack.commands().organizations).toEqual({ find: 1 });
  });
});
