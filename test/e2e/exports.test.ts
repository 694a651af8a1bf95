import ExcelJS from 'exceljs';
import { TerritoryBuilder } from '../../seed/builder';
import { signed, tokensFor } from '../support/principals';
import { startTestStack, type TestStack } from '../support/stack';

/** RFC 4180 rows (quoted fields, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  return rows;
}

/** The cells of a worksheet row, from column 1. */
const cells = (sheet: ExcelJS.Worksheet, row: number) => (sheet.getRow(row).values as unknown[]).slice(1);

/**
 * Exports (导出) as CSV and Excel through the gateway: Chinese headers and
 * terms, every page of a long list, the claimants of every item, dates as
 * dates in Beijing time, the caller's territory, formulas defused, residents'
 * personal data left out, clean errors.
 */
describe('exports', () => {
  let stack: TestStack;
  let base: string;
  const t = new TerritoryBuilder();
  const street = t.street('泉城路街道党工委');
  const furong = t.community(street, '芙蓉街社区党委').withGrids(1);
  const qushui = t.community(street, '曲水亭社区党委').withGrids(1);
  const daming = t.community(street, '大明湖社区党委');
  const clinic = t.unit(furong.org, { name: '芙蓉街社区卫生服务中心', kind: 'HOSPITAL' });
  const school = t.unit(furong.org, { name: '芙蓉街小学', kind: 'SCHOOL' });
  const teahouse = t.unit(qushui.org, { name: '曲水亭茶社', kind: 'PRIVATE_ENTERPRISE' });
  const member = t.member(furong.org, { name: '张建国' });
  // The school promised forty people for 2021 and sent none: the statistics export's commitment rows.
  t.agreement(school, furong.org, {
    startsOn: new Date('2021-01-01T00:00:00Z'),
    expiresOn: new Date('2021-12-31T00:00:00Z'),
    status: 'ACTIVE',
    commitments: [{ kind: 'PEOPLE', description: '组织师生志愿者服务居民', amount: 40 }],
  });
  // The community's committee met once in 2021 (no seats built: nobody invited), and once more the meeting was called off.
  t.jointMeeting(furong.org, { title: '2021年第二季度联席会议', scheduledAt: new Date('2021-06-10T02:00:00Z') });
  t.jointMeeting(furong.org, { title: '2021年第三季度联席会议', scheduledAt: new Date('2021-09-10T02:00:00Z'), status: 'CANCELLED' });
  for (let i = 1; i <= 125; i++) {
    t.need(furong.org, { title: `助老服务${i}`, category: 'ELDER_CARE', quantity: 2, unitOfMeasure: 'PEOPLE', visibility: i % 5 === 0 ? 'STREET' : 'COMMUNITY' });
  }
  t.need(clinic, { title: '=HYPERLINK("http://example.invalid","点我")', category: 'REPAIRS', quantity: 1, unitOfMeasure: 'HOURS', visibility: 'STREET' });
  t.need(clinic, { title: '修"车棚",换锁', category: 'REPAIRS', quantity: 1, unitOfMeasure: 'HOURS', visibility: 'STREET' });
  // 16:30 UTC on 1 March is 00:30 on 2 March in Shanghai: the day shown must be the 2nd.
  const deadline = new Date('2026-03-01T16:30:00Z');
  const lunch = t.need(furong.org, { title: '独居老人助餐', category: 'ELDER_CARE', quantity: 3, unitOfMeasure: 'PEOPLE', urgency: 'HIGH', smallWish: true, deadline });
  t.claim(lunch, { type: 'RESIDENT_UNIT', id: clinic._id }, 2, 'ACCEPTED');
  t.claim(lunch, { type: 'MEMBER', id: member._id }, 1, 'PENDING');
  // More claims than the first page of an item's claims holds: the rest are read too.
  const cleanup = t.need(furong.org, { title: '社区清洁日', category: 'ENVIRONMENT', quantity: 30, unitOfMeasure: 'PEOPLE' });
  for (let i = 1; i <= 25; i++) t.claim(cleanup, { type: 'RESIDENT_UNIT', id: t.unit(furong.org, { name: `志愿单位${i}`, kind: 'SOCIAL_ORGANIZATION' })._id }, 1);
  const clinicOffer = t.offer(clinic, { title: '每月义诊', category: 'MEDICAL', capacity: 4, unitOfMeasure: 'SESSIONS', deadline });
  t.claim(clinicOffer, { type: 'ORGANIZATION', id: furong.org._id }, 1, 'ACCEPTED');
  const project = t.project([furong.org, clinic], { title: '红色物业联建', category: 'SAFETY', quantity: 5, unitOfMeasure: 'PEOPLE', budget: 20_000, deadline });
  t.claim(project, { type: 'RESIDENT_UNIT', id: school._id }, 2, 'ACCEPTED');
  t.request(furong.grids[0], { category: 'REPAIRS', resident: { name: '刘阿姨', phone: '13600000006' }, description: '楼道灯坏了,晚上看不清台阶' });
  // A list of three pages of 100 (the export's page): every page is read, every row written once.
  const LONG = 250;
  const longIds = new Set<string>();
  for (let i = 1; i <= LONG; i++) {
    longIds.add(String(t.need(daming.org, { title: `大明湖需求${i}`, category: 'VOLUNTEERS', quantity: 1, unitOfMeasure: 'HOURS' })._id));
  }
  const lastLong = t.items[t.items.length - 1];
  t.claim(lastLong, { type: 'RESIDENT_UNIT', id: t.unit(daming.org, { name: '大明湖景区管理处', kind: 'PUBLIC_INSTITUTION' })._id }, 1, 'ACCEPTED');
  const furongNeeds = t.items.filter((i) => i.kind === 'NEED' && i.territoryPath.some((id) => id.equals(furong.org._id))).length;

  let tokens: { community: string; otherCommunity: string; street: string; daming: string; clinic: string; teahouse: string };

  const get = (path: string, token?: string) => fetch(`${base}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const csv = async (path: string, token: string) => {
    const response = await get(path, token);
    expect(response.status).toBe(200);
    return parseCsv(new TextDecoder().decode(await response.arrayBuffer()));
  };
  const xlsx = async (path: string, token: string) => {
    const response = await get(path, token);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
    return workbook.worksheets[0];
  };
  /** The row of a sheet whose title (column 2) is `title`, with its headers as keys. */
  const rowOf = (sheet: ExcelJS.Worksheet, title: string) => {
    const headers = cells(sheet, 1) as string[];
    for (let r = 2; r <= sheet.actualRowCount; r++) {
      if (sheet.getRow(r).getCell(2).value === title) return Object.fromEntries(headers.map((h, i) => [h, sheet.getRow(r).getCell(i + 1)]));
    }
    throw new Error(`no row ${title}`);
  };

  beforeAll(async () => {
    stack = await startTestStack({ territory: t });
    base = stack.gatewayUrl.replace(/\/graphql$/, '');
    const sign = tokensFor(stack.auth);
    tokens = await signed({
      community: sign.forOrganization('COMMUNITY_ADMIN', furong.org),
      otherCommunity: sign.forOrganization('COMMUNITY_ADMIN', qushui.org),
      street: sign.forOrganization('STREET_ADMIN', street),
      daming: sign.forOrganization('COMMUNITY_ADMIN', daming.org),
      clinic: sign.unitAdmin(clinic),
      teahouse: sign.unitAdmin(teahouse),
    });
  });
  afterAll(() => stack?.stop());

  it('writes every page of a list as CSV with Chinese headers and terms, claimants, Beijing time, formulas defused', async () => {
    const response = await get(`/export/needs.csv?organization=${String(furong.org._id)}`, tokens.community);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('需求清单')}`);
    // And an ASCII name of its own for clients that ignore filename* (curl -OJ saves under it).
    expect(response.headers.get('content-disposition')).toMatch(/filename="needs-\d{4}-\d{2}-\d{2}\.csv"/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM that makes Excel read UTF-8
    const [header, ...rows] = parseCsv(new TextDecoder().decode(bytes));
    expect(header).toEqual(['编号', '标题', '类别', '发布方', '数量', '计量单位', '已认领', '剩余', '认领方', '状态', '紧急程度', '截止时间', '可见范围']);
    expect(rows).toHaveLength(furongNeeds); // two pages of 100
    const first = rows.find((r) => r[1] === '助老服务1')!;
    expect(first.slice(2, 11)).toEqual(['养老服务', '芙蓉街社区党委', '2', '人', '0', '2', '', '待认领', '一般']);
    expect(rows.map((r) => r[1])).toContain(`'=HYPERLINK("http://example.invalid","点我")`);
    expect(rows.map((r) => r[1])).toContain('修"车棚",换锁');
    const claimed = rows.find((r) => r[1] === '独居老人助餐')!;
    expect(claimed[6]).toBe('3');
    expect(claimed[8]).toBe('芙蓉街社区卫生服务中心（2人，已接受）；张建国（1人，待处理）');
    expect(claimed[10]).toBe('较急');
    expect(claimed[11]).toBe('2026-03-02T00:30:00+08:00'); // ISO 8601, Beijing time
    const many = rows.find((r) => r[1] === '社区清洁日')![8].split('；');
    expect(many).toHaveLength(25);
    expect(many[24]).toBe('志愿单位25（1人，待处理）');
  });

  it('writes the needs as Excel with dates as date cells and numbers as numbers', async () => {
    const sheet = await xlsx(`/export/needs.xlsx?organization=${String(furong.org._id)}`, tokens.community);
    expect(sheet.name).toBe('需求清单');
    expect(sheet.actualRowCount).toBe(1 + furongNeeds);
    const row = rowOf(sheet, '独居老人助餐');
    // Excel dates have no zone: the cell holds the Beijing wall-clock time, 00:30 on 2 March.
    expect(row['截止时间'].value).toBeInstanceOf(Date);
    expect((row['截止时间'].value as Date).toISOString()).toBe('2026-03-02T00:30:00.000Z');
    expect(row['截止时间'].numFmt).toBe('yyyy-mm-dd hh:mm');
    expect(row['数量'].value).toBe(3);
    expect(row['已认领'].value).toBe(3);
    expect(row['认领方'].value).toBe('芙蓉街社区卫生服务中心（2人，已接受）；张建国（1人，待处理）');
  });

  it('exports the offers with their claimants, as CSV and as Excel', async () => {
    const org = String(furong.org._id);
    const [header, ...rows] = await csv(`/export/offers.csv?organization=${org}`, tokens.community);
    expect(header).toEqual(['编号', '标题', '类别', '提供方', '数量', '计量单位', '已认领', '剩余', '认领方', '状态', '截止时间', '可见范围']);
    expect(rows).toHaveLength(1);
    expect(rows[0].slice(1, 12)).toEqual(['每月义诊', '健康体检', '芙蓉街社区卫生服务中心', '4', '场次', '1', '3', '芙蓉街社区党委（1场次，已接受）', '部分认领', '2026-03-02T00:30:00+08:00', '本街道']);

    const sheet = await xlsx(`/export/offers.xlsx?organization=${org}`, tokens.community);
    expect(sheet.name).toBe('资源清单');
    const row = rowOf(sheet, '每月义诊');
    expect(row['截止时间'].value).toBeInstanceOf(Date);
    expect(row['数量'].value).toBe(4);
    expect(row['认领方'].value).toBe('芙蓉街社区党委（1场次，已接受）');
  });

  it('exports the projects with their owners and claimants, as CSV and as Excel', async () => {
    const org = String(furong.org._id);
    const [header, ...rows] = await csv(`/export/projects.csv?organization=${org}`, tokens.community);
    expect(header).toEqual(['编号', '标题', '类别', '共建方', '数量', '计量单位', '已认领', '剩余', '认领方', '状态', '截止时间', '可见范围', '预算(元)', '进度']);
    expect(rows).toHaveLength(1);
    expect(rows[0].slice(1)).toEqual(['红色物业联建', '平安建设', '芙蓉街社区党委、芙蓉街社区卫生服务中心', '5', '人', '2', '3', '芙蓉街小学（2人，已接受）', '部分认领', '2026-03-02T00:30:00+08:00', '本街道', '20000', '0']);

    const sheet = await xlsx(`/export/projects.xlsx?organization=${org}`, tokens.community);
    expect(sheet.name).toBe('项目清单');
    const row = rowOf(sheet, '红色物业联建');
    expect(row['截止时间'].value).toBeInstanceOf(Date);
    expect(row['预算(元)'].value).toBe(20_000);
    expect(row['认领方'].value).toBe('芙蓉街小学（2人，已接受）');
  });

  it('writes the requests as CSV and as Excel, and leaves residents’ personal data out', async () => {
    const org = String(furong.org._id);
    const [header, ...rows] = await csv(`/export/requests.csv?organization=${org}`, tokens.community);
    expect(header.slice(0, 8)).toEqual(['编号', '诉求类别', '来源渠道', '诉求内容', '网格', '地址', '状态', '登记时间']);
    expect(rows).toHaveLength(1);
    expect(rows[0][7]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$/);

    const sheet = await xlsx(`/export/requests.xlsx?organization=${org}`, tokens.community);
    expect(sheet.name).toBe('群众诉求');
    expect(cells(sheet, 1).slice(0, 7)).toEqual(['编号', '诉求类别', '来源渠道', '诉求内容', '网格', '地址', '状态']);
    expect(sheet.actualRowCount).toBe(2);
    expect(cells(sheet, 2).slice(1, 3)).toEqual(['设施维修', '网格员代办']);
    expect(sheet.getRow(2).getCell(8).value).toBeInstanceOf(Date); // 登记时间
    const everything = JSON.stringify(sheet.getSheetValues()) + JSON.stringify(rows);
    expect(everything).not.toContain('13600000006');
    expect(everything).not.toContain('刘阿姨');
  });

  it('writes the statistics with numbers as numbers', async () => {
    const sheet = await xlsx(`/export/statistics.xlsx?organization=${String(furong.org._id)}&from=2020-01-01T00:00:00Z&to=2022-12-31T00:00:00Z`, tokens.community);
    const figures = sheet.getSheetValues().map((row) => (row as unknown[] | undefined)?.slice(1, 4));
    expect(figures).toContainEqual(['需求清单', '发布数', 0]);
    expect(figures).toContainEqual(['群众诉求', '受理总数', 0]);
    expect(figures).toContainEqual(['共建活动', '已举办', 0]);
    expect(figures).toContainEqual(['联席会议', '召集', 2]);
    expect(figures).toContainEqual(['联席会议', '召开', 1]);
    expect(figures).toContainEqual(['联席会议', '取消', 1]);
    expect(figures).toContainEqual(['联席会议', '决定事项', 0]);
    expect(figures).toContainEqual(['共建承诺(服务人次)', '承诺量', 40]);
    expect(figures).toContainEqual(['共建承诺(服务人次)', '已履行', 0]);
    expect(figures).toContainEqual(['共建承诺(服务人次)', '缺口', 40]);
    expect(figures).toContainEqual(['共建承诺(服务人次)', '落后协议数', 1]);
  });

  it('exports inside the caller’s territory: a street its communities, a unit its community', async () => {
    const [, ...streetRows] = await csv(`/export/needs.csv?organization=${String(furong.org._id)}`, tokens.street);
    expect(streetRows).toHaveLength(furongNeeds);
    const [, ...unitRows] = await csv(`/export/needs.csv?organization=${String(furong.org._id)}`, tokens.clinic);
    expect(unitRows).toHaveLength(furongNeeds);
  });

  it('exports a list longer than one page completely, every row once', async () => {
    const response = await get(`/export/needs.csv?organization=${String(daming.org._id)}`, tokens.daming);
    expect(response.status).toBe(200);
    const [, ...rows] = parseCsv(new TextDecoder().decode(await response.arrayBuffer()));
    expect(rows).toHaveLength(LONG);
    expect(new Set(rows.map((r) => r[0]))).toEqual(longIds);
    expect(rows.find((r) => r[0] === String(lastLong._id))![8]).toBe('大明湖景区管理处（1小时，已接受）');
  });

  it('answers every export outside the caller’s territory with 403, without a token 401, a bad id 400', async () => {
    const org = String(furong.org._id);
    const period = '&from=2026-01-01T00:00:00Z&to=2027-01-01T00:00:00Z';
    const cases: [string, string | undefined, number, string][] = [];
    for (const list of ['needs', 'offers', 'projects', 'requests', 'statistics']) {
      for (const format of ['csv', 'xlsx']) {
        const path = `/export/${list}.${format}?organization=${org}${list === 'statistics' ? period : ''}`;
        cases.push([path, undefined, 401, 'UNAUTHENTICATED'], [path, tokens.otherCommunity, 403, 'FORBIDDEN']);
      }
    }
    cases.push(
      [`/export/needs.csv?organization=${org}`, tokens.teahouse, 403, 'FORBIDDEN'], // a unit of another community
      [`/export/needs.csv?organization=${String(street._id)}`, tokens.community, 403, 'FORBIDDEN'], // above the caller
      [`/export/needs.pdf?organization=${org}`, tokens.community, 404, 'NOT_FOUND'],
      [`/export/needs.csv?organization=nope`, tokens.community, 400, 'BAD_USER_INPUT'],
      [`/export/needs.csv`, tokens.community, 400, 'BAD_USER_INPUT'],
      [`/export/needs.csv?organization=${'0'.repeat(24)}`, tokens.community, 404, 'NOT_FOUND'],
      [`/export/needs.csv?organization=${org}&status=open`, tokens.community, 400, 'BAD_USER_INPUT'],
      [`/export/needs.csv?organization=${org}&status=NO_SUCH_STATUS`, tokens.community, 400, 'BAD_USER_INPUT'],
      [`/export/statistics.csv?organization=${org}`, tokens.community, 400, 'BAD_USER_INPUT'],
      [`/export/requests.csv?organization=${org}`, 'not-a-token', 401, 'UNAUTHENTICATED'],
    );
    for (const [path, token, status, code] of cases) {
      const response = await get(path, token);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect([path, token, response.status, body.errors[0].extensions.code]).toEqual([path, token, status, code]);
      expect(body.errors[0].message).not.toBe('');
    }
  });
});
