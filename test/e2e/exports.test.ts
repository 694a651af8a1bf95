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

/**
 * Exports (导出) as CSV and Excel through the gateway: Chinese headers and
 * terms, every page of a long list, the caller's visibility, formulas
 * defused, residents' personal data left out, clean errors.
 */
describe('exports', () => {
  let stack: TestStack;
  let base: string;
  const t = new TerritoryBuilder();
  const street = t.street('泉城路街道党工委');
  const furong = t.community(street, '芙蓉街社区党委').withGrids(1);
  const qushui = t.community(street, '曲水亭社区党委').withGrids(1);
  const clinic = t.unit(furong.org, { name: '芙蓉街社区卫生服务中心', kind: 'HOSPITAL' });
  for (let i = 1; i <= 125; i++) {
    t.need(furong.org, { title: `助老服务${i}`, category: 'ELDER_CARE', quantity: 2, unitOfMeasure: 'PEOPLE', visibility: i % 5 === 0 ? 'STREET' : 'COMMUNITY' });
  }
  t.need(clinic, { title: '=HYPERLINK("http://example.invalid","点我")', category: 'REPAIRS', quantity: 1, unitOfMeasure: 'HOURS', visibility: 'STREET' });
  t.need(clinic, { title: '修"车棚",换锁', category: 'REPAIRS', quantity: 1, unitOfMeasure: 'HOURS', visibility: 'STREET' });
  t.request(furong.grids[0], { category: 'REPAIRS', resident: { name: '刘阿姨', phone: '13600000006' }, description: '楼道灯坏了,晚上看不清台阶' });
  let tokens: { community: string; otherCommunity: string };

  const get = (path: string, token?: string) => fetch(`${base}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  beforeAll(async () => {
    stack = await startTestStack({ territory: t });
    base = stack.gatewayUrl.replace(/\/graphql$/, '');
    const sign = tokensFor(stack.auth);
    tokens = await signed({ community: sign.forOrganization('COMMUNITY_ADMIN', furong.org), otherCommunity: sign.forOrganization('COMMUNITY_ADMIN', qushui.org) });
  });
  afterAll(() => stack?.stop());

  it('writes every page of a list as CSV with Chinese headers and terms, formulas defused', async () => {
    const response = await get(`/export/needs.csv?organization=${String(furong.org._id)}`, tokens.community);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('需求清单')}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM that makes Excel read UTF-8
    const [header, ...rows] = parseCsv(new TextDecoder().decode(bytes));
    expect(header).toEqual(['编号', '标题', '类别', '发布方', '数量', '计量单位', '已认领', '剩余', '状态', '紧急程度', '截止时间', '可见范围']);
    expect(rows).toHaveLength(127); // two pages of 100
    const first = rows.find((r) => r[1] === '助老服务1')!;
    expect(first.slice(2, 10)).toEqual(['养老服务', '芙蓉街社区党委', '2', '人', '0', '2', '待认领', '一般']);
    expect(rows.map((r) => r[1])).toContain(`'=HYPERLINK("http://example.invalid","点我")`);
    expect(rows.map((r) => r[1])).toContain('修"车棚",换锁');
  });

  it('exports only what the caller may see', async () => {
    const text = await (await get(`/export/needs.csv?organization=${String(furong.org._id)}`, tokens.otherCommunity)).text();
    // The neighbouring community sees the street-wide needs only: 25 of the 125, and the clinic's two.
    expect(parseCsv(text)).toHaveLength(1 + 27);
  });

  it('writes Excel files that Excel reads back, and leaves residents’ personal data out', async () => {
    const response = await get(`/export/requests.xlsx?organization=${String(furong.org._id)}`, tokens.community);
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe('群众诉求');
    expect((sheet.getRow(1).values as unknown[]).slice(1, 8)).toEqual(['编号', '诉求类别', '来源渠道', '诉求内容', '网格', '地址', '状态']);
    expect(sheet.actualRowCount).toBe(2);
    expect((sheet.getRow(2).values as unknown[]).slice(2, 4)).toEqual(['设施维修', '网格员代办']);
    const everything = JSON.stringify(sheet.getSheetValues());
    expect(everything).not.toContain('13600000006');
    expect(everything).not.toContain('刘阿姨');

    const stats = await get(`/export/statistics.xlsx?organization=${String(furong.org._id)}&from=2020-01-01T00:00:00Z&to=2022-12-31T00:00:00Z`, tokens.community);
    const statsBook = new ExcelJS.Workbook();
    await statsBook.xlsx.load(Buffer.from(await stats.arrayBuffer()) as never);
    const figures = statsBook.worksheets[0].getSheetValues().map((row) => (row as unknown[] | undefined)?.slice(1, 4));
    expect(figures).toContainEqual(['需求清单', '发布数', 0]);
    expect(figures).toContainEqual(['群众诉求', '受理总数', 0]);
  });

  it('answers bad requests with clean JSON errors', async () => {
    const org = String(furong.org._id);
    const cases: [string, string | undefined, number, string][] = [
      [`/export/needs.csv?organization=${org}`, undefined, 401, 'UNAUTHENTICATED'],
      [`/export/needs.pdf?organization=${org}`, tokens.community, 404, 'NOT_FOUND'],
      [`/export/needs.csv?organization=nope`, tokens.community, 400, 'BAD_USER_INPUT'],
      [`/export/needs.csv?organization=${org}&status=open`, tokens.community, 400, 'BAD_USER_INPUT'],
      [`/export/needs.csv?organization=${org}&status=NO_SUCH_STATUS`, tokens.community, 400, 'GRAPHQL_VALIDATION_FAILED'],
      [`/export/statistics.csv?organization=${org}`, tokens.community, 400, 'BAD_USER_INPUT'],
      [`/export/statistics.csv?organization=${org}&from=2026-01-01T00:00:00Z&to=2027-01-01T00:00:00Z`, tokens.otherCommunity, 403, 'FORBIDDEN'],
      [`/export/requests.csv?organization=${org}`, 'not-a-token', 401, 'UNAUTHENTICATED'],
    ];
    for (const [path, token, status, code] of cases) {
      const response = await get(path, token);
      expect([path, response.status, ((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code]).toEqual([path, status, code]);
    }
  });
});
