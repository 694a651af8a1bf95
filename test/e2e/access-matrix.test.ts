import { Kind, parse, type ObjectTypeDefinitionNode } from 'graphql';
import { Types } from 'mongoose';
import { readSupergraph } from '../../platform/server/supergraph';
import type { Role } from '../../platform/auth/tokens';
import { TerritoryBuilder } from '../../seed/builder';
import { tokensFor } from '../support/principals';
import type { Outcome } from '../../platform/rules/user-errors';
import {
  decideAccept,
  decideReport,
  decideRequestExtension,
  decideEscalate,
  decideResolve,
  decideTransfer,
  decideWhistle,
  type RequestEvent,
  type RequestState,
} from '../../subgraphs/services/domain/requests/lifecycle';
import { startTestStack, type GraphQLResponse, type TestStack } from '../support/stack';

/**
 * Who may do what: every mutation and every protected field, for every role,
 * bound inside the target's territory and outside it, and anonymous.
 * "Allowed" means the request got past authorisation (it may still fail as
 * a typed user error); "refused" means a FORBIDDEN or UNAUTHENTICATED error,
 * or the refusals the claiming rules give as data (not visible, not your kind
 * of item, your own item).
 */
const t = new TerritoryBuilder();
const street = t.street('泉城路街道党工委');
const otherStreet = t.street('大明湖街道党工委');
const furong = t.community(street, '芙蓉街社区党委').withGrids(1);
const qushui = t.community(street, '曲水亭社区党委').withGrids(1);
const clinic = t.unit(furong.org, { name: '芙蓉街社区卫生服务中心', kind: 'HOSPITAL', contact: { name: '陈静', phone: '13800000001' } });
const school = t.unit(furong.org, { name: '芙蓉街小学', kind: 'SCHOOL' });
const neighbour = t.unit(qushui.org, { name: '曲水亭物业', kind: 'PROPERTY_COMPANY' });
const member = t.member(furong.grids[0], { name: '王芳', category: 'EMPLOYED', employerId: clinic._id, reportsToId: furong.org._id, phone: '13900000009', idNumber: '370102199001011231' });
const seatHolder = t.member(furong.org, { name: '赵敏' });
const outsider = t.member(qushui.grids[0], { name: '李强', category: 'EMPLOYED' });
// A department of the street (职能部门), and one of the other street.
const department = t.organization({ name: '泉城路街道城管执法中队', kind: 'DEPARTMENT' }, street);
const otherDepartment = t.organization({ name: '大明湖街道城管执法中队', kind: 'DEPARTMENT' }, otherStreet);
// The street has a time-limit table of its own: its requests below run by it. (Who reads its history — every
// signed-in of the street, which here includes the other community's callers — is in requests-handling.test.ts.)
t.timeLimits(street, [{ category: 'REPAIRS', workingDays: 2, respondHours: 8, reportInHours: 4 }], '设施维修提速');

type Who = `${Role}:${'in' | 'out'}` | 'ANONYMOUS';
const ROLES: Role[] = ['STREET_ADMIN', 'COMMUNITY_ADMIN', 'GRID_WORKER', 'UNIT_ADMIN', 'MEMBER', 'VIEWER', 'DEPARTMENT_ADMIN', 'RESIDENT'];
const EVERYONE: Who[] = [...ROLES.flatMap((r) => [`${r}:in`, `${r}:out`] as Who[]), 'ANONYMOUS'];

let year = 2000;
const DAY = 86_400_000;
const need = (fields: Partial<Parameters<typeof t.need>[1]> = {}) =>
  t.need(furong.org, { title: '助餐志愿者', category: 'ELDER_CARE', quantity: 10, unitOfMeasure: 'PEOPLE', contact: { name: '张敏', phone: '13700000003' }, ...fields });
const activeAgreement = () =>
  t.agreement(clinic, furong.org, { startsOn: new Date(Date.now() - DAY), expiresOn: new Date(Date.now() + 30 * DAY), status: 'ACTIVE' });

interface Case {
  name: string;
  allowed: Role[];
  /** For a protected field: where its value is in the answer (null there means withheld). */
  pick?: (data: Record<string, unknown>) => unknown;
  /** Allowed to its roles wherever they are bound (a caller's own inbox), not only inside the target's territory. */
  anywhere?: boolean;
  /** Builds a fresh target for one caller (called before the stack starts) and returns the operation. */
  make: () => { query: string; variables?: Record<string, unknown> };
}

const oid = (x: { _id: Types.ObjectId }) => String(x._id);
// A seat of the community's committee, invited to the joint meetings below.
const meetingSeat = t.seat(furong.org, t.member(furong.org, { name: '会议委员' }));
const scheduledMeeting = (inMs: number) => t.jointMeeting(furong.org, { title: '联席会议', scheduledAt: new Date(Date.now() + inMs), status: 'SCHEDULED' });
const heldMeeting = () => t.jointMeeting(furong.org, { title: '联席会议', scheduledAt: new Date(Date.now() - DAY) });
const clinicOffer = () => t.offer(clinic, { title: '义诊', category: 'ELDER_CARE', capacity: 10, unitOfMeasure: 'PEOPLE' });
const freshGrid = () => t.organization({ name: '新网格', kind: 'GRID' }, furong.org);
const MUTATIONS: Case[] = [
  {
    name: 'createOrganization',
    allowed: ['STREET_ADMIN', 'COMMUNITY_ADMIN'],
    make: () => ({ query: `mutation($p: ID!) { createOrganization(input: { parentId: $p, name: "第九网格党支部", kind: GRID }) { errors { code } } }`, variables: { p: oid(furong.org) } }),
  },
  {
    name: 'updateOrganization',
    allowed: ['STREET_ADMIN', 'COMMUNITY_ADMIN'],
    make: () => ({ query: `mutation($id: ID!) { updateOrganization(id: $id, input: { households: 160 }) { errors { code } } }`, variables: { id: oid(freshGrid()) } }),
  },
  {
    name: 'moveOrganization',
    allowed: ['STREET_ADMIN', 'COMMUNITY_ADMIN'],
    make: () => ({ query: `mutation($id: ID!, $p: ID!) { moveOrganization(id: $id, parentId: $p) { errors { code } } }`, variables: { id: oid(freshGrid()), p: oid(furong.org) } }),
  },
  {
    name: 'gradeOrganization',
    allowed: ['STREET_ADMIN', 'COMMUNITY_ADMIN'],
    make: () => ({ query: `mutation($id: ID!) { gradeOrganization(id: $id, year: 2025, level: ADVANCED) { errors { code } } }`, variables: { id: oid(freshGrid()) } }),
  },
  {
    name: 'addCommitteeSeat',
    allowed: ['STREET_ADMIN', 'COMMUNITY_ADMIN'],
    make: () => ({
      query: `mutation($o: ID!, $m: ID!) { addCommitteeSeat(input: { organizationId: $o, memberId: $m, role: MEMBER, partTime: false, termStart: "2026-01-01T00:00:00Z" }) { errors { code } } }`,
      variables: { o: oid(furong.org), m: oid(t.member(furong.org, { name: '新委员' })) },
    }),
  },
  {
    name: 'endCommitteeSeat',
    allowed: ['STREET_ADMIN', 'COMMUNITY_ADMIN'],
    make: () => ({ query: `mutation($id: ID!) { endCommitteeSeat(id: $id, endsOn: "2026-06-30T00:00:00Z") { errors { code } } }`, variables: { id: oid(t.seat(furong.org, seatHolder)) } }),
  },
  {
    name: 'conveneJointMeeting',
    allowed: ['STREET_ADMIN', 'COMMUNITY_ADMIN'],
    make: () => ({
      query: `mutation($o: ID!, $at: DateTime!) { conveneJointMeeting(input: { organizationId: $o, title: "联席会议", scheduledAt: $at, place: "党群服务中心", agenda: ["共建工作"] }) { errors { code } } }`,
      variables: { o: oid(furong.org), at: new Date(Date.now() + 7 * DAY).toISOString() },
    }),
  },
  {
    name: 'cancelJointMeeting',
    allowed: ['STREET_ADMIN', 'COMMUNITY_ADMIN'],
    make: () => ({ query: `mutation($id: ID!) { cancelJointMeeting(id: $id, reason: "时间冲突") { errors { code } } }`, variables: { id: oid(scheduledMeeting(7 * DAY)) } }),
  },
  {
    name: 'recordMeetingAttendance',
    allowed: ['STREET_ADMIN', 'COMMUNITY_ADMIN'],
    make: () => ({
      query: `mutation($id: ID!, $s: ID!) { recordMeetingAttendance(id: $id, attendance: [{ seatId: $s, attended: true }]) { errors { code } } }`,
      variables: { id: oid(scheduledMeeting(-DAY)), s: oid(meetingSeat) },
    }),
  },
  {
    name: 'recordMeetingMinutes',
    allowed: ['STREET_ADMIN', 'COMMUNITY_ADMIN'],
    make: () => ({ query: `mutation($id: ID!) { recordMeetingMinutes(id: $id, minutes: "会议研究了共建工作安排。") { errors { code } } }`, variables: { id: oid(scheduledMeeting(-DAY)) } }),
  },
  {
    name: 'recordMeetingDecision',
    allowed: ['STREET_ADMIN', 'COMMUNITY_ADMIN'],
    make: () => ({
      query: `mutation($m: ID!, $u: ID!, $due: DateTime!) { recordMeetingDecision(input: { meetingId: $m, text: "开放会议室", kind: TASK, owner: { type: RESIDENT_UNIT, id: $u }, dueOn: $due }) { errors { code } } }`,
      variables: { m: oid(heldMeeting()), u: oid(clinic), due: new Date(Date.now() + 30 * DAY).toISOString() },
    }),
  },
  {
    // The committee, and the decision's owner: here the clinic, whose admin follows it up.
    name: 'updateDecision',
    allowed: ['STREET_ADMIN', 'COMMUNITY_ADMIN', 'UNIT_ADMIN'],
    make: () => ({
      query: `mutation($id: ID!) { updateDecision(id: $id, input: { note: "已落实" }) { errors { code } } }`,
      variables: { id: oid(t.meetingDecision(heldMeeting(), { text: '开放会议室', dueOn: new Date(Date.now() + 30 * DAY), owner: { type: 'RESIDENT_UNIT', id: oid(clinic) } })) },
    }),
  },
  {
    name: 'registerMember',
    allowed: ['STREET_ADMIN', 'COMMUNITY_ADMIN'],
    make: () => ({ query: `mutation($o: ID!) { registerMember(input: { organizationId: $o, name: "新党员", category: DIRECT }) { errors { code } } }`, variables: { o: oid(furong.grids[0]) } }),
  },
  {
    name: 'updateMember',
    allowed: ['STREET_ADMIN', 'COMMUNITY_ADMIN'],
    make: () => ({ query: `mutation($id: ID!) { updateMember(id: $id, input: { centralHousehold: true, householdsContacted: 18 }) { errors { code } } }`, variables: { id: oid(member) } }),
  },
  {
    name: 'reportToCommunity',
    allowed: ['STREET_ADMIN', 'COMMUNITY_ADMIN', 'MEMBER'],
    make: () => ({ query: `mutation($m: ID!, $c: ID!) { reportToCommunity(memberId: $m, communityId: $c, reportedAt: "2026-03-01T00:00:00Z") { errors { code } } }`, variables: { m: oid(member), c: oid(furong.org) } }),
  },
  {
    name: 'recordService',
    allowed: ['STREET_ADMIN', 'COMMUNITY_ADMIN', 'GRID_WORKER', 'MEMBER'],
    make: () => ({ query: `mutation($m: ID!) { recordService(input: { memberId: $m, servedOn: "2026-03-01T00:00:00Z", hours: 2, description: "社区助老" }) { errors { code } } }`, variables: { m: oid(member) } }),
  },
  {
    name: 'confirmService',
    allowed: ['STREET_ADMIN', 'COMMUNITY_ADMIN'],
    make: () => ({
      query: `mutation($id: ID!) { confirmService(id: $id) { errors { code } } }`,
      variables: { id: oid(t.service(member, { hours: 2, servedOn: new Date(Date.UTC(2026, 2, 1)), confirmedBy: null, confirmedAt: null })) },
    }),
  },
  {
    name: 'sendFeedback',
    allowed: ['STREET_ADMIN', 'COMMUNITY_ADMIN'],
    make: () => ({ query: `mutation($m: ID!) { sendFeedback(input: { memberId: $m, kind: COMMENDATION, year: 2026, note: "积极参加社区服务" }) { errors { code } } }`, variables: { m: oid(member) } }),
  },
  {
    name: 'registerResidentUnit',
    allowed: ['STREET_ADMIN', 'COMMUNITY_ADMIN'],
    make: () => ({ query: `mutation($c: ID!) { registerResidentUnit(input: { communityId: $c, name: "新单位", kind: SCHOOL }) { errors { code } } }`, variables: { c: oid(furong.org) } }),
  },
  {
    name: 'updateResidentUnit',
    allowed: ['STREET_ADMIN', 'COMMUNITY_ADMIN', 'UNIT_ADMIN'],
    make: () => ({ query: `mutation($id: ID!) { updateResidentUnit(id: $id, input: { address: "芙蓉街1号" }) { errors { code } } }`, variables: { id: oid(clinic) } }),
  },
  {
    name: 'draftAgreement',
    allowed: ['STREET_ADMIN', 'COMMUNITY_ADMIN', 'UNIT_ADMIN'],
    make: () => ({
      query: `mutation($u: ID!, $p: ID!) { draftAgreement(input: { unitId: $u, partnerId: $p, startsOn: "2030-01-01T00:00:00Z", expiresOn: "2030-12-31T00:00:00Z", commitments: [{ kind: FUNDS, description: "资金", amount: 1000 }] }) { errors { code } } }`,
      variables: { u: oid(clinic), p: oid(furong.org) },
    }),
  },
  {
    name: 'signAgreement',
    allowed: ['STREET_ADMIN', 'COMMUNITY_ADMIN', 'UNIT_ADMIN'],
    make: () => {
      const draft = t.agreement(clinic, furong.org, { startsOn: new Date(Date.now() + 400 * DAY * ++year), expiresOn: new Date(Date.now() + 400 * DAY * year + 300 * DAY) });
      return { query: `mutation($id: ID!) { signAgreement(id: $id) { errors { code } } }`, variables: { id: oid(draft) } };
    },
  },
  {
    name: 'withdrawAgreement',
    allowed: ['STREET_ADMIN', 'COMMUNITY_ADMIN', 'UNIT_ADMIN'],
    make: () => {
      const draft = t.agreement(clinic, furong.org, { startsOn: new Date(Date.now() + 400 * DAY * ++year), expiresOn: new Date(Date.now() + 400 * DAY * year + 300 * DAY) });
      return { query: `mutation($id: ID!) { withdrawAgreement(id: $id) { errors { code } } }`, variables: { id: oid(draft) } };
    },
  },
  {
    name: 'terminateAgreement',
    allowed: ['STREET_ADMIN', 'COMMUNITY_ADMIN', 'UNIT_ADMIN'],
    make: () => ({ query: `mutation($id: ID!) { terminateAgreement(id: $id, reason: "单位搬迁") { errors { code } } }`, variables: { id: oid(activeAgreement()) } }),
  },
  {
    name: 'renewAgreement',
    allowed: ['STREET_ADMIN', 'COMMUNITY_ADMIN', 'UNIT_ADMIN'],
    make: () => ({ query: `mutation($id: ID!) { renewAgreement(id: $id, expiresOn: "2031-01-01T00:00:00Z") { errors { code } } }`, variables: { id: oid(activeAgreement()) } }),
  },
  {
    name: 'evaluateResidentUnit',
    allowed: ['STREET_ADMIN', 'COMMUNITY_ADMIN'],
    make: () => ({
      query: `mutation($u: ID!, $c: ID!, $y: Int!) { evaluateResidentUnit(input: { unitId: $u, communityId: $c, year: $y, score: 4 }) { errors { code } } }`,
      variables: { u: oid(clinic), c: oid(furong.org), y: ++year },
    }),
  },
  {
    name: 'publishNeed',
    allowed: ['STREET_ADMIN', 'COMMUNITY_ADMIN', 'GRID_WORKER'],
    make: () => ({
      query: `mutation($g: ID!) { publishNeed(input: { postedBy: { type: ORGANIZATION, id: $g }, title: "楼道照明", category: REPAIRS, quantity: 5, unitOfMeasure: HOURS }) { errors { code } } }`,
      variables: { g: oid(furong.grids[0]) },
    }),
  },
  {
    name: 'publishOffer',
    allowed: ['UNIT_ADMIN'],
    make: () => ({
      query: `mutation($u: ID!) { publishOffer(input: { provider: { type: RESIDENT_UNIT, id: $u }, title: "义诊", category: MEDICAL, capacity: 5, unitOfMeasure: SESSIONS }) { errors { code } } }`,
      variables: { u: oid(clinic) },
    }),
  },
  {
    name: 'publishProject',
    allowed: ['STREET_ADMIN', 'COMMUNITY_ADMIN'],
    make: () => ({
      query: `mutation($o: ID!) { publishProject(input: { owner: { type: ORGANIZATION, id: $o }, title: "红色物业", category: ENVIRONMENT, quantity: 3, unitOfMeasure: SESSIONS }) { errors { code } } }`,
      variables: { o: oid(furong.org) },
    }),
  },
  {
    name: 'openItem',
    allowed: ['STREET_ADMIN', 'COMMUNITY_ADMIN'],
    make: () => ({ query: `mutation($id: ID!) { openItem(id: $id) { errors { code } } }`, variables: { id: oid(need({ state: { lifecycle: 'DRAFT', reserved: 0, accepted: 0, delivered: 0, claimsDelivered: 0, claimsEvaluated: 0 } })) } }),
  },
  {
    name: 'cancelItem',
    allowed: ['STREET_ADMIN', 'COMMUNITY_ADMIN'],
    make: () => ({ query: `mutation($id: ID!) { cancelItem(id: $id, reason: "活动取消") { errors { code } } }`, variables: { id: oid(need()) } }),
  },
  {
    name: 'closeItem',
    allowed: ['STREET_ADMIN', 'COMMUNITY_ADMIN'],
    make: () => ({ query: `mutation($id: ID!) { closeItem(id: $id, reason: "提前结项") { errors { code } } }`, variables: { id: oid(need()) } }),
  },
  {
    name: 'completeMilestone',
    allowed: ['STREET_ADMIN', 'COMMUNITY_ADMIN'],
    make: () => {
      const project = t.project([furong.org], { title: '项目', category: 'CULTURE', quantity: 2, unitOfMeasure: 'SESSIONS', milestones: [{ title: '启动', dueOn: new Date() }] });
      return { query: `mutation($id: ID!) { completeMilestone(projectId: $id, index: 0) { errors { code } } }`, variables: { id: oid(project) } };
    },
  },
  {
    name: 'claimItem',
    allowed: ['UNIT_ADMIN'],
    make: () => ({ query: `mutation($id: ID!) { claimItem(input: { itemId: $id, quantity: 1 }) { errors { code } } }`, variables: { id: oid(need()) } }),
  },
  ...(['acceptClaim', 'rejectClaim'] as const).map(
    (name): Case => ({
      name,
      allowed: ['STREET_ADMIN', 'COMMUNITY_ADMIN'],
      make: () => {
        const claim = t.claim(need(), { type: 'RESIDENT_UNIT', id: school._id }, 2);
        const args = name === 'rejectClaim' ? ', reason: "人数已够"' : '';
        return { query: `mutation($id: ID!) { ${name}(id: $id${args}) { errors { code } } }`, variables: { id: oid(claim) } };
      },
    }),
  ),
  {
    name: 'withdrawClaim',
    allowed: ['UNIT_ADMIN'],
    make: () => ({ query: `mutation($id: ID!) { withdrawClaim(id: $id) { errors { code } } }`, variables: { id: oid(t.claim(need(), { type: 'RESIDENT_UNIT', id: clinic._id }, 2)) } }),
  },
  {
    name: 'cancelClaim',
    allowed: ['STREET_ADMIN', 'COMMUNITY_ADMIN'],
    make: () => ({
      query: `mutation($id: ID!) { cancelClaim(id: $id, reason: "未按约到场") { errors { code } } }`,
      variables: { id: oid(t.claim(need(), { type: 'RESIDENT_UNIT', id: school._id }, 2, 'ACCEPTED')) },
    }),
  },
  {
    name: 'deliverClaim',
    allowed: ['STREET_ADMIN', 'COMMUNITY_ADMIN'],
    make: () => ({ query: `mutation($id: ID!) { deliverClaim(id: $id) { errors { code } } }`, variables: { id: oid(t.claim(need(), { type: 'RESIDENT_UNIT', id: school._id }, 2, 'ACCEPTED')) } }),
  },
  {
    name: 'evaluateClaim',
    allowed: ['STREET_ADMIN', 'COMMUNITY_ADMIN'],
    make: () => ({ query: `mutation($id: ID!) { evaluateClaim(id: $id, score: 5) { errors { code } } }`, variables: { id: oid(t.claim(need(), { type: 'RESIDENT_UNIT', id: school._id }, 2, 'DELIVERED')) } }),
  },
];

MUTATIONS.push(
  {
    name: 'setMatchingWeights',
    allowed: ['STREET_ADMIN'],
    make: () => ({
      query: `mutation($s: ID!) { setMatchingWeights(streetId: $s, input: { category: 3, distance: 2, timeWindow: 1, capacity: 1, urgency: 1, rating: 1, fairness: 1 }) { errors { code } } }`,
      variables: { s: oid(street) },
    }),
  },
  {
    name: 'sendInvitation',
    allowed: ['STREET_ADMIN', 'COMMUNITY_ADMIN'],
    make: () => ({
      query: `mutation($n: ID!, $o: ID!) { sendInvitation(input: { needId: $n, offerId: $o, quantity: 1 }) { errors { code } } }`,
      variables: { n: oid(need()), o: oid(clinicOffer()) },
    }),
  },
  ...(['acceptInvitation', 'declineInvitation'] as const).map(
    (name): Case => ({
      name,
      allowed: ['UNIT_ADMIN'],
      make: () => ({
        query: `mutation($id: ID!) { ${name}(id: $id${name === 'declineInvitation' ? ', reason: "人手不足"' : ''}) { errors { code } } }`,
        variables: { id: oid(t.invitation(need(), clinicOffer(), 1)) },
      }),
    }),
  ),
);

// Residents' requests (群众诉求): each cell gets a fresh request in the state its step needs.
const NOW = new Date();
const furongHandler = { organizationId: String(furong.org._id), path: [...furong.org.ancestorIds, furong.org._id].map(String), subject: 'seed' };
const memberSubject = `test:MEMBER:${String(member._id)}`;
const accept = (s: RequestState) => decideAccept(s, furongHandler, NOW);
const whistle = (s: RequestState) => decideWhistle(s, [String(clinic._id)], '请派人维修', 'seed', NOW);
const report = (s: RequestState) => decideReport(s, String(clinic._id), 'seed', NOW);
const request = (...steps: ((s: RequestState) => Outcome<RequestEvent>)[]) =>
  t.request(furong.grids[0], { category: 'REPAIRS', raisedBy: memberSubject, resident: { name: '刘阿姨', phone: '13600000006' } }, steps);
const requestStep = (name: string, allowed: Role[], args: string, steps: ((s: RequestState) => Outcome<RequestEvent>)[]): Case => ({
  name,
  allowed,
  make: () => ({ query: `mutation($id: ID!) { ${name}(id: $id${args}) { errors { code } } }`, variables: { id: oid(request(...steps)) } }),
});
MUTATIONS.push(
  {
    name: 'raiseRequest',
    allowed: ['STREET_ADMIN', 'COMMUNITY_ADMIN', 'GRID_WORKER', 'MEMBER', 'RESIDENT'],
    make: () => ({
      query: `mutation($g: ID!) { raiseRequest(input: { gridId: $g, category: REPAIRS, channel: APP, description: "楼道灯坏了三天" }) { errors { code } } }`,
      variables: { g: oid(furong.grids[0]) },
    }),
  },
  requestStep('acceptRequest', ['STREET_ADMIN', 'COMMUNITY_ADMIN'], '', []),
  requestStep('blowWhistle', ['STREET_ADMIN', 'COMMUNITY_ADMIN'], `, unitIds: ["${String(clinic._id)}"], instruction: "请派电工"`, [accept]),
  requestStep('reportToWhistle', ['UNIT_ADMIN'], `, unitId: "${String(clinic._id)}"`, [accept, whistle]),
  requestStep('respondToWhistle', ['UNIT_ADMIN'], `, unitId: "${String(clinic._id)}", response: "已更换灯泡"`, [accept, whistle, report]),
  requestStep('requestExtension', ['STREET_ADMIN', 'COMMUNITY_ADMIN'], ', workingDays: 2, reason: "需等配件"', [accept]),
  requestStep('decideExtension', ['STREET_ADMIN'], ', approve: true', [accept, (s) => decideRequestExtension(s, 2, '需等配件', 'seed', NOW)]),
  requestStep('resolveRequest', ['STREET_ADMIN', 'COMMUNITY_ADMIN'], ', resolution: "已修好"', [accept]),
  requestStep('rateRequest', ['GRID_WORKER', 'MEMBER'], ', score: 5', [accept, (s) => decideResolve(s, '已修好', NOW)]),
  // 转办 to the street's department: the handler's side (the community that accepted, the street over it).
  requestStep('transferRequest', ['STREET_ADMIN', 'COMMUNITY_ADMIN'], `, toOrganizationId: "${String(department._id)}", reason: "属综合执法事项"`, [accept]),
  // 督办: the street, on a same-day emergency from eight days ago, escalated.
  {
    name: 'superviseRequest',
    allowed: ['STREET_ADMIN'],
    make: () => {
      const received = new Date(Date.now() - 8 * DAY);
      const target = t.request(furong.grids[0], { category: 'EMERGENCY', receivedAt: received, raisedBy: memberSubject }, [
        (s) => decideAccept(s, furongHandler, received),
        (s) => decideEscalate(s, String(street._id), NOW),
      ]);
      return { query: `mutation($id: ID!) { superviseRequest(id: $id, note: "请今日办结") { errors { code } } }`, variables: { id: oid(target) } };
    },
  },
  {
    name: 'setRequestTimeLimits',
    allowed: ['STREET_ADMIN'],
    make: () => ({
      query: `mutation($s: ID!) { setRequestTimeLimits(streetId: $s, limits: [{ category: OTHER, workingDays: 10, respondHours: 24, reportInHours: 24 }]) { errors { code } } }`,
      variables: { s: oid(street) },
    }),
  },
);

// Co-building activities (共建活动): each cell gets a fresh activity of the community — started, for a
// check-in (with the member's sign-up); with the member's and the clinic's sign-ups, for a withdrawal.
const HOUR = 3_600_000;
const activity = (fields: Partial<Parameters<typeof t.activity>[1]> = {}) =>
  t.activity(furong.org, { title: '敬老志愿服务', startsAt: new Date(Date.now() + 2 * DAY), endsAt: new Date(Date.now() + 2 * DAY + 3 * HOUR), capacity: 10, ...fields });
MUTATIONS.push(
  {
    name: 'organiseActivity',
    allowed: ['STREET_ADMIN', 'COMMUNITY_ADMIN'],
    make: () => ({
      query: `mutation($o: ID!, $s: DateTime!, $e: DateTime!) { organiseActivity(input: { organiser: { type: ORGANIZATION, id: $o }, title: "敬老志愿服务", category: ELDER_CARE, place: "社区党群服务中心", startsAt: $s, endsAt: $e, capacity: 10 }) { errors { code } } }`,
      variables: { o: oid(furong.org), s: new Date(Date.now() + 2 * DAY).toISOString(), e: new Date(Date.now() + 2 * DAY + 3 * HOUR).toISOString() },
    }),
  },
  {
    name: 'cancelActivity',
    allowed: ['STREET_ADMIN', 'COMMUNITY_ADMIN'],
    make: () => ({ query: `mutation($id: ID!) { cancelActivity(id: $id, reason: "天气原因") { errors { code } } }`, variables: { id: oid(activity()) } }),
  },
  {
    name: 'signUpForActivity',
    allowed: ['UNIT_ADMIN', 'MEMBER'],
    make: () => ({ query: `mutation($id: ID!) { signUpForActivity(input: { activityId: $id }) { errors { code } } }`, variables: { id: oid(activity()) } }),
  },
  {
    name: 'withdrawSignUp',
    allowed: ['UNIT_ADMIN', 'MEMBER'],
    make: () => {
      const target = activity();
      t.signUp(target, member);
      t.signUp(target, clinic);
      return { query: `mutation($id: ID!) { withdrawSignUp(activityId: $id) { errors { code } } }`, variables: { id: oid(target) } };
    },
  },
  {
    name: 'checkInAttendance',
    allowed: ['STREET_ADMIN', 'COMMUNITY_ADMIN'],
    make: () => {
      const target = activity({ startsAt: new Date(Date.now() - HOUR), endsAt: new Date(Date.now() + HOUR) });
      const signUp = t.signUp(target, member);
      return {
        query: `mutation($id: ID!, $s: ID!) { checkInAttendance(activityId: $id, attendances: [{ signUpId: $s, hours: 1 }]) { errors { code } } }`,
        variables: { id: oid(target), s: oid(signUp) },
      };
    },
  },
);

// Annual reviews (述职评议) of the community's committee: the clinic and the school under review, 王芳 (the
// MEMBER inside, the clinic's employee) a residents' representative. Each cell gets a round of its own.
const reviewYear = new Date(Date.now() + 8 * HOUR).getUTCFullYear();
const reviewRound = () => t.reviewRound(furong.org, { year: reviewYear, parties: [clinic, school], raters: [{ member, kind: 'RESIDENT_REPRESENTATIVE' }] });
MUTATIONS.push(
  {
    name: 'openReviewRound',
    allowed: ['STREET_ADMIN', 'COMMUNITY_ADMIN'],
    make: () => ({
      query: `mutation($o: ID!, $y: Int!, $u: ID!, $m: ID!) { openReviewRound(input: { organizationId: $o, year: $y, parties: [{ type: RESIDENT_UNIT, id: $u }], raters: [{ memberId: $m, kind: RESIDENT_REPRESENTATIVE }] }) { errors { code } } }`,
      variables: { o: oid(furong.org), y: reviewYear, u: oid(school), m: oid(member) },
    }),
  },
  {
    // The committees, and the unit's own admin for its unit.
    name: 'submitReviewReport',
    allowed: ['STREET_ADMIN', 'COMMUNITY_ADMIN', 'UNIT_ADMIN'],
    make: () => ({
      query: `mutation($p: ID!) { submitReviewReport(input: { partyId: $p, narrative: "本年度开展义诊,参与社区志愿服务。" }) { errors { code } } }`,
      variables: { p: oid(reviewRound().parties[0]) },
    }),
  },
  {
    // The round's raters only (王芳 scores the school, not her own clinic).
    name: 'scoreReviewParty',
    allowed: ['MEMBER'],
    make: () => ({
      query: `mutation($p: ID!) { scoreReviewParty(input: { partyId: $p, scores: [{ criterion: "参与社区活动", score: 90 }] }) { errors { code } } }`,
      variables: { p: oid(reviewRound().parties[1]) },
    }),
  },
  {
    name: 'giveReviewOpinion',
    allowed: ['STREET_ADMIN', 'COMMUNITY_ADMIN'],
    make: () => ({ query: `mutation($p: ID!) { giveReviewOpinion(input: { partyId: $p, opinion: AGREE }) { errors { code } } }`, variables: { p: oid(reviewRound().parties[1]) } }),
  },
  {
    name: 'inviteReviewRaters',
    allowed: ['STREET_ADMIN', 'COMMUNITY_ADMIN'],
    make: () => ({
      query: `mutation($id: ID!, $m: ID!) { inviteReviewRaters(id: $id, raters: [{ memberId: $m, kind: RESIDENT_REPRESENTATIVE }]) { errors { code } } }`,
      variables: { id: oid(reviewRound().round), m: oid(t.member(furong.grids[0], { name: '居民代表' })) },
    }),
  },
  {
    name: 'closeReviewRound',
    allowed: ['STREET_ADMIN', 'COMMUNITY_ADMIN'],
    make: () => ({ query: `mutation($id: ID!) { closeReviewRound(id: $id) { errors { code } } }`, variables: { id: oid(reviewRound().round) } }),
  },
);

/** Protected fields: who reads them (others get an error or null, never the data). */
// Notifications (通知) and webhooks (推送).
MUTATIONS.push(
  {
    name: 'markNotificationsRead',
    allowed: ['STREET_ADMIN', 'COMMUNITY_ADMIN', 'GRID_WORKER', 'UNIT_ADMIN', 'MEMBER', 'DEPARTMENT_ADMIN'],
    anywhere: true,
    make: () => ({ query: `mutation { markNotificationsRead(all: true) { marked errors { code } } }` }),
  },
  {
    name: 'registerWebhook',
    allowed: ['STREET_ADMIN'],
    make: () => ({
      query: `mutation($input: RegisterWebhookInput!) { registerWebhook(input: $input) { webhook { id } errors { code } } }`,
      variables: { input: { streetId: oid(street), url: 'https://hooks.example.gov.cn/coop', events: ['CLAIM_RECEIVED'] } },
    }),
  },
  {
    name: 'removeWebhook',
    allowed: ['STREET_ADMIN'],
    make: () => ({ query: `mutation($id: ID!) { removeWebhook(id: $id) { webhook { id } errors { code } } }`, variables: { id: oid(t.webhook(street, 'https://hooks.example.gov.cn/coop')) } }),
  },
);

const FIELDS: Case[] = [
  // 通知: everyone who acts for a party reads its inbox, wherever bound; viewers and residents act for no one.
  {
    name: 'Query.inbox',
    allowed: ['STREET_ADMIN', 'COMMUNITY_ADMIN', 'GRID_WORKER', 'UNIT_ADMIN', 'MEMBER', 'DEPARTMENT_ADMIN'],
    anywhere: true,
    pick: (data) => data.inbox ?? null,
    make: () => ({ query: `{ inbox(first: 5) { unreadCount nodes { id } } }` }),
  },
  // 推送: a street's webhooks, for its committee.
  {
    name: 'Query.webhooks',
    allowed: ['STREET_ADMIN'],
    pick: (data) => data.webhooks ?? null,
    make: () => ({ query: `query($s: ID!) { webhooks(streetId: $s, first: 5) { nodes { url } } }`, variables: { s: oid(street) } }),
  },
  {
    name: 'Member.phone',
    allowed: ['STREET_ADMIN', 'COMMUNITY_ADMIN', 'GRID_WORKER', 'MEMBER'],
    pick: (data) => (data.member as { phone: string | null } | null)?.phone ?? null,
    make: () => ({ query: `query($id: ID!) { member(id: $id) { phone } }`, variables: { id: oid(member) } }),
  },
  {
    name: 'Member.idNumber',
    allowed: ['STREET_ADMIN', 'COMMUNITY_ADMIN', 'GRID_WORKER', 'MEMBER'],
    pick: (data) => (data.member as { idNumber: string | null } | null)?.idNumber ?? null,
    make: () => ({ query: `query($id: ID!) { member(id: $id) { idNumber } }`, variables: { id: oid(member) } }),
  },
  {
    name: 'ResidentUnit.memberFeedback',
    allowed: ['STREET_ADMIN', 'COMMUNITY_ADMIN', 'UNIT_ADMIN'],
    pick: (data) => ((data.residentUnit as { memberFeedback: unknown[] } | null)?.memberFeedback ?? []).length || null,
    make: () => ({ query: `query($id: ID!) { residentUnit(id: $id) { memberFeedback { note } } }`, variables: { id: oid(clinic) } }),
  },
  {
    name: 'ResidentUnit.claimsMade',
    allowed: ['UNIT_ADMIN'],
    pick: (data) => (data.residentUnit as { claimsMade: unknown } | null)?.claimsMade ?? null,
    make: () => ({ query: `query($id: ID!) { residentUnit(id: $id) { claimsMade(first: 5) { nodes { id } } } }`, variables: { id: oid(clinic) } }),
  },
  {
    name: 'ResidentUnit.contact',
    allowed: ['STREET_ADMIN', 'COMMUNITY_ADMIN', 'UNIT_ADMIN'],
    make: () => ({ query: `query($id: ID!) { residentUnit(id: $id) { contact { phone } } }`, variables: { id: oid(clinic) } }),
  },
  {
    name: 'Request.resident',
    allowed: ['STREET_ADMIN', 'COMMUNITY_ADMIN', 'GRID_WORKER', 'MEMBER'],
    pick: (data) => (data.request as { resident: unknown } | null)?.resident ?? null,
    make: () => ({ query: `query($id: ID!) { request(id: $id) { resident { phone } } }`, variables: { id: oid(request()) } }),
  },
  {
    name: 'Organization.requests',
    // A member or a resident lists their own: the ones they raised in the raiseRequest row above.
    allowed: ['STREET_ADMIN', 'COMMUNITY_ADMIN', 'GRID_WORKER', 'MEMBER', 'RESIDENT'],
    pick: (data) => (data.organization as { requests: { nodes: unknown[] } } | null)?.requests.nodes[0] ?? null,
    make: () => {
      request();
      return { query: `query($id: ID!) { organization(id: $id) { requests(first: 1) { nodes { id } } } }`, variables: { id: oid(furong.org) } };
    },
  },
  {
    name: 'ResidentUnit.whistles',
    allowed: ['UNIT_ADMIN'],
    pick: (data) => (data.residentUnit as { whistles: { nodes: unknown[] } } | null)?.whistles.nodes[0] ?? null,
    make: () => {
      request(accept, whistle);
      return { query: `query($id: ID!) { residentUnit(id: $id) { whistles(first: 1) { nodes { id } } } }`, variables: { id: oid(clinic) } };
    },
  },
  {
    name: 'Organization.handledRequests',
    allowed: ['STREET_ADMIN', 'COMMUNITY_ADMIN', 'DEPARTMENT_ADMIN'],
    pick: (data) => (data.organization as { handledRequests: { nodes: unknown[] } } | null)?.handledRequests.nodes[0] ?? null,
    make: () => {
      request(accept, (s) => decideTransfer(s, { organizationId: oid(department), path: [oid(street), oid(department)], subject: 'seed' }, '属综合执法事项', 'seed', NOW));
      return { query: `query($id: ID!) { organization(id: $id) { handledRequests(first: 1) { nodes { id } } } }`, variables: { id: oid(department) } };
    },
  },
  {
    name: 'Organization.whistles',
    allowed: ['STREET_ADMIN', 'COMMUNITY_ADMIN', 'DEPARTMENT_ADMIN'],
    pick: (data) => (data.organization as { whistles: { nodes: unknown[] } } | null)?.whistles.nodes[0] ?? null,
    make: () => {
      request(accept, (s) => decideWhistle(s, [], '请到场', 'seed', NOW, [oid(department)]));
      return { query: `query($id: ID!) { organization(id: $id) { whistles(first: 1) { nodes { id } } } }`, variables: { id: oid(department) } };
    },
  },
  {
    name: 'Organization.unreportedWhistles',
    allowed: ['STREET_ADMIN', 'COMMUNITY_ADMIN'],
    pick: (data) => (data.organization as { unreportedWhistles: { nodes: unknown[] } } | null)?.unreportedWhistles.nodes[0] ?? null,
    make: () => {
      request(accept, (s) => decideWhistle(s, [], '请到场', 'seed', new Date(Date.now() - 3 * DAY), [oid(department)]));
      return { query: `query($id: ID!) { organization(id: $id) { unreportedWhistles(first: 1) { nodes { id } } } }`, variables: { id: oid(street) } };
    },
  },
  {
    name: 'Organization.statistics',
    allowed: ['STREET_ADMIN', 'COMMUNITY_ADMIN'],
    pick: (data) => (data.organization as { statistics: unknown } | null)?.statistics ?? null,
    make: () => ({
      query: `query($id: ID!) { organization(id: $id) { statistics(from: "2020-01-01T00:00:00Z", to: "2022-01-01T00:00:00Z") { requests { received } volunteerHoursByCategory { hours } } } }`,
      variables: { id: oid(furong.org) },
    }),
  },
  {
    name: 'Activity.signUps',
    allowed: ['STREET_ADMIN', 'COMMUNITY_ADMIN'],
    pick: (data) => (data.activity as { signUps: unknown } | null)?.signUps ?? null,
    make: () => {
      const target = activity();
      t.signUp(target, member);
      return { query: `query($id: ID!) { activity(id: $id) { signUps(first: 5) { nodes { id } } } }`, variables: { id: oid(target) } };
    },
  },
  {
    name: 'Member.activities',
    allowed: ['STREET_ADMIN', 'COMMUNITY_ADMIN', 'MEMBER'],
    pick: (data) => (data.member as { activities: { nodes: unknown[] } | null } | null)?.activities?.nodes[0] ?? null,
    make: () => {
      t.signUp(activity(), member);
      return { query: `query($id: ID!) { member(id: $id) { activities(first: 1) { nodes { id } } } }`, variables: { id: oid(member) } };
    },
  },
  {
    // The committees over the community (and members of its committee, none here).
    name: 'Organization.jointMeetings',
    allowed: ['STREET_ADMIN', 'COMMUNITY_ADMIN'],
    pick: (data) => (data.organization as { jointMeetings: { nodes: unknown[] } } | null)?.jointMeetings.nodes[0] ?? null,
    make: () => {
      heldMeeting();
      return { query: `query($id: ID!) { organization(id: $id) { jointMeetings(first: 1) { nodes { id } } } }`, variables: { id: oid(furong.org) } };
    },
  },
  {
    // The committees over the round and its raters.
    name: 'Query.reviewRound',
    allowed: ['STREET_ADMIN', 'COMMUNITY_ADMIN', 'MEMBER'],
    pick: (data) => data.reviewRound ?? null,
    make: () => ({ query: `query($id: ID!) { reviewRound(id: $id) { id } }`, variables: { id: oid(reviewRound().round) } }),
  },
  {
    name: 'Organization.reviewRounds',
    allowed: ['STREET_ADMIN', 'COMMUNITY_ADMIN'],
    pick: (data) => (data.organization as { reviewRounds: { nodes: unknown[] } } | null)?.reviewRounds.nodes[0] ?? null,
    make: () => {
      reviewRound();
      return { query: `query($id: ID!) { organization(id: $id) { reviewRounds(first: 1) { nodes { id } } } }`, variables: { id: oid(furong.org) } };
    },
  },
  {
    // Each rater's scores: the committees over the round only (a rater reads their own as myScores).
    name: 'ReviewParty.scores',
    allowed: ['STREET_ADMIN', 'COMMUNITY_ADMIN'],
    pick: (data) => (data.reviewParty as { scores: unknown } | null)?.scores ?? null,
    make: () => ({ query: `query($id: ID!) { reviewParty(id: $id) { scores { kind } } }`, variables: { id: oid(reviewRound().parties[0]) } }),
  },
  {
    name: 'ResidentUnit.annualReviews',
    allowed: ['STREET_ADMIN', 'COMMUNITY_ADMIN', 'UNIT_ADMIN'],
    pick: (data) => (data.residentUnit as { annualReviews: { nodes: unknown[] } } | null)?.annualReviews.nodes[0] ?? null,
    make: () => {
      reviewRound();
      return { query: `query($id: ID!) { residentUnit(id: $id) { annualReviews(first: 1) { nodes { id } } } }`, variables: { id: oid(clinic) } };
    },
  },
  {
    // The unit's admins, the partner's committee and the street above it.
    name: 'Agreement.fulfilment',
    allowed: ['STREET_ADMIN', 'COMMUNITY_ADMIN', 'UNIT_ADMIN'],
    pick: (data) => (data.agreement as { fulfilment: unknown } | null)?.fulfilment ?? null,
    make: () => ({ query: `query($id: ID!) { agreement(id: $id) { fulfilment { onTrack commitments { kind shortfall } } } }`, variables: { id: oid(activeAgreement()) } }),
  },
  {
    name: 'Organization.commitmentShortfalls',
    allowed: ['STREET_ADMIN', 'COMMUNITY_ADMIN'],
    pick: (data) => (data.organization as { commitmentShortfalls: unknown } | null)?.commitmentShortfalls ?? null,
    make: () => ({ query: `query($id: ID!) { organization(id: $id) { commitmentShortfalls(first: 5) { nodes { commitment { kind } } } } }`, variables: { id: oid(furong.org) } }),
  },
  {
    name: 'ResidentUnit.commitmentFulfilment',
    allowed: ['STREET_ADMIN', 'COMMUNITY_ADMIN', 'UNIT_ADMIN'],
    pick: (data) => (data.residentUnit as { commitmentFulfilment: unknown } | null)?.commitmentFulfilment ?? null,
    make: () => ({ query: `query($id: ID!) { residentUnit(id: $id) { commitmentFulfilment(year: 2026) { met } } }`, variables: { id: oid(clinic) } }),
  },
  {
    name: 'Need.contact',
    allowed: ['STREET_ADMIN', 'COMMUNITY_ADMIN'],
    make: () => ({ query: `query($id: ID!) { need(id: $id) { contact { phone } } }`, variables: { id: oid(need()) } }),
  },
];

// Every cell gets its own target, built into the territory before it is saved.
const cells = [...MUTATIONS, ...FIELDS].flatMap((c) => EVERYONE.map((who) => ({ c, who, op: c.make() })));

describe('the access matrix', () => {
  let stack: TestStack;
  const tokens = new Map<Who, string | undefined>();

  beforeAll(async () => {
    stack = await startTestStack({ territory: t });
    // Feedback on the clinic's member, for ResidentUnit.memberFeedback.
    await stack.models.members.Feedback.create({
      memberId: member._id,
      communityId: furong.org._id,
      employerId: clinic._id,
      territoryPath: [...furong.org.ancestorIds, furong.org._id],
      kind: 'COMMENDATION',
      year: 2026,
      note: '积极参加社区服务',
      sentBy: 'test',
      createdAt: new Date(),
    });
    const sign = tokensFor(stack.auth);
    const bound: Record<Role, [Promise<string>, Promise<string>]> = {
      STREET_ADMIN: [sign.forOrganization('STREET_ADMIN', street), sign.forOrganization('STREET_ADMIN', otherStreet)],
      COMMUNITY_ADMIN: [sign.forOrganization('COMMUNITY_ADMIN', furong.org), sign.forOrganization('COMMUNITY_ADMIN', qushui.org)],
      GRID_WORKER: [sign.forOrganization('GRID_WORKER', furong.grids[0]), sign.forOrganization('GRID_WORKER', qushui.grids[0])],
      UNIT_ADMIN: [sign.unitAdmin(clinic), sign.unitAdmin(neighbour)],
      MEMBER: [sign.member(member, furong.grids[0]), sign.member(outsider, qushui.grids[0])],
      VIEWER: [sign.forOrganization('VIEWER', street), sign.forOrganization('VIEWER', otherStreet)],
      DEPARTMENT_ADMIN: [sign.forOrganization('DEPARTMENT_ADMIN', department), sign.forOrganization('DEPARTMENT_ADMIN', otherDepartment)],
      RESIDENT: [sign.resident(furong.grids[0], 'in'), sign.resident(qushui.grids[0], 'out')],
    };
    for (const role of ROLES) {
      tokens.set(`${role}:in`, await bound[role][0]);
      tokens.set(`${role}:out`, await bound[role][1]);
    }
    tokens.set('ANONYMOUS', undefined);
  });
  afterAll(() => stack?.stop());

  // NOT_FOUND: an entity the caller may not see answers as one that does not exist.
  const REFUSALS = ['NOT_VISIBLE', 'NOT_FOUND', 'CLAIMANT_NOT_ALLOWED', 'OWN_ITEM'];
  function refused(c: Case, response: GraphQLResponse<Record<string, unknown>>): boolean {
    const code = response.errors?.[0]?.extensions?.code;
    if (code === 'FORBIDDEN' || code === 'UNAUTHENTICATED') return true;
    if (response.errors?.length) throw new Error(`Unexpected error: ${JSON.stringify(response.errors)}`);
    if (c.pick) return c.pick(response.data ?? {}) == null;
    const payload = Object.values(response.data ?? {})[0] as { errors?: { code: string }[]; contact?: unknown } | null;
    if (payload === null) return true; // not visible at all
    if (payload && 'contact' in payload) return payload.contact === null;
    return !!payload?.errors?.some((e) => REFUSALS.includes(e.code));
  }

  it.each([...MUTATIONS, ...FIELDS].map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    // Each cell has a target of its own: the callers ask at once.
    const row = cells.filter((x) => x.c === c);
    const responses = await Promise.all(
      row.map((cell) => stack.query<Record<string, unknown>, Record<string, unknown>>(cell.op.query, cell.op.variables, tokens.get(cell.who))),
    );
    const outcomes = row.map((cell, i) => `${cell.who} ${refused(c, responses[i]) ? 'refused' : 'allowed'}`);
    const expected = row.map(
      (cell) => `${cell.who} ${(cell.who.endsWith(':in') || (c.anywhere && cell.who !== 'ANONYMOUS')) && c.allowed.includes(cell.who.split(':')[0] as Role) ? 'allowed' : 'refused'}`,
    );
    expect(outcomes).toEqual(expected);
  });
});

it('covers every mutation of the composed graph', () => {
  // A new mutation must join the matrix: this fails until it does.
  const mutation = parse(readSupergraph()).definitions.find(
    (d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === 'Mutation',
  );
  // Internal ones (@inaccessible: not in the gateway's API, called on a subgraph directly) check the
  // principal themselves and are tested where they are used (test/e2e/territory-move.test.ts).
  const api = mutation?.fields?.filter((f) => !f.directives?.some((d) => d.name.value === 'inaccessible'));
  expect(api?.map((f) => f.name.value).sort()).toEqual(MUTATIONS.map((m) => m.name).sort());
});
