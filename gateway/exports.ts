import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Kind, parse, print, visit, type ASTNode, type DocumentNode, type EnumTypeDefinitionNode, type OperationDefinitionNode } from 'graphql';
import type express from 'express';
import type { Authenticator, Principal } from '../platform/auth/tokens';
import type { Logger } from '../platform/server/logger';
import { CONTENT_TYPES, ReaderGone, tableWriter, type Cell, type Format } from './spreadsheet';
import { isObjectId } from '../platform/rules/validation';
import {
  ExportNeedClaimsDocument,
  ExportNeedsDocument,
  ExportOfferClaimsDocument,
  ExportOffersDocument,
  ExportProjectClaimsDocument,
  ExportProjectsDocument,
  ExportRequestsDocument,
  ExportReviewPartiesDocument,
  ExportReviewRoundDocument,
  ExportStatisticsDocument,
  ExportTerritoryDocument,
  type ClaimStatus,
  type ExportClaimsFragment,
  type ExportItemFragment,
  type ExportReviewPartyFragment,
  type ExportReviewPartiesQuery,
} from './generated/operations';

/**
 * Exports (导出) of the three lists, the requests and the statistics as CSV
 * or Excel, with Chinese headers:
 *
 *   GET /export/<needs|offers|projects|requests|statistics|review>.<csv|xlsx>?organization=<id>[&status=…][&from=…&to=…][&year=…]
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

/** A column of a list: its header and its cell, read from a row of the list's document. */
interface Column<Row> {
  header: string;
  value: (row: Row, label: Label) => Cell;
  /** Shown by its Chinese term (the text before " · " in the enum value's description). */
  enumType?: string;
}

/** The Chinese term of an enum value (the value itself when it has none). */
type Label = (enumType: string | undefined, value: Cell) => Cell;

interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

/** Reads from the graph with the caller's token (see `exportRoutes`), each result typed by its document. */
interface Graph {
  run<R, V extends object>(document: TypedDocumentNode<R, V>, variables: V): Promise<R>;
  /** `document` once per variables object, in one request (see `aliasedBatch`); the results in the same order. */
  runEach<R, V extends object>(document: TypedDocumentNode<R, V>, variables: V[]): Promise<R[]>;
}

/** The variables every list document takes: the organisation, `?status=` (null: every status), the cursor. */
interface ListVariables {
  o: string;
  status: string | null;
  after: string | null;
}

/** An export of a list, its rows' type hidden (each list's own, see `listExport`). */
interface ListExport {
  title: string;
  headers: string[];
  /** Its document, whose `$status` names the enum `?status=` must be a value of. */
  document: DocumentNode;
  /** A page of rows, or null for no such organisation. `status` is a value of the `$status` enum (checked by the caller). */
  page(graph: Graph, label: Label, variables: ListVariables): Promise<{ pageInfo: PageInfo; rows: Cell[][] } | null>;
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
/**
 * `?status=OPEN`: the form of an enum value, before anything is read (a 400 BAD_USER_INPUT); whether it
 * is a value of the list's enum, the gateway decides when the first page is asked for (also a 400
 * BAD_USER_INPUT, naming the nearest values), before any byte of the file is sent.
 */
const statusParam = (params: URLSearchParams): string | null => {
  const status = params.get('status');
  if (status !== null && !/^[A-Z_]{2,30}$/.test(status)) throw new ExportError(400, 'BAD_USER_INPUT', '`status` must be a status code such as OPEN');
  return status;
};

/**
 * A list export from its typed document: `connection` picks the list out of the organisation, and the
 * columns read its rows with the types codegen gives them; `completeRows` (the three lists) finishes a
 * page's rows before they are written. Two calls, `listExport(document, connection)({ title, columns })`,
 * so that the row type is known from the document before the columns are checked against it.
 */
function listExport<Q extends { organization: object | null }, Status extends string, Row>(
  document: TypedDocumentNode<Q, { o: string; status?: Status | null; after?: string | null }>,
  connection: (organization: NonNullable<Q['organization']>) => { pageInfo: PageInfo; nodes: Row[] } | null,
) {
  return (spec: { title: string; columns: Column<Row>[]; completeRows?: (graph: Graph, rows: Row[]) => Promise<void> }): ListExport => ({
    title: spec.title,
    headers: spec.columns.map((c) => c.header),
    document,
    async page(graph, label, { o, status, after }) {
      // Sent as it came: the gateway refuses a value that is not of the document's `$status` enum.
      const data = await graph.run(document, { o, status: status as Status | null, after });
      if (!data.organization) return null;
      const page = connection(data.organization);
      // Null only beside an error, which `graph.run` has thrown already.
      if (!page) throw new Error(`${spec.title}: the page came back incomplete`);
      await spec.completeRows?.(graph, page.nodes);
      return { pageInfo: page.pageInfo, rows: page.nodes.map((row) => spec.columns.map((c) => label(c.enumType, c.value(row, label)))) };
    },
  });
}

/** Claims that hold part of the item: pending, accepted, delivered, evaluated (not rejected or withdrawn). */
const HOLDING_CLAIMS = new Set<ClaimStatus>(['PENDING', 'ACCEPTED', 'DELIVERED', 'EVALUATED']);

/** 认领方: `芙蓉街小学（2人，已接受）；张三（1人，待处理）`, in the order the claims were made. */
const claimantsOf = (item: ExportItemFragment, label: Label): string =>
  item.claims.nodes
    .filter((c) => HOLDING_CLAIMS.has(c.status))
    .map((c) => `${name(c.claimant)}（${c.quantity}${label('UnitOfMeasure', item.unitOfMeasure) ?? ''}，${label('ClaimStatus', c.status) ?? ''}）`)
    .join('；');

/** Items whose remaining claims are read in one follow-up request (each an alias; the gateway allows 30). */
const CLAIM_BATCH = 20;

/**
 * Reads the rest of the claims of the items whose first page of claims (read with the item, see the
 * ExportItem fragment) was not all: `document` for each such item, a batch of items per request.
 */
const remainingClaims =
  <R>(document: TypedDocumentNode<R, { id: string; after?: string | null }>, claimsOf: (data: R) => ExportClaimsFragment | undefined) =>
  async (graph: Graph, items: ExportItemFragment[]): Promise<void> => {
    let pending = items.filter((item) => item.claims.pageInfo.hasNextPage);
    while (pending.length) {
      const batch = pending.slice(0, CLAIM_BATCH);
      pending = pending.slice(CLAIM_BATCH);
      const pages = await graph.runEach(
        document,
        batch.map((item) => ({ id: item.id, after: item.claims.pageInfo.endCursor })),
      );
      batch.forEach((item, i) => {
        const page = claimsOf(pages[i]);
        // Gone from view since its page was read: keep what was read.
        item.claims.pageInfo = page?.pageInfo ?? { hasNextPage: false, endCursor: null };
        if (page) item.claims.nodes.push(...page.nodes);
        if (item.claims.pageInfo.hasNextPage) pending.push(item);
      });
    }
  };

/**
 * The columns of the three lists: `parties` (who published, provides or owns the item) under `owner`,
 * a list's own columns before the deadline (urgency, for needs) or at the end (a project's budget).
 */
const itemColumns = <Row extends ExportItemFragment>(
  owner: string,
  parties: (row: Row) => ({ name?: string } | null)[],
  own: { beforeDeadline?: Column<Row>[]; atEnd?: Column<Row>[] } = {},
): Column<Row>[] => [
  { header: '编号', value: (n) => n.id },
  { header: '标题', value: (n) => n.title },
  { header: '类别', value: (n) => n.category, enumType: 'ServiceCategory' },
  { header: owner, value: (n) => parties(n).map(name).join('、') },
  { header: '数量', value: (n) => n.quantity },
  { header: '计量单位', value: (n) => n.unitOfMeasure, enumType: 'UnitOfMeasure' },
  { header: '已认领', value: (n) => n.claimedQuantity },
  { header: '剩余', value: (n) => n.remainingQuantity },
  { header: '认领方', value: claimantsOf },
  { header: '状态', value: (n) => n.status, enumType: 'ItemStatus' },
  ...(own.beforeDeadline ?? []),
  { header: '截止时间', value: (n) => (n.deadline ? new Date(n.deadline) : null) },
  { header: '可见范围', value: (n) => n.visibility, enumType: 'Visibility' },
  ...(own.atEnd ?? []),
];

const LISTS: Record<string, ListExport> = {
  needs: listExport(ExportNeedsDocument, (o) => o.needs)({
    title: '需求清单',
    columns: itemColumns('发布方', (n) => [n.postedBy], { beforeDeadline: [{ header: '紧急程度', value: (n) => n.urgency, enumType: 'Urgency' }] }),
    completeRows: remainingClaims(ExportNeedClaimsDocument, (d) => d.need?.claims),
  }),
  offers: listExport(ExportOffersDocument, (o) => o.offers)({
    title: '资源清单',
    columns: itemColumns('提供方', (n) => [n.provider]),
    completeRows: remainingClaims(ExportOfferClaimsDocument, (d) => d.offer?.claims),
  }),
  projects: listExport(ExportProjectsDocument, (o) => o.projects)({
    title: '项目清单',
    columns: itemColumns('共建方', (n) => n.owners, {
      atEnd: [
        { header: '预算(元)', value: (n) => n.budget },
        { header: '进度', value: (n) => Math.round(n.progress * 100) / 100 },
      ],
    }),
    completeRows: remainingClaims(ExportProjectClaimsDocument, (d) => d.project?.claims),
  }),
  requests: listExport(ExportRequestsDocument, (o) => o.requests)({
    title: '群众诉求',
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
      { header: '吹哨单位', value: (n) => n.whistles.map((w) => name(w.unit ?? w.department)).join('、') },
      { header: '办理结果', value: (n) => n.resolution },
      { header: '办结时间', value: (n) => (n.resolvedAt ? new Date(n.resolvedAt) : null) },
      { header: '按期办结', value: (n) => n.resolvedOnTime },
      { header: '满意度', value: (n) => n.rating?.score ?? null },
      { header: '重办次数', value: (n) => n.reopenCount },
      { header: '超期上报时间', value: (n) => (n.escalatedAt ? new Date(n.escalatedAt) : null) },
    ],
  }),
};

/** The single operation of a document of gateway/operations/. */
function operationOf(document: DocumentNode): OperationDefinitionNode {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (operations.length !== 1) throw new Error(`Expected one operation, found ${operations.length}`);
  return operations[0];
}

/**
 * `document` as one operation running its one root field `count` times, copy i under the alias `i<i>`
 * with its variables renamed `$<name>_<i>`: the graph reads items one id at a time, and this keeps a
 * batch to one request. The fields, arguments and fragments are the document's, as codegen checked
 * them against the schema; only aliases and variable names are added (its fragments use no variables).
 */
function aliasedBatch(document: DocumentNode, count: number): { query: string; field: string } {
  const operation = operationOf(document);
  const [field, ...others] = operation.selectionSet.selections;
  if (field?.kind !== Kind.FIELD || field.alias || others.length) throw new Error(`${operation.name?.value}: a batch repeats one root field`);
  const copy = <T extends ASTNode>(node: T, i: number): T =>
    visit(node, { Variable: (v) => ({ ...v, name: { ...v.name, value: `${v.name.value}_${i}` } }) });
  const copies = Array.from({ length: count }, (_, i) => i);
  const batch: OperationDefinitionNode = {
    ...operation,
    variableDefinitions: copies.flatMap((i) => (operation.variableDefinitions ?? []).map((v) => copy(v, i))),
    selectionSet: { ...operation.selectionSet, selections: copies.map((i) => ({ ...copy(field, i), alias: { kind: Kind.NAME, value: `i${i}` } })) },
  };
  return { query: print({ ...document, definitions: document.definitions.map((d) => (d === operation ? batch : d)) }), field: field.name.value };
}

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
/** Mid-stream, a rate-limited page is retried after the gateway's Retry-After, this many times. */
const RATE_LIMIT_RETRIES = 5;

/**
 * The organisation whose territory is the caller's: their own organisation for the committees,
 * grid workers and viewers; for a unit's admin the unit's community, for a member their home
 * organisation (the last of the token's territory path). Only ids are read here, never the path
 * above them, so a move in the tree (which the subgraphs read tokens through, see
 * platform/rules/territory-moves.ts) changes nothing: the organisation's path is asked of the graph.
 */
function homeOf(principal: Principal): string | undefined {
  return principal.role === 'UNIT_ADMIN' || principal.role === 'MEMBER' ? principal.territory.at(-1) : principal.scopeId;
}

export function exportRoutes(opts: { graphqlUrl: () => string; supergraphSdl: string; logger: Logger; auth: Authenticator }) {
  const labels = enumLabels(opts.supergraphSdl);
  const label: Label = (enumType, value) => (enumType && typeof value === 'string' ? (labels.get(enumType)?.get(value) ?? value) : value);
  // The enum of each list's `$status` (a list document without a nullable enum `$status` fails here, at start).

  async function post(authorization: string, query: string, variables: object, retries: number): Promise<unknown> {
    for (let attempt = 0; ; attempt++) {
      const response = await fetch(opts.graphqlUrl(), {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as {
        data?: unknown;
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

  /**
   * The graph as the caller sees it, through the typed documents of gateway/operations/ (each printed
   * once); `retries` rate-limited answers are waited out (mid-stream, where no error can be sent).
   */
  const printed = new WeakMap<object, string>();
  const graph = (authorization: string, retries = 0): Graph => ({
    async run<R, V extends object>(document: TypedDocumentNode<R, V>, variables: V) {
      let query = printed.get(document);
      if (!query) printed.set(document, (query = print(document)));
      // The result of `document`: its type is the one codegen gave it.
      return (await post(authorization, query, variables, retries)) as R;
    },
    async runEach<R, V extends object>(document: TypedDocumentNode<R, V>, variables: V[]) {
      const { query, field } = aliasedBatch(document, variables.length);
      const renamed = Object.fromEntries(variables.flatMap((v, i) => Object.entries(v).map(([key, value]) => [`${key}_${i}`, value])));
      const data = (await post(authorization, query, renamed, retries)) as Record<string, unknown>;
      // Copy i's answer under the document's own field name: the result of `document` for variables[i].
      return variables.map((_, i) => ({ [field]: data[`i${i}`] }) as R);
    },
  });

  /**
   * 401 for a token the gateway does not accept, 404 for no such organisation, 403 for one outside
   * the caller's territory — the same answer for every export, whatever the graph would let through.
   */
  async function checkTerritory(authorization: string, organization: string): Promise<void> {
    const data = await graph(authorization).run(ExportTerritoryDocument, { o: organization });
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

  /** The rows of a list, page by page (only one page in memory); the first page is read before anything is sent. */
  async function* listRows(list: ListExport, authorization: string, organization: string, status: string | null) {
    let after: string | null = null;
    let count = 0;
    for (;;) {
      const page = await list.page(graph(authorization, count ? RATE_LIMIT_RETRIES : 0), label, { o: organization, status, after });
      if (!page) throw new ExportError(404, 'NOT_FOUND', 'No such organisation');
      count += page.rows.length;
      yield page.rows;
      if (!page.pageInfo.hasNextPage) return;
      // Cut short rather than end a file that would look whole (narrow the export, e.g. by `status`).
      if (count >= MAX_ROWS) throw new Error(`The export has more than ${MAX_ROWS} rows`);
      after = page.pageInfo.endCursor;
    }
  }

  /** The statistics as one table: section, figure, value. */
  async function statisticsRows(authorization: string, organization: string, period: { from: string; to: string }): Promise<Cell[][]> {
    const { from, to } = period;
    const data = await graph(authorization).run(ExportStatisticsDocument, { o: organization, from, to });
    if (!data.organization) throw new ExportError(404, 'NOT_FOUND', 'No such organisation');
    // Each part is null only beside an error, which `graphql` has thrown already.
    const { lists, claims, requests: r, activities: a, unitRanking, coverage, volunteerHoursByCategory, volunteerHoursByEmployer, commitments, meetings: m, reviews } =
      data.organization.statistics ?? {};
    if (!lists || !claims || !r || !a || !unitRanking || !coverage || !volunteerHoursByCategory || !volunteerHoursByEmployer || !commitments || !m || !reviews) {
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
    rows.push(
      ['共建活动', '活动数', a.organised],
      ['共建活动', '已举办', a.held],
      ['共建活动', '已取消', a.cancelled],
      ['共建活动', '报名数', a.signUps],
      ['共建活动', '参加人次', a.participants],
      ['共建活动', '活动志愿时长(小时)', a.volunteerHours],
      ['共建活动', '未到数', a.noShows],
      ['共建活动', '缺席率(%)', pct(a.noShowRate)],
      ['共建活动', '取消报名', a.cancellations],
    );
    for (const u of unitRanking) rows.push(['单位贡献排行', `${u.rank}. ${name(u.unit)}`, u.deliveredClaims]);
    for (const c of coverage) rows.push(['需求覆盖率(%)', label('ServiceCategory', c.category), pct(c.coverage)]);
    for (const h of volunteerHoursByCategory) rows.push(['志愿服务时长(按党员类别)', label('MemberCategory', h.category), h.hours]);
    for (const h of volunteerHoursByEmployer) rows.push(['志愿服务时长(按单位)', name(h.employer), h.hours]);
    // 共建承诺: per kind of commitment (hours, square metres, yuan, projects, people, sessions), its unit in the section's name.
    for (const c of commitments) {
      const section = `共建承诺(${label('CommitmentKind', c.kind) as string})`;
      rows.push(
        [section, '协议数', c.agreements],
        [section, '承诺量', c.promised],
        [section, '已履行', c.delivered],
        [section, '应履行', c.expected],
        [section, '缺口', c.shortfall],
        [section, '落后协议数', c.behind],
      );
    }
    // 联席会议: the big Party committee's joint meetings of the period and the decisions they made.
    rows.push(
      ['联席会议', '召集', m.convened],
      ['联席会议', '召开', m.held],
      ['联席会议', '取消', m.cancelled],
      ['联席会议', '平均出席率(%)', pct(m.averageAttendanceRate)],
      ['联席会议', '决定事项', m.decisions],
      ['联席会议', '已办结', m.decisionsDone],
      ['联席会议', '已撤销', m.decisionsDropped],
      ['联席会议', '当前超期', m.decisionsOverdue],
      ['联席会议', '办结率(%)', pct(m.completionRate)],
    );
    // 述职评议: the annual reviews of the years that start in the period, and the grades of the closed ones.
    rows.push(
      ['述职评议', '评议轮次', reviews.rounds],
      ['述职评议', '已结束', reviews.closed],
      ['述职评议', '述职对象', reviews.partiesReviewed],
      ['述职评议', '好', reviews.good],
      ['述职评议', '较好', reviews.fairlyGood],
      ['述职评议', '一般', reviews.average],
      ['述职评议', '差', reviews.poor],
      ['述职评议', '未评定', reviews.ungraded],
    );
    return rows;
  }

  /**
   * The committee's 台账 of its annual review (述职评议) of a year: one row a party — its report's
   * figures and words, each criterion's score (the mean of the two kinds of raters), the weighted
   * score, the grade and the opinion for 评先评优. Its columns follow the round's criteria, so the
   * round is read before the header is written; the parties are read 100 at a time.
   */
  async function review(authorization: string, organization: string, year: number) {
    const data = await graph(authorization).run(ExportReviewRoundDocument, { o: organization, year });
    const round = data.organization?.reviewRounds.nodes[0];
    if (!round) throw new ExportError(404, 'NOT_FOUND', `No annual review of ${year} by this organisation`);
    const pct = (x: number | null | undefined) => (x == null ? null : Math.round(x * 10_000) / 100);
    const headers = [
      '述职对象',
      '类型',
      '履约认领',
      '组织活动',
      '参加活动',
      '报到党员',
      '志愿服务时长(小时)',
      '承诺履行率(%)',
      '述职内容',
      ...round.criteria.map((c) => `${c.name}(${c.weight}%)`),
      '评议人数',
      '综合得分',
      '等次',
      '评先评优意见',
      '意见理由',
    ];
    const row = (p: ExportReviewPartyFragment): Cell[] => {
      const f = p.report?.figures;
      const scores = new Map((p.results ?? []).map((r) => [r.criterion, r.score]));
      return [
        name(p.unit ?? p.branch),
        label('ReviewPartyType', p.type),
        f?.claimsDelivered ?? null,
        f?.activitiesOrganised ?? null,
        f?.activitiesAttended ?? null,
        f?.membersReported ?? null,
        f?.volunteerHours ?? null,
        pct(f?.commitmentsMet),
        p.report?.narrative ?? null,
        ...round.criteria.map((c) => scores.get(c.name) ?? null),
        p.ratersScored,
        p.weightedScore ?? null,
        label('ReviewGrade', p.grade ?? null),
        label('ReviewOpinion', p.opinion ?? null),
        p.opinionReason ?? null,
      ];
    };
    async function* pages() {
      let after: string | null = null;
      for (let count = 0; ; count++) {
        const data: ExportReviewPartiesQuery = await graph(authorization, count ? RATE_LIMIT_RETRIES : 0).run(ExportReviewPartiesDocument, { id: round!.id, after });
        const page = data.reviewRound?.parties;
        if (!page) throw new ExportError(404, 'NOT_FOUND', 'No such review round');
        yield page.nodes.map(row);
        if (!page.pageInfo.hasNextPage) return;
        after = page.pageInfo.endCursor;
      }
    }
    return { title: `${round.title}台账`, headers, pages: pages() };
  }

  return (app: express.Express) => {
    app.get('/export/:file', async (req, res) => {
      const match = /^(needs|offers|projects|requests|statistics|review)\.(csv|xlsx)$/.exec(req.params.file);
      const params = new URL(req.originalUrl, 'http://localhost').searchParams;
      const organization = params.get('organization') ?? '';
      const authorization = req.headers.authorization;
      const fail = (status: number, code: string, message: string, retryAfterSeconds?: number) => {
        if (retryAfterSeconds) res.setHeader('Retry-After', String(retryAfterSeconds));
        return res.status(status).json({ errors: [{ message, extensions: { code } }] });
      };
      if (!match) return fail(404, 'NOT_FOUND', 'Exports: /export/<needs|offers|projects|requests|statistics|review>.<csv|xlsx>');
      if (!authorization) return fail(401, 'UNAUTHENTICATED', 'Sign in first: send the same bearer token as for /graphql');
      if (!isObjectId(organization)) return fail(400, 'BAD_USER_INPUT', '`organization` must be an organisation id (24 hexadecimal digits)');
      const [, datasetName, format] = match as unknown as [string, string, Format];
      const list = datasetName === 'statistics' || datasetName === 'review' ? null : LISTS[datasetName];
      let title = list ? list.title : '统计';
      let headers = list ? list.headers : ['类别', '指标', '数值'];
      try {
        // The parameters first (400), then who may export what (401, 404, 403), then the first page
        // (or the statistics) before anything is sent: a refusal is still a clean JSON error.
        const status = list ? statusParam(params) : null;
        const period = { from: params.get('from') ?? '', to: params.get('to') ?? '' };
        const year = datasetName === 'review' ? Number(params.get('year') ?? '') : null;
        if (datasetName === 'statistics' && (!period.from || !period.to)) throw new ExportError(400, 'BAD_USER_INPUT', 'The statistics export needs `from` and `to` (ISO 8601)');
        if (year !== null && !(Number.isInteger(year) && year >= 2000 && year <= 2100)) throw new ExportError(400, 'BAD_USER_INPUT', 'The review export needs the `year` reviewed, e.g. 2026');
        await checkTerritory(authorization, organization);
        let pages: AsyncGenerator<Cell[][]> | null = list ? listRows(list, authorization, organization, status) : null;
        if (year !== null) ({ title, headers, pages } = await review(authorization, organization, year));
        const first = pages ? ((await pages.next()).value as Cell[][]) : await statisticsRows(authorization, organization, period);
        const filename = `${title}-${new Date().toISOString().slice(0, 10)}.${format}`;
        res.status(200);
        res.setHeader('content-type', CONTENT_TYPES[format]);
        // An ASCII name of its own for clients that ignore filename* (curl -OJ): two exports never share one.
        const ascii = `${datasetName}-${new Date().toISOString().slice(0, 10)}.${format}`;
        res.setHeader('content-disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`);
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
