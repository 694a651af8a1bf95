import type { Capability, ResidentUnitDoc, ResidentUnitKind } from '../subgraphs/resident-units/models';
import { creditCodeCheckCharacter } from '../subgraphs/resident-units/domain/credit-code';
import type { ServiceCategory, UnitOfMeasure, Urgency } from '../subgraphs/services/models';
import type { MemberCategory } from '../subgraphs/members/models';
import type { GradingLevel, OrganizationDoc } from '../subgraphs/organizations/models';
import {
  decideAccept,
  decideEscalate,
  decideRate,
  decideRemind,
  decideReport,
  decideResolve,
  decideRespond,
  decideTransfer,
  decideWhistle,
  REQUEST_CATEGORIES,
  type RequestCategory,
  type RequestEvent,
  type RequestState,
} from '../subgraphs/services/domain/requests/lifecycle';
import type { Outcome } from '../platform/rules/user-errors';
import { TerritoryBuilder } from './builder';
import { Random } from './random';

/**
 * The demo territory: one street of a Jinan district with its communities,
 * in the proportions of ../shared/DOMAIN.md — about 13 grids of ~150
 * households a community, two or three building groups a grid, ten-odd
 * resident units a community (about half with a Party organisation of their
 * own), members of every category, needs and offers in every category.
 * Deterministic: the same seed gives the same names and numbers.
 */
export interface DemoSize {
  communities: number;
  gridsPerCommunity: number;
  unitsPerCommunity: number;
  membersPerGrid: number;
  needsPerCommunity: number;
  offersPerUnit: number;
  requestsPerCommunity: number;
}

export const DEMO_SIZE: DemoSize = {
  communities: 6,
  gridsPerCommunity: 13,
  unitsPerCommunity: 10,
  membersPerGrid: 12,
  needsPerCommunity: 15,
  offersPerUnit: 2,
  requestsPerCommunity: 24,
};

/** What residents write, by the category a request is filed under. */
const REQUEST_TEXTS: Record<RequestCategory, string[]> = {
  EMERGENCY: ['楼上漏水淹到电表箱,请尽快处理', '燃气表附近有异味,怀疑泄漏'],
  SAFETY_HAZARD: ['电动车楼道充电有安全隐患', '小区消防通道被车辆占用'],
  REPAIRS: ['楼道灯不亮,老人夜里上下楼不便', '单元门门禁损坏'],
  ENVIRONMENT: ['小区门口下水道堵塞,雨后积水', '楼下烧烤油烟扰民'],
  ELDER_AND_CHILD_CARE: ['独居老人需要助餐服务', '双职工家庭孩子放学无人照看'],
  POLICY_CONSULTATION: ['想咨询高龄津贴怎么申请', '咨询灵活就业社保补贴政策'],
  PROPERTY_MANAGEMENT: ['物业对漏水维修推诿', '物业费公示不清楚'],
  NEIGHBOUR_DISPUTE: ['楼上装修噪音影响休息,协商无果', '邻居在公共走廊堆放杂物'],
  OTHER: ['建议在小区增设快递柜', '希望社区组织周末文化活动'],
};
const HOUR = 3_600_000;

/** What the communities' co-building activities are about (共建活动), one theme after another. */
const ACTIVITY_THEMES: { title: string; category: ServiceCategory }[] = [
  { title: '重阳节敬老志愿服务', category: 'ELDER_CARE' },
  { title: '垃圾分类宣传进楼栋', category: 'ENVIRONMENT' },
  { title: '义诊进社区', category: 'MEDICAL' },
  { title: '四点半课堂托管志愿服务', category: 'CHILD_CARE' },
  { title: '平安巡逻志愿服务', category: 'SAFETY' },
  { title: '法律咨询进社区', category: 'LEGAL_AID' },
];

const COMMUNITY_NAMES = ['芙蓉街', '曲水亭', '百花洲', '珍珠泉', '县西巷', '王府池子', '西更道', '后宰门', '双忠祠', '鞭指巷', '起凤桥', '贡院墙根'];
const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文'.split('');
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红建文辉力国峰梅琳斌宇浩凯秀云志成海燕波宁鹏俊亮晶欣'.split('');

const UNIT_TEMPLATES: Record<ResidentUnitKind, { names: string[]; capabilities: Capability[] }> = {
  GOVERNMENT_AGENCY: { names: ['历下区市场监督管理局{p}所', '历下区司法局{p}司法所', '历下区税务局{p}税务分局'], capabilities: ['LEGAL', 'VOLUNTEERS', 'TRAINING'] },
  PUBLIC_INSTITUTION: { names: ['{p}社区图书分馆', '历下区文化馆{p}分馆', '{p}社区综合文化服务中心'], capabilities: ['VENUE', 'EDUCATION', 'VOLUNTEERS'] },
  STATE_ENTERPRISE: { names: ['国网济南供电公司{p}供电所', '中国银行济南{p}支行', '济南水务集团{p}营业所'], capabilities: ['FUNDS', 'VOLUNTEERS', 'EQUIPMENT', 'VENUE'] },
  PRIVATE_ENTERPRISE: { names: ['济南{p}信息科技有限公司', '山东{p}餐饮管理有限公司', '济南{p}建筑装饰工程有限公司'], capabilities: ['FUNDS', 'EMPLOYMENT', 'EQUIPMENT', 'TRAINING'] },
  SOCIAL_ORGANIZATION: { names: ['济南{p}社会工作服务中心', '历下区{p}志愿者协会', '济南{p}养老服务中心'], capabilities: ['VOLUNTEERS', 'ELDER_CARE', 'TRAINING'] },
  SCHOOL: { names: ['历下区{p}小学', '济南{p}中学', '{p}幼儿园'], capabilities: ['EDUCATION', 'VENUE', 'VOLUNTEERS'] },
  HOSPITAL: { names: ['{p}社区卫生服务中心', '济南市历下区{p}医院', '{p}口腔诊所'], capabilities: ['MEDICAL', 'ELDER_CARE', 'VOLUNTEERS'] },
  PROPERTY_COMPANY: { names: ['济南{p}物业服务有限公司', '山东{p}物业管理有限公司'], capabilities: ['VENUE', 'EQUIPMENT', 'VOLUNTEERS'] },
  INDIVIDUAL_BUSINESS: { names: ['{p}便民超市', '{p}家电维修部', '{p}理发店'], capabilities: ['EQUIPMENT', 'VOLUNTEERS'] },
};
const UNIT_KIND_WEIGHTS: [ResidentUnitKind, number][] = [
  ['GOVERNMENT_AGENCY', 1], ['PUBLIC_INSTITUTION', 1], ['STATE_ENTERPRISE', 1], ['PRIVATE_ENTERPRISE', 2],
  ['SOCIAL_ORGANIZATION', 1], ['SCHOOL', 1], ['HOSPITAL', 1], ['PROPERTY_COMPANY', 1], ['INDIVIDUAL_BUSINESS', 1],
];

const NEED_TEMPLATES: { title: string; category: ServiceCategory; unit: UnitOfMeasure; range: [number, number] }[] = [
  { title: '独居老人助餐志愿者', category: 'ELDER_CARE', unit: 'PEOPLE', range: [3, 12] },
  { title: '高龄老人上门巡诊', category: 'MEDICAL', unit: 'SESSIONS', range: [2, 8] },
  { title: '双职工子女课后托管', category: 'CHILD_CARE', unit: 'HOURS', range: [20, 120] },
  { title: '居民免费法律咨询', category: 'LEGAL_AID', unit: 'SESSIONS', range: [2, 10] },
  { title: '失业居民技能培训与岗位推荐', category: 'EMPLOYMENT', unit: 'PEOPLE', range: [5, 30] },
  { title: '老旧小区楼道照明维修', category: 'REPAIRS', unit: 'HOURS', range: [8, 40] },
  { title: '居民议事会活动场地', category: 'VENUE', unit: 'SQUARE_METRES', range: [50, 300] },
  { title: '困难家庭微心愿资金', category: 'FUNDS', unit: 'YUAN', range: [2000, 20000] },
  { title: '垃圾分类督导志愿者', category: 'VOLUNTEERS', unit: 'PEOPLE', range: [4, 20] },
  { title: '重阳节文艺汇演', category: 'CULTURE', unit: 'SESSIONS', range: [1, 3] },
  { title: '夜间平安巡逻', category: 'SAFETY', unit: 'HOURS', range: [30, 200] },
  { title: '背街小巷环境整治', category: 'ENVIRONMENT', unit: 'PEOPLE', range: [10, 40] },
];
const OFFER_BY_CAPABILITY: Record<Capability, { title: string; category: ServiceCategory; unit: UnitOfMeasure; range: [number, number] }> = {
  VENUE: { title: '会议室向居民开放', category: 'VENUE', unit: 'SQUARE_METRES', range: [40, 400] },
  MEDICAL: { title: '每月义诊与健康讲座', category: 'MEDICAL', unit: 'SESSIONS', range: [2, 12] },
  LEGAL: { title: '法律顾问进社区', category: 'LEGAL_AID', unit: 'SESSIONS', range: [2, 12] },
  EDUCATION: { title: '假期青少年课堂', category: 'CHILD_CARE', unit: 'HOURS', range: [20, 100] },
  VOLUNTEERS: { title: '党员志愿服务队', category: 'VOLUNTEERS', unit: 'PEOPLE', range: [5, 30] },
  FUNDS: { title: '共建帮扶资金', category: 'FUNDS', unit: 'YUAN', range: [5000, 50000] },
  EQUIPMENT: { title: '小修小补工具与设备', category: 'REPAIRS', unit: 'HOURS', range: [10, 60] },
  TRAINING: { title: '居民就业技能培训', category: 'EMPLOYMENT', unit: 'PEOPLE', range: [10, 50] },
  EMPLOYMENT: { title: '就业岗位推荐', category: 'EMPLOYMENT', unit: 'PEOPLE', range: [3, 20] },
  ELDER_CARE: { title: '居家养老上门服务', category: 'ELDER_CARE', unit: 'HOURS', range: [20, 200] },
};
const MEMBER_CATEGORY_WEIGHTS: [MemberCategory, number][] = [['DIRECT', 5], ['EMPLOYED', 3], ['DUAL', 1], ['FLOATING', 1]];

function weighted<T>(rnd: Random, items: [T, number][]): T {
  let r = rnd.next() * items.reduce((s, [, w]) => s + w, 0);
  for (const [item, w] of items) if ((r -= w) < 0) return item;
  return items[0][0];
}

/**
 * 统一社会信用代码: its first two characters name the registering authority and the kind of body —
 * 11 a Party or state organ (机构编制), 12 a public institution (事业单位), 52 a private non-enterprise
 * unit (民政), 91 an enterprise and 92 an individual business (市场监管).
 */
const CREDIT_CODE_PREFIX: Record<ResidentUnitKind, string> = {
  GOVERNMENT_AGENCY: '11',
  PUBLIC_INSTITUTION: '12',
  SCHOOL: '12',
  HOSPITAL: '12',
  SOCIAL_ORGANIZATION: '52',
  INDIVIDUAL_BUSINESS: '92',
  STATE_ENTERPRISE: '91',
  PRIVATE_ENTERPRISE: '91',
  PROPERTY_COMPANY: '91',
};

function creditCode(rnd: Random, kind: ResidentUnitKind): string {
  // The kind's prefix, region 370102, then a 9-character organisation code and the check character.
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  let body = `${CREDIT_CODE_PREFIX[kind]}370102`;
  while (body.length < 17) body += alphabet[rnd.int(0, alphabet.length - 1)];
  return body + creditCodeCheckCharacter(body);
}

export function personName(rnd: Random): string {
  return rnd.pick(SURNAMES) + rnd.pick(GIVEN) + (rnd.chance(0.6) ? rnd.pick(GIVEN) : '');
}

/** Builds the demo territory (not yet saved) and returns the builder with its street. */
export function buildDemoTerritory(size: DemoSize = DEMO_SIZE, seed = 20171117) {
  const rnd = new Random(seed);
  const activityRnd = new Random(seed + 18);
  const reviewRnd = new Random(seed + 25);
  const t = new TerritoryBuilder();
  const street = t.street('中共济南市历下区泉城路街道工作委员会');
  const now = Date.UTC(2026, 10, 23);

  for (let c = 0; c < size.communities; c++) {
    const place = COMMUNITY_NAMES[c % COMMUNITY_NAMES.length] + (c >= COMMUNITY_NAMES.length ? String(c) : '');
    const community = t.community(street, `${place}社区党委`, size.gridsPerCommunity * 150).withGrids(size.gridsPerCommunity);
    // 分类定级: each grid branch and the community committee graded for the last two years (newest
    // first); now and then a lagging branch, rarely a weak one (软弱涣散) to be set right.
    for (const org of [community.org, ...community.grids]) {
      org.gradings = [2025, 2024].map((year) => ({
        year,
        level: weighted<GradingLevel>(rnd, [['ADVANCED', 3], ['AVERAGE', 6], ['LAGGING', 1], ['WEAK', 0.3]]),
        gradedAt: new Date(Date.UTC(year + 1, 0, 15)),
      }));
      org.grading = org.gradings[0];
    }
    community.grids.forEach((grid, g) => {
      for (let b = 1; b <= rnd.int(2, 3); b++) {
        t.organization({ name: `${place}社区第${g + 1}网格${b}号楼党小组`, kind: 'BUILDING_GROUP', households: rnd.int(40, 70) }, grid);
      }
    });

    const units: ResidentUnitDoc[] = [];
    const names = new Set<string>();
    for (let u = 0; u < size.unitsPerCommunity; u++) {
      const kind = weighted(rnd, UNIT_KIND_WEIGHTS);
      const template = UNIT_TEMPLATES[kind];
      // No two units of one community share a name: an unused name of the kind, else a numbered one.
      const unused = template.names.map((n) => n.replace('{p}', place)).filter((n) => !names.has(n));
      const name = unused.length ? rnd.pick(unused) : `${template.names[0].replace('{p}', place)}(${u + 1})`;
      names.add(name);
      const unit = t.unit(community.org, {
        name,
        kind,
        creditCode: creditCode(rnd, kind),
        address: `济南市历下区${place}街${rnd.int(1, 199)}号`,
        location: { latitude: 36.66 + rnd.next() * 0.02, longitude: 117.01 + rnd.next() * 0.03 },
        capabilities: rnd.some(template.capabilities, rnd.int(1, template.capabilities.length)),
      });
      units.push(unit);
      unit.contact = { name: personName(rnd), phone: `1${rnd.pick(['35', '37', '38', '39', '52', '58', '86'])}${String(rnd.int(0, 99999999)).padStart(8, '0')}`, title: '党建联络员' };
      // About half the units have a Party organisation of their own, attached to the community (属地).
      if (rnd.chance(0.5)) {
        unit.partyOrganizationId = t.organization({ name: `${unit.name}党支部`, kind: 'UNIT_PARTY_ORGANIZATION' }, community.org)._id;
      }
      // Most units have signed a yearly co-building agreement with their community; some expire soon.
      // (The first two units of a community get the agreements set below instead, after the same draws.)
      if (rnd.chance(0.7)) {
        const startsOn = new Date(now - rnd.int(30, 330) * 86_400_000);
        const hours = rnd.int(50, 400);
        const commitments = [
          { kind: 'VOLUNTEER_HOURS' as const, description: '在职党员到社区志愿服务', amount: hours },
          ...(unit.capabilities.includes('VENUE') ? [{ kind: 'VENUE' as const, description: '活动场地向居民开放', amount: rnd.int(50, 500) }] : []),
          ...(unit.capabilities.includes('FUNDS') ? [{ kind: 'FUNDS' as const, description: '共建帮扶资金', amount: rnd.int(5, 50) * 1000 }] : []),
          // Volunteers promise people (人次), trainers sessions (场次): amounts from the draws above, not new ones.
          ...(unit.capabilities.includes('VOLUNTEERS') ? [{ kind: 'PEOPLE' as const, description: '组织职工志愿者服务居民', amount: Math.ceil(hours / 4) }] : []),
          ...(unit.capabilities.includes('TRAINING') || unit.capabilities.includes('EDUCATION') ? [{ kind: 'SESSIONS' as const, description: '为居民举办讲座培训', amount: 4 + (hours % 9) }] : []),
        ];
        if (u >= 2) t.agreement(unit, community.org, { startsOn, expiresOn: new Date(startsOn.getTime() + 365 * 86_400_000), status: 'ACTIVE', commitments });
        t.evaluation(unit, community.org, { year: 2025, score: rnd.int(3, 5), comment: rnd.pick(['积极参与社区共建', '志愿服务表现突出', '场地开放及时', '响应社区需求较快']) });
      }
      for (let o = 0; o < size.offersPerUnit; o++) {
        const template = OFFER_BY_CAPABILITY[unit.capabilities[o % unit.capabilities.length]];
        t.offer(unit, {
          title: `${unit.name}${template.title}`,
          category: template.category,
          capacity: rnd.int(...template.range),
          unitOfMeasure: template.unit,
        });
      }
    }

    // The community committee's own members first, then each grid branch's.
    for (const branch of [community.org, ...community.grids]) {
      for (let m = 0; m < size.membersPerGrid; m++) {
        const category = weighted(rnd, MEMBER_CATEGORY_WEIGHTS);
        const employed = category === 'EMPLOYED' || category === 'DUAL';
        const central = branch !== community.org && m < 2;
        const member = t.member(branch, {
          name: personName(rnd),
          category,
          employerId: employed ? rnd.pick(units)._id : null,
          reportsToId: employed ? community.org._id : null,
          reportedAt: employed ? new Date(now - rnd.int(10, 900) * 86_400_000) : null,
          phone: `1${rnd.pick(['35', '37', '39', '58', '86'])}${String(rnd.int(0, 99999999)).padStart(8, '0')}`,
          // Two central households (党员中心户) a grid, each in touch with 15-20 households.
          centralHousehold: central,
          householdsContacted: central ? rnd.int(15, 20) : null,
          posts: rnd.chance(0.3) ? [{ title: rnd.pick(['政策宣传岗', '环境监督岗', '治安巡逻岗', '邻里互助岗']), responsibility: '每月参加一次社区活动' }] : [],
        });
        // Volunteer hours this year, mostly confirmed.
        for (let r = 0; r < rnd.int(0, 3); r++) {
          t.service(member, {
            hours: rnd.pick([1, 2, 2, 3, 4]),
            servedOn: new Date(now - rnd.int(1, 300) * 86_400_000),
            description: rnd.pick(['社区助老', '垃圾分类督导', '文明交通劝导', '楼道清理']),
            ...(rnd.chance(0.2) ? { confirmedBy: null, confirmedAt: null } : {}),
          });
        }
      }
    }
    // The big Party committee (社区大党委): a secretary and a deputy from the community's own
    // members, and part-time members (兼职委员) who lead the Party organisations of three units.
    const own = t.members.filter((m) => m.organizationId.equals(community.org._id));
    t.seat(community.org, own[0], { role: 'SECRETARY' });
    t.seat(community.org, own[1], { role: 'DEPUTY_SECRETARY' });
    for (const unit of units.slice(0, 3)) {
      const leader = t.member(community.org, { name: personName(rnd), category: 'EMPLOYED', employerId: unit._id, reportsToId: community.org._id, reportedAt: new Date(now - 400 * 86_400_000) });
      t.seat(community.org, leader, { role: 'MEMBER', unitId: unit._id });
    }
    // Its joint meeting (联席会议) of last month, one part-time member away: one decision done, one still
    // open and due soon — the follow-up the next meeting reads.
    const partTimers = t.seats.filter((s) => s.organizationId.equals(community.org._id) && s.partTime);
    const meeting = t.jointMeeting(community.org, {
      title: `${place}社区大党委第三季度联席会议`,
      scheduledAt: new Date(now - 30 * 86_400_000),
      absent: partTimers.slice(0, 1),
      minutes: '通报上季度共建项目进展,议定老旧小区消防通道排查和卫生服务中心会议室开放。',
    });
    t.meetingDecision(meeting, { text: '开放卫生服务中心会议室供居民议事', dueOn: new Date(now - 10 * 86_400_000), status: 'DONE', closedAt: new Date(now - 12 * 86_400_000) });
    t.meetingDecision(meeting, { text: '排查老旧小区消防通道', dueOn: new Date(now + 14 * 86_400_000) });

    // Needs, about a third of them already claimed in part by the community's units (双向认领).
    for (let n = 0; n < size.needsPerCommunity; n++) {
      const template = rnd.pick(NEED_TEMPLATES);
      const postedBy = rnd.chance(0.6) ? community.org : rnd.pick(community.grids);
      const need = t.need(postedBy, {
        createdAt: new Date(now - rnd.int(5, 120) * 86_400_000),
        title: `${place}社区${template.title}`,
        category: template.category,
        quantity: rnd.int(...template.range),
        unitOfMeasure: template.unit,
        urgency: weighted<Urgency>(rnd, [['NORMAL', 6], ['HIGH', 3], ['URGENT', 1]]),
        deadline: new Date(now + rnd.int(3, 90) * 86_400_000),
        smallWish: template.category === 'FUNDS',
        contact: { name: personName(rnd), phone: `0531-8${String(rnd.int(0, 9999999)).padStart(7, '0')}` },
      });
      if (rnd.chance(0.35)) {
        const share = Math.max(1, Math.floor(need.quantity / 2));
        const claimedAt = new Date(need.createdAt!.getTime() + rnd.int(2, 120) * HOUR);
        t.claim(need, { type: 'RESIDENT_UNIT', id: rnd.pick(units)._id }, share, weighted(rnd, [['PENDING', 2], ['ACCEPTED', 2], ['DELIVERED', 1]]), claimedAt);
      }
    }
    // Some offers are already taken up by the community (a community claims a unit's resource).
    for (const offer of t.items.filter((i) => i.kind === 'OFFER' && i.territoryPath.some((id) => id.equals(community.org._id)))) {
      if (rnd.chance(0.25)) t.claim(offer, { type: 'ORGANIZATION', id: community.org._id }, Math.max(1, Math.floor(offer.quantity / 3)), 'ACCEPTED');
    }
    // Residents' requests of the last two months (民呼我应): most accepted by the community, some
    // passed to a unit by whistle, most resolved and rated; a few still waiting or overdue.
    const handler = { organizationId: String(community.org._id), path: [...community.org.ancestorIds, community.org._id].map(String), subject: 'demo' };
    for (let r = 0; r < size.requestsPerCommunity; r++) {
      const receivedAt = new Date(now - rnd.int(0, 60) * 86_400_000 + rnd.int(8, 18) * HOUR);
      const category = rnd.pick(REQUEST_CATEGORIES);
      const later = (hours: number) => new Date(receivedAt.getTime() + hours * HOUR);
      const unit = rnd.pick(units);
      const steps: ((s: RequestState) => Outcome<RequestEvent>)[] = [];
      if (rnd.chance(0.9)) steps.push((s) => decideAccept(s, handler, later(1)));
      if (steps.length && rnd.chance(0.3)) {
        steps.push(
          (s) => decideWhistle(s, [String(unit._id)], '请派人到场处置', 'demo', later(2)),
          (s) => decideReport(s, String(unit._id), 'demo', later(3)),
          (s) => decideRespond(s, String(unit._id), '已到场处置', 'demo', later(20)),
        );
      }
      if (steps.length && rnd.chance(0.75)) {
        steps.push((s) => decideResolve(s, '已办结,已回访', later(rnd.int(4, 120))));
        if (rnd.chance(0.8)) steps.push((s) => decideRate(s, category, weighted(rnd, [[5, 6], [4, 3], [3, 1], [2, 1]]), null, 'demo', later(130)));
      }
      t.request(rnd.pick(community.grids), {
        category,
        receivedAt,
        channel: weighted(rnd, [['GRID_WORKER', 5], ['HOTLINE', 3], ['APP', 2]]),
        description: rnd.pick(REQUEST_TEXTS[category]),
        resident: { name: personName(rnd), phone: `1${rnd.pick(['35', '37', '39', '58', '86'])}${String(rnd.int(0, 99999999)).padStart(8, '0')}` },
      }, steps);
    }

    // Co-building activities (共建活动), with a generator of their own (the rest of the demo stays as it
    // was): one held last month — most who signed up came, a unit sent a team, the members' hours on
    // their records — one coming up that members are signing up for, and one a unit organises.
    const people = t.members.filter((m) => m.territoryPath.some((id) => id.equals(community.org._id)));
    const at9 = (days: number) => new Date(now + days * 86_400_000 + HOUR); // 09:00 in Beijing
    const themes = [0, 1].map((k) => ACTIVITY_THEMES[(c + k) % ACTIVITY_THEMES.length]);
    const heldOn = at9(-activityRnd.int(7, 40));
    const held = t.activity(community.org, {
      title: `${place}社区${themes[0].title}`,
      category: themes[0].category,
      place: `${place}社区党群服务中心`,
      startsAt: heldOn,
      endsAt: new Date(heldOn.getTime() + 3 * HOUR),
      capacity: 20,
      createdAt: new Date(heldOn.getTime() - 14 * 86_400_000),
    });
    const came = activityRnd.some(people, 10).map((member) => t.signUp(held, member));
    const team = t.signUp(held, units[1], { places: 3 });
    for (const signUp of came.slice(0, 8)) t.checkIn(held, signUp, { hours: activityRnd.pick([2, 2.5, 3]) });
    t.checkIn(held, team, { hours: 3, people: activityRnd.int(2, 3) });
    const comingOn = at9(activityRnd.int(3, 20));
    const coming = t.activity(community.org, {
      title: `${place}社区${themes[1].title}`,
      category: themes[1].category,
      place: `${place}社区广场`,
      startsAt: comingOn,
      endsAt: new Date(comingOn.getTime() + 2 * HOUR),
      capacity: 30,
      createdAt: new Date(now - 3 * 86_400_000),
    });
    for (const member of activityRnd.some(people, 6)) t.signUp(coming, member, { at: new Date(now - 86_400_000) });
    const openDay = at9(activityRnd.int(5, 30));
    t.activity(units[0], {
      title: `${units[0].name}开放日`,
      category: 'VENUE',
      place: units[0].address ?? `${place}社区`,
      startsAt: openDay,
      endsAt: new Date(openDay.getTime() + 4 * HOUR),
      capacity: 15,
      createdAt: new Date(now - 86_400_000),
    });

    // Two agreements of each community whose commitments tell apart (共建承诺履行): the unit that sent a
    // team to the activity held has already delivered the hours and people it promised for the year (on
    // track); the unit whose open day is still to come has held none of the monthly sessions it promised
    // (behind plan, on the committee's shortfall list).
    t.agreement(units[1], community.org, {
      startsOn: new Date(heldOn.getTime() - HOUR - 30 * 86_400_000),
      expiresOn: new Date(heldOn.getTime() - HOUR + 334 * 86_400_000),
      status: 'ACTIVE',
      commitments: [
        { kind: 'VOLUNTEER_HOURS', description: '全年组织职工到社区志愿服务不少于6小时', amount: 6 },
        { kind: 'PEOPLE', description: '全年参加社区共建活动不少于2人次', amount: 2 },
      ],
    });
    t.agreement(units[0], community.org, {
      startsOn: new Date(now - 200 * 86_400_000),
      expiresOn: new Date(now + 164 * 86_400_000),
      status: 'ACTIVE',
      commitments: [
        { kind: 'SESSIONS', description: '每月举办一次单位开放日', amount: 12 },
        { kind: 'VOLUNTEER_HOURS', description: '在职党员到社区志愿服务', amount: 120 },
      ],
    });

    // One co-building project a community, co-owned with its largest partner.
    t.project([community.org, units[0]], {
      title: `${place}社区红色物业联建项目`,
      category: 'ENVIRONMENT',
      quantity: 6,
      unitOfMeasure: 'SESSIONS',
      budget: rnd.int(2, 10) * 10_000,
      goals: ['老旧小区环境整治', '楼道微改造', '居民议事协商'],
      milestones: [
        { title: '摸底调研', dueOn: new Date(now - 30 * 86_400_000), doneAt: new Date(now - 35 * 86_400_000) },
        { title: '方案议定', dueOn: new Date(now + 30 * 86_400_000), doneAt: null },
        { title: '施工验收', dueOn: new Date(now + 120 * 86_400_000), doneAt: null },
      ],
    });

    // The first community's annual review of last year (述职评议), closed in January.
    if (c === 0) lastYearsReview(t, community, units, reviewRnd);
  }

  // The street's functional departments (职能部门), which whistles call beside units and requests are
  // handed on to (转办); residents raising their own requests in the app (群众); one request handed on,
  // one supervised (督办), and one department late to report in. A generator of its own: the rest of
  // the demo stays as it was.
  const handlingRnd = new Random(seed + 19);
  const [enforcement, market] = ['泉城路街道综合行政执法中队', '泉城路市场监督管理所', '泉城路派出所', '泉城路街道房管所'].map((name) => t.department(street, name));
  const first = t.organizations.find((o) => o.kind === 'COMMUNITY')!;
  const grid = t.organizations.find((o) => o.kind === 'GRID' && o.parentId?.equals(first._id))!;
  const firstHandler = { organizationId: String(first._id), path: [...first.ancestorIds, first._id].map(String), subject: 'demo' };
  const daysAgo = (days: number, hour = 10) => new Date(now - days * 86_400_000 + (hour - 8) * HOUR);
  // The street's own time-limit table (时限规则表), set a month ago: safety hazards to be accepted within an
  // hour and called parties to report in within one; repairs resolved in two working days.
  t.timeLimits(
    street,
    [
      { category: 'SAFETY_HAZARD', workingDays: 0, respondHours: 1, reportInHours: 1 },
      { category: 'REPAIRS', workingDays: 2, respondHours: 12, reportInHours: 12 },
    ],
    '街道工委会议决定:安全隐患一小时响应,设施维修两个工作日办结',
    daysAgo(30),
  );
  // `npm run token RESIDENT` signs in as this resident of the first grid (scripts/token.ts).
  const resident = `dev:resident:${String(grid._id)}:resident`;
  const asResident = { channel: 'APP' as const, raisedBy: resident, address: `${grid.name.replace(/党支部$/, '')}3号楼`, resident: { name: '刘芳', phone: '13605310011' } };
  const done = daysAgo(12);
  t.request(grid, { ...asResident, category: 'ENVIRONMENT', receivedAt: done, description: '楼下垃圾桶满了两天没人清运', location: { latitude: 36.6662, longitude: 117.0218 } }, [
    (st) => decideAccept(st, firstHandler, done),
    (st) => decideResolve(st, '已协调环卫当日清运,增加清运频次', new Date(done.getTime() + 6 * HOUR)),
    (st) => decideRate(st, 'ENVIRONMENT', 5, '很及时', resident, new Date(done.getTime() + 30 * HOUR)),
  ]);
  t.request(grid, { ...asResident, category: 'REPAIRS', receivedAt: daysAgo(1), description: '单元门禁坏了,老人进出不便' });
  // 转办: a resident's report of street vendors, accepted by the community, handed on to law enforcement.
  const vendors = daysAgo(2);
  t.request(grid, { ...asResident, category: 'OTHER', receivedAt: vendors, description: '小区门口有商贩占道经营,堵住了消防通道' }, [
    (st) => decideAccept(st, firstHandler, vendors),
    (st) =>
      decideTransfer(st, { organizationId: String(enforcement._id), path: [String(street._id), String(enforcement._id)], subject: 'demo' }, '属占道经营,由综合行政执法中队承办', 'demo', new Date(vendors.getTime() + 2 * HOUR)),
  ]);
  // 督办: a safety hazard from five days ago, still open, escalated and reminded by the street.
  const hazard = daysAgo(5);
  t.request(grid, { category: 'SAFETY_HAZARD', receivedAt: hazard, channel: 'HOTLINE', description: '楼道里堆放电动车电池充电,有火灾隐患', resident: { name: personName(handlingRnd), phone: '13905310022' } }, [
    (st) => decideAccept(st, firstHandler, hazard),
    (st) => decideEscalate(st, String(street._id), daysAgo(4)),
    (st) => decideRemind(st, String(street._id), '请当日清理并反馈整改情况', 'demo', daysAgo(3)),
    (st) => decideRemind(st, String(street._id), '再次督办:请今日办结', 'demo', daysAgo(1)),
  ]);
  // 吹哨报到: market supervision called three days ago about a shop's expired food, not reported in past its 48 hours.
  const food = daysAgo(3, 15);
  t.request(grid, { category: 'OTHER', receivedAt: food, channel: 'GRID_WORKER', description: '小区超市售卖过期食品,多名居民反映' }, [
    (st) => decideAccept(st, firstHandler, food),
    (st) => decideWhistle(st, [], '请到场检查该超市食品安全', 'demo', new Date(food.getTime() + HOUR), [String(market._id)], 'OTHER'),
  ]);
  return { builder: t, street };
}

/**
 * Last year's annual review (述职评议 · 双述双评) of a community's big Party committee, with a generator of
 * its own (the rest of the demo stays as it was): six units and the Party organisations among them under
 * review, the committee's seats and three residents' representatives scoring, the committee's opinions
 * for 评先评优, closed on 15 January — the employees who reported to the community served there last year too.
 */
function lastYearsReview(t: TerritoryBuilder, community: { org: OrganizationDoc; grids: OrganizationDoc[] }, units: ResidentUnitDoc[], rnd: Random) {
  const year = 2025;
  const reviewed = units.slice(0, 6);
  for (const member of t.members.filter((m) => reviewed.some((u) => m.employerId?.equals(u._id)) && m.reportsToId?.equals(community.org._id))) {
    t.service(member, { hours: rnd.pick([2, 3, 4]), servedOn: new Date(Date.UTC(year, rnd.int(2, 10), rnd.int(1, 28), 1)), description: rnd.pick(['社区助老', '义诊服务', '楼道清理']) });
  }
  const branches = reviewed.filter((u) => u.partyOrganizationId).map((u) => t.organizations.find((o) => o._id.equals(u.partyOrganizationId!))!);
  const seats = t.seats.filter((s) => s.organizationId.equals(community.org._id));
  const committee = seats.map((s) => t.members.find((m) => m._id.equals(s.memberId))!);
  const residents = rnd.some(
    t.members.filter((m) => m.category === 'DIRECT' && community.grids.some((g) => g._id.equals(m.organizationId))),
    3,
  );
  const { round, parties } = t.reviewRound(community.org, {
    year,
    parties: [...reviewed, ...branches],
    raters: [...committee.map((member) => ({ member, kind: 'COMMITTEE_MEMBER' as const })), ...residents.map((member) => ({ member, kind: 'RESIDENT_REPRESENTATIVE' as const }))],
    openedAt: new Date(Date.UTC(year, 11, 10, 1)),
  });
  const reportedOn = new Date(Date.UTC(year, 11, 20, 1));
  parties.forEach((party, i) => {
    // All but the last unit report in their own words; a Party organisation's figures come at the close.
    if (party.type === 'RESIDENT_UNIT' && i < reviewed.length - 1) {
      t.reviewReport(party, `${reviewed[i].name}本年度履行共建协议,开放场地、派员参加社区志愿服务,在职党员到社区报到并参加活动。`, reportedOn);
    }
    // Each unit's level, and each rater around it; a rater scores neither their employer nor their own branch.
    const level = rnd.int(62, 96);
    for (const member of [...committee, ...residents]) {
      const own = member.employerId?.equals(party.partyId) || member.organizationId.equals(party.partyId) || seats.some((s) => s.memberId.equals(member._id) && s.unitId?.equals(party.partyId));
      if (own || rnd.chance(0.15)) continue;
      t.reviewScore(party, member, [0, 1, 2, 3].map(() => Math.max(0, Math.min(100, level + rnd.int(-8, 8)))), new Date(Date.UTC(year, 11, 28, 2)));
    }
  });
  parties.forEach((party, i) => {
    if (party.type !== 'RESIDENT_UNIT') return;
    if (i === 0) t.reviewOpinion(party, 'RECOMMEND', '共建协议履行到位,群众评价好', new Date(Date.UTC(year + 1, 0, 10, 2)));
    else if (i === reviewed.length - 1) t.reviewOpinion(party, 'DISAGREE', '未按期提交述职报告,参与社区活动较少', new Date(Date.UTC(year + 1, 0, 10, 2)));
    else t.reviewOpinion(party, 'AGREE', null, new Date(Date.UTC(year + 1, 0, 10, 2)));
  });
  t.closeReview(round, new Date(Date.UTC(year + 1, 0, 15, 2)));
}
