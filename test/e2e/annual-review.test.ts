import ExcelJS from 'exceljs';
import { TerritoryBuilder } from '../../seed/builder';
import {
  CloseReviewRoundDocument,
  InviteReviewRatersDocument,
  CommitteeReviewRoundsDocument,
  GiveReviewOpinionDocument,
  OpenReviewRoundDocument,
  ReviewPartyScoresDocument,
  ReviewRoundDocument,
  ReviewStatisticsDocument,
  ScoreReviewPartyDocument,
  SubmitReviewReportDocument,
  UnitAnnualReviewsDocument,
  type OpenReviewRoundInput,
} from '../generated/operations';
import { signed, tokensFor } from '../support/principals';
import { dataOf, startTestStack, type TestStack } from '../support/stack';

const DAY = 86_400_000;
/** The year in Beijing now: the round reviews it. */
const YEAR = new Date(Date.now() + 8 * 3_600_000).getUTCFullYear();
/** Early in the year (Beijing), so that what the seed places there falls inside the reviewed year. */
const inYear = (days: number) => new Date(Date.UTC(YEAR, 0, 1) - 8 * 3_600_000 + days * DAY);

/** A CSV file as rows of fields (RFC 4180: quoted fields, doubled quotes), without the BOM. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.replace(/^\uFEFF/, '').length; i++) {
    const c = text.replace(/^\uFEFF/, '')[i];
    if (quoted) {
      if (c === '"' && text.replace(/^\uFEFF/, '')[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n') row.push(field.replace(/\r$/, '')), rows.push(row), (row = []), (field = '');
    else field += c;
  }
  if (field || row.length) row.push(field), rows.push(row);
  return rows;
}

/**
 * The annual review (述职评议 · 双述双评) of a community's big Party committee, through the gateway: the
 * round opened with its criteria, parties and raters; a unit's report with the figures of its year read
 * from the other subgraphs; the scores of committee members and residents' representatives; the
 * committee's opinion for 评先评优; the close that freezes the results; the 台账 read back as CSV and
 * Excel; the statistics; and who is refused.
 */
describe('annual review (述职评议)', () => {
  let stack: TestStack;
  let base: string;
  const t = new TerritoryBuilder();
  const street = t.street('泉城路街道党工委');
  const furong = t.community(street, '芙蓉街社区党委').withGrids(1);
  const qushui = t.community(street, '曲水亭社区党委').withGrids(1);
  const clinic = t.unit(furong.org, { name: '芙蓉街社区卫生服务中心', kind: 'HOSPITAL' });
  const school = t.unit(furong.org, { name: '芙蓉街小学', kind: 'SCHOOL' });
  const teahouse = t.unit(qushui.org, { name: '曲水亭茶社', kind: 'PRIVATE_ENTERPRISE' });
  // The clinic's Party branch, where its in-service members belong (在职党员所在党组织).
  const clinicBranch = t.organization({ name: '芙蓉街社区卫生服务中心党支部', kind: 'UNIT_PARTY_ORGANIZATION' }, furong.org);
  const secretary = t.member(furong.org, { name: '张书记' });
  // The clinic's director holds a part-time seat (兼职委员) for it: a committee member who may not score the clinic.
  const director = t.member(clinicBranch, { name: '王院长', category: 'EMPLOYED', employerId: clinic._id });
  const representative = t.member(furong.grids[0], { name: '刘大爷' });
  const outsider = t.member(qushui.grids[0], { name: '周强' });
  const neighbour = t.member(furong.grids[0], { name: '赵阿姨' });
  // A doctor of the clinic who reported to the community (双报到), with hours served there this year.
  const doctor = t.member(clinicBranch, { name: '陈医生', category: 'EMPLOYED', employerId: clinic._id, reportsToId: furong.org._id, reportedAt: inYear(2) });
  t.seat(furong.org, secretary, { role: 'SECRETARY' });
  t.seat(furong.org, director, { unitId: clinic._id });
  t.service(doctor, { hours: 6, servedOn: inYear(10), territoryPath: [...furong.org.ancestorIds, furong.org._id] });
  t.service(doctor, { hours: 2.5, servedOn: inYear(20), territoryPath: [...furong.org.ancestorIds, furong.org._id] });
  // What the clinic did this year: a need of the community it claimed and delivered, one still pending.
  const checkUps = t.need(furong.org, { title: '老年人义诊', category: 'MEDICAL', quantity: 4, unitOfMeasure: 'SESSIONS' });
  t.claim(checkUps, { type: 'RESIDENT_UNIT', id: clinic._id }, 2, 'DELIVERED', inYear(5));
  const firstAid = t.need(furong.org, { title: '急救培训', category: 'MEDICAL', quantity: 1, unitOfMeasure: 'SESSIONS' });
  t.claim(firstAid, { type: 'RESIDENT_UNIT', id: clinic._id }, 1, 'ACCEPTED', inYear(6));
  // Its agreement with the community for the year: the sessions promised are delivered (the check-ups), the hours not.
  t.agreement(clinic, furong.org, {
    startsOn: inYear(0),
    expiresOn: inYear(364),
    status: 'ACTIVE',
    commitments: [
      { kind: 'SESSIONS', description: '每年两次老年人义诊', amount: 2 },
      { kind: 'VOLUNTEER_HOURS', description: '医护人员到社区志愿服务', amount: 100 },
    ],
  });

  let tokens: Record<'street' | 'furong' | 'qushui' | 'clinic' | 'school' | 'secretary' | 'director' | 'representative' | 'outsider', string>;

  beforeAll(async () => {
    stack = await startTestStack({ territory: t });
    base = stack.gatewayUrl.replace(/\/graphql$/, '');
    const sign = tokensFor(stack.auth);
    tokens = await signed({
      street: sign.forOrganization('STREET_ADMIN', street),
      furong: sign.forOrganization('COMMUNITY_ADMIN', furong.org),
      qushui: sign.forOrganization('COMMUNITY_ADMIN', qushui.org),
      clinic: sign.unitAdmin(clinic),
      school: sign.unitAdmin(school),
      secretary: sign.member(secretary, furong.org),
      director: sign.member(director, clinicBranch),
      representative: sign.member(representative, furong.grids[0]),
      outsider: sign.member(outsider, qushui.grids[0]),
    });
  });
  afterAll(() => stack?.stop());

  const roundInput = (overrides: Partial<OpenReviewRoundInput> = {}): OpenReviewRoundInput => ({
    organizationId: String(furong.org._id),
    year: YEAR,
    parties: [
      { type: 'RESIDENT_UNIT', id: String(clinic._id) },
      { type: 'RESIDENT_UNIT', id: String(school._id) },
      { type: 'PARTY_BRANCH', id: String(clinicBranch._id) },
    ],
    raters: [
      { memberId: String(secretary._id), kind: 'COMMITTEE_MEMBER' },
      { memberId: String(director._id), kind: 'COMMITTEE_MEMBER' },
      { memberId: String(representative._id), kind: 'RESIDENT_REPRESENTATIVE' },
    ],
    ...overrides,
  });
  const open = async (input: OpenReviewRoundInput, token = tokens.furong) => dataOf(await stack.query(OpenReviewRoundDocument, { input }, token)).openReviewRound;
  const score = async (partyId: string, scores: number[] | { criterion: string; score: number }[], token: string) => {
    const criteria = ['履行共建协议', '参与社区活动', '服务群众实效', '在职党员报到表现'];
    const input = { partyId, scores: scores.map((s, i) => (typeof s === 'number' ? { criterion: criteria[i], score: s } : s)) };
    return dataOf(await stack.query(ScoreReviewPartyDocument, { input }, token)).scoreReviewParty;
  };
  const code = (response: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => response.errors?.[0]?.extensions?.code;

  it('runs a round from opening to the frozen 台账: reports, scores of both kinds of raters, the opinion, the close', async () => {
    // Opening: the raters and parties are checked — a representative from another community, a member
    // named as a committee member without a seat, a unit of another community, weights not adding up.
    const refused = await open(
      roundInput({
        parties: [{ type: 'RESIDENT_UNIT', id: String(teahouse._id) }],
        raters: [
          { memberId: String(outsider._id), kind: 'RESIDENT_REPRESENTATIVE' },
          { memberId: String(representative._id), kind: 'COMMITTEE_MEMBER' },
        ],
      }),
    );
    expect(refused.errors).toEqual([
      { code: 'INVALID_REVIEW_PARTY', field: 'input.parties.0.id' },
      { code: 'RATER_OUTSIDE_TERRITORY', field: 'input.raters.0.memberId' },
      { code: 'INVALID_RATER', field: 'input.raters.1.memberId' },
    ]);
    expect((await open(roundInput({ criteria: [{ name: '共建', weight: 50 }, { name: '服务', weight: 40 }] }))).errors).toEqual([{ code: 'INVALID_CRITERIA', field: 'input.criteria' }]);

    const opened = await open(roundInput());
    expect(opened.errors).toEqual([]);
    const round = opened.round!;
    expect(round).toMatchObject({ year: YEAR, title: `${YEAR}年度述职评议`, status: 'OPEN', closedAt: null, organization: { name: '芙蓉街社区党委' } });
    expect(round.criteria).toEqual([
      { name: '履行共建协议', weight: 30 },
      { name: '参与社区活动', weight: 25 },
      { name: '服务群众实效', weight: 25 },
      { name: '在职党员报到表现', weight: 20 },
    ]);
    expect(round.raters).toEqual([
      { kind: 'COMMITTEE_MEMBER', member: { name: '张书记' } },
      { kind: 'COMMITTEE_MEMBER', member: { name: '王院长' } },
      { kind: 'RESIDENT_REPRESENTATIVE', member: { name: '刘大爷' } },
    ]);
    const [clinicParty, schoolParty] = round.parties.nodes;
    expect(round.parties.nodes.map((p) => [p.type, p.unit?.name ?? p.branch?.name])).toEqual([
      ['RESIDENT_UNIT', '芙蓉街社区卫生服务中心'],
      ['RESIDENT_UNIT', '芙蓉街小学'],
      ['PARTY_BRANCH', '芙蓉街社区卫生服务中心党支部'],
    ]);
    // One round per committee and year.
    expect((await open(roundInput(), tokens.street)).errors).toEqual([{ code: 'DUPLICATE_REVIEW_ROUND', field: 'input.year' }]);

    // The clinic finds its party on its own page and reports: the figures are read from its record.
    const own = dataOf(await stack.query(UnitAnnualReviewsDocument, { id: String(clinic._id) }, tokens.clinic)).residentUnit!;
    expect(own.annualReviews.nodes.map((p) => [p.id, p.year, p.status, p.round, p.organization.name])).toEqual([[clinicParty.id, YEAR, 'OPEN', null, '芙蓉街社区党委']]);
    const narrative = '本年度为辖区老人开展义诊两次,派出医生参与社区志愿服务,在职党员到社区报到。';
    const report = dataOf(await stack.query(SubmitReviewReportDocument, { input: { partyId: clinicParty.id, narrative } }, tokens.clinic)).submitReviewReport;
    expect(report.errors).toEqual([]);
    expect(report.party!.report).toMatchObject({
      narrative,
      // One claim delivered (the pending one does not count), no activities, the doctor who reported and her 8.5 hours;
      // of its agreement's two commitments, the sessions met and the hours not.
      figures: { claimsDelivered: 1, activitiesOrganised: 0, activitiesAttended: 0, membersReported: 1, volunteerHours: 8.5, commitmentsMet: 0.5 },
    });
    // A unit's admin reports for its own unit only: another unit's party reads as missing.
    expect(dataOf(await stack.query(SubmitReviewReportDocument, { input: { partyId: clinicParty.id, narrative } }, tokens.school)).submitReviewReport.errors).toEqual([{ code: 'NOT_FOUND', field: 'input.partyId' }]);
    const short = dataOf(await stack.query(SubmitReviewReportDocument, { input: { partyId: schoolParty.id, narrative: '完成' } }, tokens.school)).submitReviewReport;
    expect(short.errors).toEqual([{ code: 'INVALID_TEXT', field: 'input.narrative' }]);

    // Scores: the secretary (a committee member) and the representative score the clinic; its director may not.
    expect((await score(clinicParty.id, [90, 80, 85, 95], tokens.secretary)).errors).toEqual([]);
    expect((await score(clinicParty.id, [100, 100, 100, 100], tokens.director)).errors).toEqual([{ code: 'SELF_REVIEW', field: 'input.partyId' }]);
    expect((await score(clinicParty.id, [80, 90, 60, 100], tokens.representative)).errors).toEqual([]);
    // A score changed until the round closes: the later one replaces it.
    const changed = await score(clinicParty.id, [{ criterion: '服务群众实效', score: 75 }], tokens.representative);
    expect(changed.errors).toEqual([]);
    expect(changed.party).toMatchObject({ ratersScored: 2, myScores: [{ criterion: '履行共建协议', score: 80 }, { criterion: '参与社区活动', score: 90 }, { criterion: '服务群众实效', score: 75 }, { criterion: '在职党员报到表现', score: 100 }] });
    expect((await score(clinicParty.id, [{ criterion: '颜值', score: 50 }, { criterion: '参与社区活动', score: 120 }], tokens.representative)).errors).toEqual([
      { code: 'UNKNOWN_CRITERION', field: 'input.scores.0.criterion' },
      { code: 'INVALID_SCORE', field: 'input.scores.1.score' },
    ]);
    // The director scores the school: a committee member's scores alone make its result.
    expect((await score(schoolParty.id, [60, 60, 60, 60], tokens.director)).errors).toEqual([]);

    // Only the round's raters score: not a unit (scoring itself), not the committee's admin; a member elsewhere does not see it.
    expect(code(await stack.query(ScoreReviewPartyDocument, { input: { partyId: clinicParty.id, scores: [{ criterion: '参与社区活动', score: 100 }] } }, tokens.clinic))).toBe('FORBIDDEN');
    expect(code(await stack.query(ScoreReviewPartyDocument, { input: { partyId: clinicParty.id, scores: [{ criterion: '参与社区活动', score: 100 }] } }, tokens.furong))).toBe('FORBIDDEN');
    expect((await score(clinicParty.id, [{ criterion: '参与社区活动', score: 100 }], tokens.outsider)).errors).toEqual([{ code: 'NOT_FOUND', field: 'input.partyId' }]);

    // The committee's opinion for 评先评优: against needs its reason.
    const opinion = async (partyId: string, value: 'RECOMMEND' | 'AGREE' | 'DISAGREE', reason?: string) =>
      dataOf(await stack.query(GiveReviewOpinionDocument, { input: { partyId, opinion: value, reason } }, tokens.furong)).giveReviewOpinion;
    expect((await opinion(schoolParty.id, 'DISAGREE')).errors).toEqual([{ code: 'OPINION_REASON_REQUIRED', field: 'input.reason' }]);
    expect((await opinion(clinicParty.id, 'RECOMMEND', '义诊服务成效明显')).party).toMatchObject({ opinion: 'RECOMMEND', opinionReason: '义诊服务成效明显' });
    expect((await opinion(schoolParty.id, 'AGREE')).errors).toEqual([]);
    // Not the unit itself (it sees its party); another community's committee does not see it at all.
    expect(code(await stack.query(GiveReviewOpinionDocument, { input: { partyId: clinicParty.id, opinion: 'AGREE' } }, tokens.clinic))).toBe('FORBIDDEN');
    expect(dataOf(await stack.query(GiveReviewOpinionDocument, { input: { partyId: clinicParty.id, opinion: 'AGREE' } }, tokens.qushui)).giveReviewOpinion.errors).toEqual([{ code: 'NOT_FOUND', field: 'input.partyId' }]);

    // Before the close the committee follows the result; the unit sees none of it yet.
    const before = dataOf(await stack.query(ReviewRoundDocument, { id: round.id }, tokens.furong)).reviewRound!;
    expect(before.parties.nodes[0]).toMatchObject({ weightedScore: 86.25, grade: 'FAIRLY_GOOD' });
    const unitBefore = dataOf(await stack.query(UnitAnnualReviewsDocument, { id: String(clinic._id) }, tokens.clinic)).residentUnit!.annualReviews.nodes[0];
    expect(unitBefore).toMatchObject({ weightedScore: null, grade: null, opinion: null, results: null });
    const scores = dataOf(await stack.query(ReviewPartyScoresDocument, { id: clinicParty.id }, tokens.furong)).reviewParty!;
    expect(scores.scores.map((s) => [s.kind, s.rater?.name, s.scores.map((x) => x.score)])).toEqual([
      ['COMMITTEE_MEMBER', '张书记', [90, 80, 85, 95]],
      ['RESIDENT_REPRESENTATIVE', '刘大爷', [80, 90, 75, 100]],
    ]);
    expect(code(await stack.query(ReviewPartyScoresDocument, { id: clinicParty.id }, tokens.representative))).toBe('FORBIDDEN');

    // The close: the branch, which never reported, gets its figures generated; everything is frozen.
    const closed = dataOf(await stack.query(CloseReviewRoundDocument, { id: round.id }, tokens.furong)).closeReviewRound;
    expect(closed.errors).toEqual([]);
    expect(closed.round).toMatchObject({ status: 'CLOSED' });
    expect(closed.round!.closedAt).not.toBeNull();
    expect((await score(schoolParty.id, [{ criterion: '参与社区活动', score: 90 }], tokens.secretary)).errors).toEqual([{ code: 'REVIEW_CLOSED', field: 'input.partyId' }]);
    expect(dataOf(await stack.query(SubmitReviewReportDocument, { input: { partyId: clinicParty.id, narrative } }, tokens.clinic)).submitReviewReport.errors).toEqual([{ code: 'REVIEW_CLOSED', field: 'input.partyId' }]);
    expect(dataOf(await stack.query(CloseReviewRoundDocument, { id: round.id }, tokens.furong)).closeReviewRound.errors).toEqual([{ code: 'REVIEW_CLOSED', field: 'id' }]);

    const after = dataOf(await stack.query(ReviewRoundDocument, { id: round.id }, tokens.furong)).reviewRound!;
    expect(after.parties.nodes.map((p) => [p.unit?.name ?? p.branch?.name, p.weightedScore, p.grade, p.opinion])).toEqual([
      ['芙蓉街社区卫生服务中心', 86.25, 'FAIRLY_GOOD', 'RECOMMEND'],
      ['芙蓉街小学', 60, 'AVERAGE', 'AGREE'],
      ['芙蓉街社区卫生服务中心党支部', null, null, null],
    ]);
    expect(after.parties.nodes[2].report).toMatchObject({
      narrative: null,
      submittedAt: null,
      figures: { claimsDelivered: null, activitiesOrganised: null, activitiesAttended: null, membersReported: 1, volunteerHours: 8.5, commitmentsMet: null },
    });
    // A page of parties is one query per list and per step, whatever its length.
    stack.resetCommands();
    await stack.query(ReviewRoundDocument, { id: round.id }, tokens.furong);
    // A fixed number of queries (the round, its page of parties, the organisations they name), none per party;
    // resident-units answers the units' names in one.
    expect(stack.commands()).toEqual({ organizations: { find: 4 }, members: {}, 'resident-units': { find: 1 }, services: {} });
    // The unit's yearly evaluation now shows its result and the committee's opinion.
    const unitAfter = dataOf(await stack.query(UnitAnnualReviewsDocument, { id: String(clinic._id) }, tokens.clinic)).residentUnit!.annualReviews.nodes[0];
    expect(unitAfter).toMatchObject({ status: 'CLOSED', weightedScore: 86.25, grade: 'FAIRLY_GOOD', opinion: 'RECOMMEND', opinionReason: '义诊服务成效明显' });
    expect(unitAfter.results!.map((r) => [r.criterion, r.committeeMean, r.residentMean, r.score])).toEqual([
      ['履行共建协议', 90, 80, 85],
      ['参与社区活动', 80, 90, 85],
      ['服务群众实效', 85, 75, 80],
      ['在职党员报到表现', 95, 100, 97.5],
    ]);
    // Its history is the party's ledger.
    const history = dataOf(await stack.query(ReviewPartyScoresDocument, { id: clinicParty.id }, tokens.furong)).reviewParty!.history;
    expect(history.map((h) => h.action)).toEqual(['OPEN', 'REPORT', 'SCORE', 'SCORE', 'SCORE', 'OPINION', 'FREEZE']);

    // The committee's 台账: CSV, then Excel, read back.
    const get = (path: string, token?: string) => fetch(`${base}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    const csv = await get(`/export/review.csv?organization=${String(furong.org._id)}&year=${YEAR}`, tokens.furong);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-disposition')).toContain(encodeURIComponent(`${YEAR}年度述职评议台账`));
    const [header, ...rows] = parseCsv(new TextDecoder().decode(await csv.arrayBuffer()));
    expect(header).toEqual([
      '述职对象', '类型', '履约认领', '组织活动', '参加活动', '报到党员', '志愿服务时长(小时)', '承诺履行率(%)', '述职内容',
      '履行共建协议(30%)', '参与社区活动(25%)', '服务群众实效(25%)', '在职党员报到表现(20%)', '评议人数', '综合得分', '等次', '评先评优意见', '意见理由',
    ]);
    expect(rows).toEqual([
      ['芙蓉街社区卫生服务中心', '驻区单位', '1', '0', '0', '1', '8.5', '50', narrative, '85', '85', '80', '97.5', '2', '86.25', '较好', '推荐', '义诊服务成效明显'],
      ['芙蓉街小学', '驻区单位', '0', '0', '0', '0', '0', '', '', '60', '60', '60', '60', '1', '60', '一般', '同意', ''],
      ['芙蓉街社区卫生服务中心党支部', '在职党员所在党组织', '', '', '', '1', '8.5', '', '', '', '', '', '', '0', '', '', '', ''],
    ]);
    const xlsx = await get(`/export/review.xlsx?organization=${String(furong.org._id)}&year=${YEAR}`, tokens.furong);
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as never);
    const sheet = workbook.worksheets[0];
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual(['芙蓉街社区卫生服务中心', '驻区单位', 1, 0, 0, 1, 8.5, 50, narrative, 85, 85, 80, 97.5, 2, 86.25, '较好', '推荐', '义诊服务成效明显'].map((v) => v ?? undefined));
    expect(sheet.actualRowCount).toBe(4);
    // Refusals as for every export: no year, no round that year, another community's committee, no token.
    expect((await get(`/export/review.csv?organization=${String(furong.org._id)}`, tokens.furong)).status).toBe(400);
    expect((await get(`/export/review.csv?organization=${String(furong.org._id)}&year=${YEAR - 1}`, tokens.furong)).status).toBe(404);
    expect((await get(`/export/review.csv?organization=${String(furong.org._id)}&year=${YEAR}`, tokens.qushui)).status).toBe(403);
    expect((await get(`/export/review.csv?organization=${String(furong.org._id)}&year=${YEAR}`)).status).toBe(401);

    // Statistics: the rounds of the years that start in the period, and the grades of the closed ones.
    const from = new Date(Date.UTC(YEAR, 0, 1) - 8 * 3_600_000).toISOString();
    const to = new Date(Date.UTC(YEAR + 1, 0, 1) - 8 * 3_600_000).toISOString();
    for (const [org, token] of [[furong.org, tokens.furong], [street, tokens.street]] as const) {
      const stats = dataOf(await stack.query(ReviewStatisticsDocument, { id: String(org._id), from, to }, token)).organization!.statistics!.reviews;
      expect(stats).toEqual({ rounds: 1, closed: 1, partiesReviewed: 3, good: 0, fairlyGood: 1, average: 1, poor: 0, ungraded: 1 });
    }
    // … and the statistics export has them, as every figure of the dashboard.
    const statsCsv = await get(`/export/statistics.csv?organization=${String(furong.org._id)}&from=${from}&to=${to}`, tokens.furong);
    expect(statsCsv.status).toBe(200);
    const reviewRows = parseCsv(new TextDecoder().decode(await statsCsv.arrayBuffer())).filter((row) => row[0] === '述职评议');
    expect(reviewRows.map((row) => [row[1], row[2]])).toEqual([
      ['评议轮次', '1'], ['已结束', '1'], ['述职对象', '3'], ['好', '0'], ['较好', '1'], ['一般', '1'], ['差', '0'], ['未评定', '1'],
    ]);
    const lists = dataOf(await stack.query(CommitteeReviewRoundsDocument, { id: String(furong.org._id), year: YEAR }, tokens.street)).organization!.reviewRounds.nodes;
    expect(lists).toEqual([{ id: round.id, year: YEAR, status: 'CLOSED' }]);
  });

  it('takes a score or refuses it, never both, when it meets the close: each is on the frozen side or refused', async () => {
    // Another committee's round, its one rater a representative of its territory.
    const round = (
      await open(
        roundInput({ organizationId: String(qushui.org._id), parties: [{ type: 'RESIDENT_UNIT', id: String(teahouse._id) }], raters: [{ memberId: String(outsider._id), kind: 'RESIDENT_REPRESENTATIVE' }] }),
        tokens.qushui,
      )
    ).round!;
    const party = round.parties.nodes[0];
    const scores = Array.from({ length: 12 }, (_, i) => score(party.id, [{ criterion: '参与社区活动', score: 60 + i }], tokens.outsider));
    const close = stack.query(CloseReviewRoundDocument, { id: round.id }, tokens.qushui);
    const [outcomes, closed] = await Promise.all([Promise.all(scores), close]);
    expect(dataOf(closed).closeReviewRound.errors).toEqual([]);
    for (const o of outcomes) expect(o.errors.length ? o.errors : 'taken').toEqual(o.errors.length ? [{ code: 'REVIEW_CLOSED', field: 'input.partyId' }] : 'taken');
    // Every score taken is on the party's ledger before its freezing; none after it.
    const history = dataOf(await stack.query(ReviewPartyScoresDocument, { id: party.id }, tokens.qushui)).reviewParty!.history.map((h) => h.action);
    expect(history.filter((a) => a === 'SCORE')).toHaveLength(outcomes.filter((o) => !o.errors.length).length);
    expect(history.at(-1)).toBe('FREEZE');
  });

  it('refuses those who may not open, read or close a round', async () => {
    const input = roundInput({ year: YEAR - 1 });
    // Another community's committee, a unit, a member: FORBIDDEN; without a token, UNAUTHENTICATED.
    for (const token of [tokens.qushui, tokens.clinic, tokens.secretary]) expect(code(await stack.query(OpenReviewRoundDocument, { input }, token))).toBe('FORBIDDEN');
    expect(code(await stack.query(OpenReviewRoundDocument, { input }))).toBe('UNAUTHENTICATED');
    // A round of the year before last is not opened.
    expect((await open(roundInput({ year: YEAR - 2 }))).errors).toEqual([{ code: 'INVALID_YEAR', field: 'input.year' }]);
    // A grid branch has no committee to review.
    expect((await open({ ...input, organizationId: String(furong.grids[0]._id) }, tokens.street)).errors).toEqual([{ code: 'NO_COMMITTEE_SEATS', field: 'input.organizationId' }]);

    const round = (await open(input)).round!;
    // More raters while it is open: of the territory, none twice; by the committees only.
    const invite = async (raters: { memberId: string; kind: 'COMMITTEE_MEMBER' | 'RESIDENT_REPRESENTATIVE' }[], token = tokens.furong) =>
      dataOf(await stack.query(InviteReviewRatersDocument, { id: round.id, raters }, token)).inviteReviewRaters;
    expect((await invite([{ memberId: String(outsider._id), kind: 'RESIDENT_REPRESENTATIVE' }, { memberId: String(representative._id), kind: 'RESIDENT_REPRESENTATIVE' }])).errors).toEqual([
      { code: 'RATER_OUTSIDE_TERRITORY', field: 'raters.0.memberId' },
    ]);
    expect((await invite([{ memberId: String(representative._id), kind: 'RESIDENT_REPRESENTATIVE' }])).errors).toEqual([{ code: 'INVALID_RATER', field: 'raters.0.memberId' }]);
    expect(code(await stack.query(InviteReviewRatersDocument, { id: round.id, raters: [{ memberId: String(neighbour._id), kind: 'RESIDENT_REPRESENTATIVE' }] }, tokens.secretary))).toBe('FORBIDDEN');
    const invited = await invite([{ memberId: String(neighbour._id), kind: 'RESIDENT_REPRESENTATIVE' }]);
    expect(invited.errors).toEqual([]);
    expect(invited.round!.raters.map((r) => r.member?.name)).toEqual(['张书记', '王院长', '刘大爷', '赵阿姨']);
    // The one invited scores at once, and reads the round.
    const schoolParty = invited.round!.parties.nodes[1];
    expect((await score(schoolParty.id, [{ criterion: '参与社区活动', score: 88 }], await tokensFor(stack.auth).member(neighbour, furong.grids[0]))).errors).toEqual([]);
    // Read by the committees over it and its raters; anyone else reads null, a committee's list FORBIDDEN.
    expect(dataOf(await stack.query(ReviewRoundDocument, { id: round.id }, tokens.representative)).reviewRound?.id).toBe(round.id);
    expect(dataOf(await stack.query(ReviewRoundDocument, { id: round.id }, tokens.street)).reviewRound?.id).toBe(round.id);
    for (const token of [tokens.qushui, tokens.outsider, tokens.clinic]) expect(dataOf(await stack.query(ReviewRoundDocument, { id: round.id }, token)).reviewRound).toBeNull();
    expect(code(await stack.query(CommitteeReviewRoundsDocument, { id: String(furong.org._id) }, tokens.qushui))).toBe('FORBIDDEN');
    expect(code(await stack.query(UnitAnnualReviewsDocument, { id: String(clinic._id) }, tokens.school))).toBe('FORBIDDEN');
    // Closed by the committees over it only.
    expect(code(await stack.query(CloseReviewRoundDocument, { id: round.id }, tokens.secretary))).toBe('FORBIDDEN');
    expect(dataOf(await stack.query(CloseReviewRoundDocument, { id: round.id }, tokens.qushui)).closeReviewRound.errors).toEqual([{ code: 'NOT_FOUND', field: 'id' }]);
    expect(dataOf(await stack.query(CloseReviewRoundDocument, { id: round.id }, tokens.street)).closeReviewRound.round).toMatchObject({ status: 'CLOSED' });
    expect((await invite([{ memberId: String(secretary._id), kind: 'COMMITTEE_MEMBER' }])).errors).toEqual([{ code: 'REVIEW_CLOSED', field: 'id' }]);
  });
});
