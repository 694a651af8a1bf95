import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Kind, parse, print, type EnumTypeDefinitionNode } from 'graphql';
import type express from 'express';
import type { Authenticator, Principal } from '../platform/auth/tokens';
import type { Logger } from '../platform/server/logger';
import { CONTENT_TYPES, ReaderGone, tableWriter, type Cell, type Format } from './spreadsheet';
import { isObjectId } from '../platform/rules/validation';
import { ExportStatisticsDocument, ExportTerritoryDocument } from './generated/operations';

/**
 * Exports (导出) of the three lists, the requests and the statistics as CSV
 * or Excel, with Chinese headers:
 *
 *   GET /export/<needs|offers|projects|requests|statistics>.<csv|xlsx>?organization=<id>[&status=…][&from=…&to=…]
 *   Authorization: Bearer <token>
 *
 * Every row is read through the gateway's own /graphql with the caller's
 * token — the same resolvers, the same visibility rules and limits as any
 * client — a page of 100 at a time, written out as it arrives (one page in
 * memory, however long the list). The three lists carry their claimants
 * (认领方), read in the same request as their page. Residents' names and
 * phones are never exported.
 *
 * Every export answers the same way for the same caller and organisation:
 * 401 without a valid token, 400 for a malformed id or parameter, 404 for no
 * such organisation, 403 for one outside the caller's territory (see
 * `checkTerritory`) — never an empty file where another export says 403.
 */

interface Column {
  header: string;
  value: (node: any, label: Label) => Cell;
  /** Shown by its Chinese term (the text before " · " in the enum value's description). */
  enumType?: string;
}

/** The Chinese term of an enum value (the value itself when it has none). */
type Label = (enumType: string | undefined, value: Cell) => Cell;

interface ListDataset {
  title: string;
  field: string;
  /** Arguments of the connection field besides first/after. */
  args: (params: URLSearchParams) => string[];
  selection: string;
  columns: Column[];
  /** The root field that reads one item of this list by id (to finish a long list of claims), for the three lists. */
  itemField?: 'need' | 'offer' | 'project';
}

class ExportError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
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

/**
 * An item's claims, read in the same request as the item: who claimed (a unit, an organisation or a
 * member), how much, and where the claim is. 20 per item keeps a page of 100 items well under the
 * gateway's cost limit; an item with more (rejected and withdrawn claims count) gets the rest in a
 * few batched follow-up requests (see `completeClaims`).
 */
const CLAIMS_PER_ITEM = 20;
const CLAIM_FIELDS = `quantity status claimant { ... on Organization { name } ... on ResidentUnit { name } ... on Member { name } }`;
const CLAIMS_PAGE = `pageInfo { hasNextPage endCursor } nodes { ${CLAIM_FIELDS} }`;
/** Claims that hold part of the item: pending, accepted, delivered, evaluated (not rejected or withdrawn). */
const HOLDING_CLAIMS = new Set(['PENDING', 'ACCEPTED', 'DELIVERED', 'EVALUATED']);

interface ClaimNode {
  quantity: number;
  status: string;
  claimant: { name?: string } | null;
}

/** 认领方: `芙蓉街小学（2人，已接受）；张三（1人，待处理）`, in the order the claims were made. */
const claimantsOf = (n: { unitOfMeasure: string; claims: { nodes: ClaimNode[] } }, label: Label): string =>
  n.claims.nodes
    .filter((c) => HOLDING_CLAIMS.has(c.status))
    .map((c) => `${name(c.claimant)}（${c.quantity}${label('UnitOfMeasure', n.unitOfMeasure) ?? ''}，${label('ClaimStatus', c.status) ?? ''}）`)
    .join('；');

const ITEM_FIELDS = `id title category quantity unitOfMeasure claimedQuantity remainingQuantity status deadline visibility
  claims(first: ${CLAIMS_PER_ITEM}) { ${CLAIMS_PAGE} }`;
const PARTY = `{ ... on Organization { name } ... on ResidentUnit { name } }`;

/** The columns of the three lists; `extra` (urgency, for needs) goes before the deadline. */
const itemColumns = (owner: string, ownerField: string, extra: Column[] = []): Column[] => [
  { header: '编号', value: (n) => n.id },
  { header: '标题', value: (n) => n.title },
  { header: '类别', value: (n) => n.category, enumType: 'ServiceCategory' },
  { header: owner, value: (n) => (Array.isArray(n[ownerField]) ? n[ownerField].map(name).join('、') : name(n[ownerField])) },
  { header: '数量', value: (n) => n.quantity },
  { header: '计量单位', value: (n) => n.unitOfMeasure, enumType: 'UnitOfMeasure' },
  { header: '已认领', value: (n) => n.claimedQuantity },
  { header: '剩余', value: (n) => n.remainingQuantity },
  { header: '认领方', value: claimantsOf },
  { header: '状态', value: (n) => n.status, enumType: 'ItemStatus' },
  ...extra,
  { header: '截止时间', value: (n) => (n.deadline ? new Date(n.deadline) : null) },
  { header: '可见范围', value: (n) => n.visibility, enumType: 'Visibility' },
];

const DATASETS: Record<string, ListDataset> = {
  needs: {
    title: '需求清单',
    field: 'needs',
    itemField: 'need',
    args: (p) => ['inTerritory: true', ...statusArg(p)],
    selection: `${ITEM_FIELDS} urgency postedBy ${PARTY}`,
    columns: itemColumns('发布方', 'postedBy', [{ header: '紧急程度', value: (n) => n.urgency, enumType: 'Urgency' }]),
  },
  // Offers and projects have no urgency (only needs do).
  offers: {
    title: '资源清单',
    field: 'offers',
    itemField: 'offer',
    args: (p) => ['inTerritory: true', ...statusArg(p)],
    selection: `${ITEM_FIELDS} provider ${PARTY}`,
    columns: itemColumns('提供方', 'provider'),
  },
  projects: {
    title: '项目清单',
    field: 'projects',
    itemField: 'project',
    args: (p) => ['inTerritory: true', ...statusArg(p)],
    selection: `${ITEM_FIELDS} owners ${PARTY} budget progress`,
    columns: [
      ...itemColumns('共建方', 'owners'),
      { header: '预算(元)', value: (n) => n.budget },
      { header: '进度', value: (n) => Math.round(n.progress * 100) / 100 },
    ],
  },
  requests: {
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

const STATUS_OF_CODE: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_USER_INPUT: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  RATE_LIMITED: 429,
};
/** At most this many rows in one export (a street's lists are thousands); a longer one is cut short. */
const MAX_ROWS = 100_000;
/** Rows per request: the graph's lists take `first` up to 100. */
const PAGE_SIZE = 100;
/** Items whose remaining claims are read in one follow-up request (each an alias; the gateway allows 30). */
const CLAIM_BATCH = 20;
/** Mid-stream, a rate-limited page is retried after the gateway's Retry-After, this many times. */
const RATE_LIMIT_RETRIES = 5;

/**
 * The organisation whose territory is the caller's: their own organisation for the committees,
 * grid workers and viewers; for a unit's admin the unit's community, for a member their home
 * organisation (the last of the token's territory path). Only ids are read here, never the path
 * above them, so a move in the tree (which the subgraphs read tokens through, see
 * platform/territory-moves.ts) changes nothing: the organisation's path is asked of the graph.
 */
function homeOf(principal: Principal): string | undefined {
  return principal.role === 'UNIT_ADMIN' || principal.role === 'MEMBER' ? principal.territory.at(-1) : principal.scopeId;
}

export function exportRoutes(opts: { graphqlUrl: () => string; supergraphSdl: string; logger: Logger; auth: Authenticator }) {
  const labels = enumLabels(opts.supergraphSdl);
  const label: Label = (enumType, value) => (enumType && typeof value === 'string' ? (labels.get(enumType)?.get(value) ?? value) : value);

  async function graphql(authorization: string, query: string, variables: object, retries = 0): Promise<any> {
    for (let attempt = 0; ; attempt++) {
      const response = await fetch(opts.graphqlUrl(), {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as {
        data?: any;
        errors?: { message: string; extensions?: { code?: string; retryAfterSeconds?: number } }[];
      };
      if (body.errors?.length) {
        const { message, extensions } = body.errors[0];
        const code = extensions?.code ?? 'INTERNAL_SERVER_ERROR';
        const wait = extensions?.retryAfterSeconds;
        if (code === 'RATE_LIMITED' && attempt < retries && wait && wait <= 60) {
          await new Promise((resolve) => setTimeout(resolve, wait * 1_000));
          continue;
        }
        throw new ExportError(STATUS_OF_CODE[code] ?? 502, code, message, wait);
      }
      return body.data;
    }
  }

  /** A typed document of gateway/operations/ (printed once), its result typed by codegen. */
  const printed = new WeakMap<object, string>();
  async function run<R, V extends object>(authorization: string, document: TypedDocumentNode<R, V>, variables: V, retries = 0): Promise<R> {
    let query = printed.get(document);
    if (!query) printed.set(document, (query = print(document)));
    return (await graphql(authorization, query, variables, retries)) as R;
  }

  /**
   * 401 for a token the gateway does not accept, 404 for no such organisation, 403 for one outside
   * the caller's territory — the same answer for every export, whatever the graph would let through.
   */
  async function checkTerritory(authorization: string, organization: string): Promise<void> {
    const data = await run(authorization, ExportTerritoryDocument, { o: organization });
    if (!data.organization) throw new ExportError(404, 'NOT_FOUND', 'No such organisation');
    const path = [...data.organization.ancestors.map((a) => a.id), data.organization.id];
    // The same check as the gateway's (remembered: no second verification of the signature).
    const principal = await opts.auth.principalOf(authorization).catch(() => null);
    if (!principal) throw new ExportError(401, 'UNAUTHENTICATED', 'The token is not valid');
    const home = homeOf(principal);
    if (!home || !path.includes(home)) {
      throw new ExportError(403, 'FORBIDDEN', 'This organisation is outside your territory: you may export your own organisation and those below it');
    }
  }

  /** Reads the rest of the claims of the items whose first page of claims was not all, a batch of items per request. */
  async function completeClaims(itemField: string, authorization: string, nodes: any[], streaming: boolean): Promise<void> {
    let pending = nodes.filter((n) => n.claims.pageInfo.hasNextPage);
    while (pending.length) {
      const batch = pending.slice(0, CLAIM_BATCH);
      pending = pending.slice(CLAIM_BATCH);
      const query = `query(${batch.map((_, i) => `$i${i}: ID!, $a${i}: String`).join(', ')}) {
        ${batch.map((_, i) => `c${i}: ${itemField}(id: $i${i}) { claims(first: 100, after: $a${i}) { ${CLAIMS_PAGE} } }`).join('\n')} }`;
      const variables = Object.fromEntries(batch.flatMap((n, i) => [[`i${i}`, n.id], [`a${i}`, n.claims.pageInfo.endCursor]]));
      const data = await graphql(authorization, query, variables, streaming ? RATE_LIMIT_RETRIES : 0);
      batch.forEach((n, i) => {
        const page = data[`c${i}`]?.claims;
        // Gone from view since its page was read: keep what was read.
        n.claims.pageInfo = page?.pageInfo ?? { hasNextPage: false, endCursor: null };
        if (page) n.claims.nodes.push(...page.nodes);
        if (n.claims.pageInfo.hasNextPage) pending.push(n);
      });
    }
  }

  /** The rows of a list, page by page (only one page in memory); the first page is read before anything is sent. */
  async function* listRows(dataset: ListDataset, query: string, authorization: string, organization: string) {
    let after: string | null = null;
    let count = 0;
    for (;;) {
      const data = await graphql(authorization, query, { o: organization, after }, count ? RATE_LIMIT_RETRIES : 0);
      if (!data.organization) throw new ExportError(404, 'NOT_FOUND', 'No such organisation');
      const page = data.organization[dataset.field];
      if (dataset.itemField) await completeClaims(dataset.itemField, authorization, page.nodes, count > 0);
      count += page.nodes.length;
      yield page.nodes.map((node: unknown) => dataset.columns.map((c) => label(c.enumType, c.value(node, label))));
      if (!page.pageInfo.hasNextPage) return;
      // Cut short rather than end a file that would look whole (narrow the export, e.g. by `status`).
      if (count >= MAX_ROWS) throw new Error(`The export has more than ${MAX_ROWS} rows`);
      after = page.pageInfo.endCursor;
    }
  }

  /** The statistics as one table: section, figure, value. */
  async function statisticsRows(authorization: string, organization: string, period: { from: string; to: string }): Promise<Cell[][]> {
    const { from, to } = period;
    const data = await run(authorization, ExportStatisticsDocument, { o: organization, from, to });
    if (!data.organization) throw new ExportError(404, 'NOT_FOUND', 'No such organisation');
    // Each part is null only beside an error, which `graphql` has thrown already.
    const { lists, claims, requests: r, unitRanking, coverage, volunteerHoursByCategory, volunteerHoursByEmployer } = data.organization.statistics ?? {};
    if (!lists || !claims || !r || !unitRanking || !coverage || !volunteerHoursByCategory || !volunteerHoursByEmployer) {
      throw new Error('The statistics came back incomplete');
    }
    const pct = (x: number | null) => (x == null ? null : Math.round(x * 10_000) / 100);
    const list = (kind: string) => label('ListKind', kind) as string;
    const rows: Cell[][] = [];
    for (const l of lists) {
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
    rows.push(['认领', '总数', claims.total]);
    for (const c of claims.byStatus) rows.push(['认领', label('ClaimStatus', c.status), c.count]);
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
    for (const u of unitRanking) rows.push(['单位贡献排行', `${u.rank}. ${name(u.unit)}`, u.deliveredClaims]);
    for (const c of coverage) rows.push(['需求覆盖率(%)', label('ServiceCategory', c.category), pct(c.coverage)]);
    for (const h of volunteerHoursByCategory) rows.push(['志愿服务时长(按党员类别)', label('MemberCategory', h.category), h.hours]);
    for (const h of volunteerHoursByEmployer) rows.push(['志愿服务时长(按单位)', name(h.employer), h.hours]);
    return rows;
  }

  return (app: express.Express) => {
    app.get('/export/:file', async (req, res) => {
      const match = /^(needs|offers|projects|requests|statistics)\.(csv|xlsx)$/.exec(req.params.file);
      const params = new URL(req.originalUrl, 'http://localhost').searchParams;
      const organization = params.get('organization') ?? '';
      const authorization = req.headers.authorization;
      const fail = (status: number, code: string, message: string, retryAfterSeconds?: number) => {
        if (retryAfterSeconds) res.setHeader('Retry-After', String(retryAfterSeconds));
        return res.status(status).json({ errors: [{ message, extensions: { code } }] });
      };
      if (!match) return fail(404, 'NOT_FOUND', 'Exports: /export/<needs|offers|projects|requests|statistics>.<csv|xlsx>');
      if (!authorization) return fail(401, 'UNAUTHENTICATED', 'Sign in first: send the same bearer token as for /graphql');
      if (!isObjectId(organization)) return fail(400, 'BAD_USER_INPUT', '`organization` must be an organisation id (24 hexadecimal digits)');
      const [, datasetName, format] = match as unknown as [string, string, Format];
      const dataset = datasetName === 'statistics' ? null : DATASETS[datasetName];
      const title = dataset ? dataset.title : '统计';
      const headers = dataset ? dataset.columns.map((c) => c.header) : ['类别', '指标', '数值'];
      try {
        // The parameters first (400), then who may export what (401, 404, 403), then the first page
        // (or the statistics) before anything is sent: a refusal is still a clean JSON error.
        const listQuery = dataset
          ? `query($o: ID!, $after: String) { organization(id: $o) { ${dataset.field}(${[...dataset.args(params), `first: ${PAGE_SIZE}`, 'after: $after'].join(', ')}) {
            pageInfo { hasNextPage endCursor } nodes { ${dataset.selection} } } } }`
          : null;
        const period = { from: params.get('from') ?? '', to: params.get('to') ?? '' };
        if (!dataset && (!period.from || !period.to)) throw new ExportError(400, 'BAD_USER_INPUT', 'The statistics export needs `from` and `to` (ISO 8601)');
        await checkTerritory(authorization, organization);
        const pages = dataset ? listRows(dataset, listQuery!, authorization, organization) : null;
        const first = pages ? ((await pages.next()).value as Cell[][]) : await statisticsRows(authorization, organization, period);
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
          if (err instanceof ExportError) return fail(err.status, err.code, err.message, err.retryAfterSeconds);
          opts.logger.error({ err }, 'export failed');
          return fail(500, 'INTERNAL_SERVER_ERROR', 'The export failed');
        }
        if (err instanceof ReaderGone) return opts.logger.info('export stopped: the reader went away');
        // Mid-stream: cut the download short, so that no one mistakes a partial file for a whole one.
        opts.logger.error({ err }, 'export failed while streaming');
        res.destroy(err as Error);
      }
    });
  };
}
