import { Kind, parse, type EnumTypeDefinitionNode } from 'graphql';
import type express from 'express';
import type { Logger } from '../platform/logger';
import { CONTENT_TYPES, tableWriter, type Cell, type Format } from '../platform/spreadsheet';

/**
 * Exports (导出) of the three lists, the requests and the statistics as CSV
 * or Excel, with Chinese headers:
 *
 *   GET /export/<needs|offers|projects|requests|statistics>.<csv|xlsx>?organization=<id>[&status=…][&from=…&to=…]
 *   Authorization: Bearer <token>
 *
 * Every row is read through the gateway's own /graphql with the caller's
 * token — the same resolvers, the same visibility rules and limits as any
 * client — a page of 100 at a time, written out as it arrives. Residents'
 * names and phones are never exported.
 */

interface Column {
  header: string;
  value: (node: any) => Cell;
  /** Shown by its Chinese term (the text before " · " in the enum value's description). */
  enumType?: string;
}

interface ListDataset {
  kind: 'list';
  title: string;
  field: string;
  /** Arguments of the connection field besides first/after. */
  args: (params: URLSearchParams) => string[];
  selection: string;
  columns: Column[];
}

class ExportError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

const name = (node: { name?: string } | null) => node?.name ?? '';
/** `?status=OPEN`: an enum value, passed as a literal (the schema validates it; the pattern keeps the query well-formed). */
const statusArg = (params: URLSearchParams) => {
  const status = params.get('status');
  if (status === null) return [];
  if (!/^[A-Z_]{2,30}$/.test(status)) throw new ExportError(400, 'BAD_USER_INPUT', '`status` must be a status code such as OPEN');
  return [`status: ${status}`];
};

const ITEM_SELECTION = `id title category quantity unitOfMeasure claimedQuantity remainingQuantity status urgency deadline visibility`;
const itemColumns = (owner: string, ownerField: string): Column[] => [
  { header: '编号', value: (n) => n.id },
  { header: '标题', value: (n) => n.title },
  { header: '类别', value: (n) => n.category, enumType: 'ServiceCategory' },
  { header: owner, value: (n) => (Array.isArray(n[ownerField]) ? n[ownerField].map(name).join('、') : name(n[ownerField])) },
  { header: '数量', value: (n) => n.quantity },
  { header: '计量单位', value: (n) => n.unitOfMeasure, enumType: 'UnitOfMeasure' },
  { header: '已认领', value: (n) => n.claimedQuantity },
  { header: '剩余', value: (n) => n.remainingQuantity },
  { header: '状态', value: (n) => n.status, enumType: 'ItemStatus' },
  { header: '紧急程度', value: (n) => n.urgency, enumType: 'Urgency' },
  { header: '截止时间', value: (n) => (n.deadline ? new Date(n.deadline) : null) },
  { header: '可见范围', value: (n) => n.visibility, enumType: 'Visibility' },
];
const PARTY = `{ ... on Organization { name } ... on ResidentUnit { name } }`;

const DATASETS: Record<string, ListDataset> = {
  needs: {
    kind: 'list',
    title: '需求清单',
    field: 'needs',
    args: (p) => ['inTerritory: true', ...statusArg(p)],
    selection: `${ITEM_SELECTION} postedBy ${PARTY}`,
    columns: itemColumns('发布方', 'postedBy'),
  },
  offers: {
    kind: 'list',
    title: '资源清单',
    field: 'offers',
    args: (p) => ['inTerritory: true', ...statusArg(p)],
    selection: `${ITEM_SELECTION} provider ${PARTY}`,
    columns: itemColumns('提供方', 'provider'),
  },
  projects: {
    kind: 'list',
    title: '项目清单',
    field: 'projects',
    args: (p) => ['inTerritory: true', ...statusArg(p)],
    selection: `${ITEM_SELECTION} owners ${PARTY} progress`,
    columns: [...itemColumns('共建方', 'owners'), { header: '进度', value: (n) => Math.round(n.progress * 100) / 100 }],
  },
  requests: {
    kind: 'list',
    title: '群众诉求',
    field: 'requests',
    args: statusArg,
    selection: `id category channel description address grid { name } status receivedAt deadline overdue handledBy { name }
      whistles { unit { name } } resolution resolvedAt resolvedOnTime rating { score } reopenCount escalatedAt`,
    columns: [
      { header: '编号', value: (n) => n.id },
      { header: '诉求类别', value: (n) => n.category, enumType: 'RequestCategory' },
      { header: '来源渠道', value: (n) => n.channel, enumType: 'RequestChannel' },
      { header: '诉求内容', value: (n) => n.description },
      { header: '网格', value: (n) => name(n.grid) },
      { header: '地址', value: (n) => n.address },
      { header: '状态', value: (n) => n.status, enumType: 'RequestStatus' },
      { header: '登记时间', value: (n) => new Date(n.receivedAt) },
      { header: '办结期限', value: (n) => new Date(n.deadline) },
      { header: '超期', value: (n) => n.overdue },
      { header: '首问负责单位', value: (n) => name(n.handledBy) },
      { header: '吹哨单位', value: (n) => n.whistles.map((w: { unit: { name?: string } }) => name(w.unit)).join('、') },
      { header: '办理结果', value: (n) => n.resolution },
      { header: '办结时间', value: (n) => (n.resolvedAt ? new Date(n.resolvedAt) : null) },
      { header: '按期办结', value: (n) => n.resolvedOnTime },
      { header: '满意度', value: (n) => n.rating?.score ?? null },
      { header: '重办次数', value: (n) => n.reopenCount },
      { header: '超期上报时间', value: (n) => (n.escalatedAt ? new Date(n.escalatedAt) : null) },
    ],
  },
};

const STATISTICS_QUERY = `query($o: ID!, $from: DateTime!, $to: DateTime!) { organization(id: $o) { name statistics(from: $from, to: $to) {
  lists { list published claimed claimRate fulfilled fulfilmentRate medianHoursToClaim medianHoursToFulfil }
  claims { total byStatus { status count } }
  requests { received resolved resolutionRate resolvedOnTime onTimeRate rated satisfied satisfactionRate whistled whistleRate escalated overdueNow byCategory { category count } }
  unitRanking(first: 100) { rank unit { name } deliveredClaims evaluatedClaims }
  coverage { category needs quantity accepted delivered coverage }
  volunteerHoursByCategory { category hours }
  volunteerHoursByEmployer(first: 100) { employer { name } hours }
} } }`;

/** Chinese terms of every enum value, read from the supergraph's descriptions ("已登记 · Received…" → 已登记). */
export function enumLabels(supergraphSdl: string): Map<string, Map<string, string>> {
  const labels = new Map<string, Map<string, string>>();
  for (const def of parse(supergraphSdl).definitions) {
    if (def.kind !== Kind.ENUM_TYPE_DEFINITION) continue;
    const values = new Map<string, string>();
    for (const v of (def as EnumTypeDefinitionNode).values ?? []) {
      const term = v.description?.value.split(' · ')[0]?.trim();
      if (term) values.set(v.name.value, term);
    }
    labels.set(def.name.value, values);
  }
  return labels;
}

const STATUS_OF_CODE: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, BAD_USER_INPUT: 400, GRAPHQL_VALIDATION_FAILED: 400 };
/** At most this many rows in one export (a street's lists are thousands). */
const MAX_ROWS = 100_000;

export function exportRoutes(opts: { graphqlUrl: () => string; supergraphSdl: string; logger: Logger }) {
  const labels = enumLabels(opts.supergraphSdl);
  const label = (enumType: string | undefined, value: Cell) =>
    enumType && typeof value === 'string' ? (labels.get(enumType)?.get(value) ?? value) : value;

  async function graphql(authorization: string, query: string, variables: object): Promise<any> {
    const response = await fetch(opts.graphqlUrl(), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
    if (body.errors?.length) {
      const code = body.errors[0].extensions?.code ?? 'INTERNAL_SERVER_ERROR';
      throw new ExportError(STATUS_OF_CODE[code] ?? 502, code, body.errors[0].message);
    }
    return body.data;
  }

  /** The rows of a list, page by page; the first page is read before anything is sent. */
  async function* listRows(dataset: ListDataset, authorization: string, organization: string, params: URLSearchParams) {
    const query = `query($o: ID!, $after: String) { organization(id: $o) { ${dataset.field}(${[...dataset.args(params), 'first: 100', 'after: $after'].join(', ')}) {
      pageInfo { hasNextPage endCursor } nodes { ${dataset.selection} } } } }`;
    let after: string | null = null;
    let count = 0;
    for (;;) {
      const data = await graphql(authorization, query, { o: organization, after });
      if (!data.organization) throw new ExportError(404, 'NOT_FOUND', 'No such organisation');
      const page = data.organization[dataset.field];
      count += page.nodes.length;
      yield page.nodes.map((node: unknown) => dataset.columns.map((c) => label(c.enumType, c.value(node))));
      if (!page.pageInfo.hasNextPage || count >= MAX_ROWS) return;
      after = page.pageInfo.endCursor;
    }
  }

  /** The statistics as one table: section, figure, value. */
  async function statisticsRows(authorization: string, organization: string, params: URLSearchParams): Promise<Cell[][]> {
    const from = params.get('from');
    const to = params.get('to');
    if (!from || !to) throw new ExportError(400, 'BAD_USER_INPUT', 'The statistics export needs `from` and `to` (ISO 8601)');
    const data = await graphql(authorization, STATISTICS_QUERY, { o: organization, from, to });
    if (!data.organization) throw new ExportError(404, 'NOT_FOUND', 'No such organisation');
    const s = data.organization.statistics;
    const pct = (x: number | null) => (x == null ? null : Math.round(x * 10_000) / 100);
    const list = (kind: string) => label('ListKind', kind) as string;
    const rows: Cell[][] = [];
    for (const l of s.lists) {
      rows.push(
        [list(l.list), '发布数', l.published],
        [list(l.list), '被认领数', l.claimed],
        [list(l.list), '认领率(%)', pct(l.claimRate)],
        [list(l.list), '完成数', l.fulfilled],
        [list(l.list), '完成率(%)', pct(l.fulfilmentRate)],
        [list(l.list), '认领用时中位数(小时)', l.medianHoursToClaim],
        [list(l.list), '完成用时中位数(小时)', l.medianHoursToFulfil],
      );
    }
    rows.push(['认领', '总数', s.claims.total]);
    for (const c of s.claims.byStatus) rows.push(['认领', label('ClaimStatus', c.status), c.count]);
    const r = s.requests;
    rows.push(
      ['群众诉求', '受理总数', r.received],
      ['群众诉求', '已办结', r.resolved],
      ['群众诉求', '办结率(%)', pct(r.resolutionRate)],
      ['群众诉求', '按期办结率(%)', pct(r.onTimeRate)],
      ['群众诉求', '满意率(%)', pct(r.satisfactionRate)],
      ['群众诉求', '吹哨率(%)', pct(r.whistleRate)],
      ['群众诉求', '超期上报', r.escalated],
      ['群众诉求', '当前超期', r.overdueNow],
    );
    for (const c of r.byCategory) rows.push(['群众诉求类别', label('RequestCategory', c.category), c.count]);
    for (const u of s.unitRanking) rows.push(['单位贡献排行', `${u.rank}. ${name(u.unit)}`, u.deliveredClaims]);
    for (const c of s.coverage) rows.push(['需求覆盖率(%)', label('ServiceCategory', c.category), pct(c.coverage)]);
    for (const h of s.volunteerHoursByCategory) rows.push(['志愿服务时长(按党员类别)', label('MemberCategory', h.category), h.hours]);
    for (const h of s.volunteerHoursByEmployer) rows.push(['志愿服务时长(按单位)', name(h.employer), h.hours]);
    return rows;
  }

  return (app: express.Express) => {
    app.get('/export/:file', async (req, res) => {
      const match = /^(needs|offers|projects|requests|statistics)\.(csv|xlsx)$/.exec(req.params.file);
      const params = new URL(req.originalUrl, 'http://localhost').searchParams;
      const organization = params.get('organization') ?? '';
      const authorization = req.headers.authorization;
      const fail = (status: number, code: string, message: string) => res.status(status).json({ errors: [{ message, extensions: { code } }] });
      if (!match) return fail(404, 'NOT_FOUND', 'Exports: /export/<needs|offers|projects|requests|statistics>.<csv|xlsx>');
      if (!authorization) return fail(401, 'UNAUTHENTICATED', 'Sign in first: send the same bearer token as for /graphql');
      if (!/^[0-9a-f]{24}$/.test(organization)) return fail(400, 'BAD_USER_INPUT', '`organization` must be an organisation id');
      const [, datasetName, format] = match as unknown as [string, string, Format];
      const isStatistics = datasetName === 'statistics';
      const title = isStatistics ? '统计' : DATASETS[datasetName].title;
      const headers = isStatistics ? ['类别', '指标', '数值'] : DATASETS[datasetName].columns.map((c) => c.header);
      try {
        // Read the first page (or the statistics) before sending anything: a refusal is still a clean JSON error.
        const pages = isStatistics ? null : listRows(DATASETS[datasetName], authorization, organization, params);
        const first = isStatistics ? await statisticsRows(authorization, organization, params) : ((await pages!.next()).value as Cell[][]);
        const filename = `${title}-${new Date().toISOString().slice(0, 10)}.${format}`;
        res.status(200);
        res.setHeader('content-type', CONTENT_TYPES[format]);
        res.setHeader('content-disposition', `attachment; filename="export.${format}"; filename*=UTF-8''${encodeURIComponent(filename)}`);
        res.setHeader('cache-control', 'no-store');
        const writer = tableWriter(format, res, title, headers);
        await writer.rows(first ?? []);
        if (pages) for await (const rows of pages) await writer.rows(rows);
        await writer.end();
      } catch (err) {
        if (!res.headersSent) {
          if (err instanceof ExportError) return fail(err.status, err.code, err.message);
          opts.logger.error({ err }, 'export failed');
          return fail(500, 'INTERNAL_SERVER_ERROR', 'The export failed');
        }
        // Mid-stream: cut the download short, so that no one mistakes a partial file for a whole one.
        opts.logger.error({ err }, 'export failed while streaming');
        res.destroy(err as Error);
      }
    });
  };
}
