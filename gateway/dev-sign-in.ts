import express from 'express';
import { ROLES, type Authenticator, type Principal, type Role } from '../platform/auth/tokens';
import { isObjectId } from '../platform/rules/validation';

/**
 * Development sign-in (开发登录): a token for a role of the territory the graph serves, as
 * `npm run token` mints one — for the console (web/) and for trying the graph by hand.
 *
 *   POST /dev/sign-in  { "role": "COMMUNITY_ADMIN", "scopeId"?: "<id>", "as"?: "<name>" }
 *   → 200 { token, role, scopeId, label, territory, expiresIn }
 *
 * Offered only outside production, and only when `DEV_SIGN_IN` is not `false` (config.ts: setting it to
 * `true` in production is a configuration error, and a production gateway has no such route: 404).
 * Without a scope id the first fitting scope of the territory is picked (the first community for a
 * community admin, the first unit of the first community for a unit admin…). The scope's path is read
 * from the graph itself, through the gateway's own /graphql: the tree without a token (it is public), a
 * unit or a member — whose rosters are for the signed-in — with a token of a minute for a VIEWER of the
 * tree's root, made here for that reading only.
 */

/** The organisation kind each organisation-bound role is signed in to when no scope is given. */
const DEFAULT_KIND: Partial<Record<Role, string>> = {
  STREET_ADMIN: 'STREET',
  COMMUNITY_ADMIN: 'COMMUNITY',
  GRID_WORKER: 'GRID',
  VIEWER: 'STREET',
  DEPARTMENT_ADMIN: 'DEPARTMENT',
  RESIDENT: 'GRID',
};

/** Asks the graph (with `token` as the bearer when given); throws with the graph's first error. */
export type Ask = <T>(query: string, variables?: object, token?: string) => Promise<T>;

export class SignInError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

type OrgPath = { id: string; name: string; ancestors: { id: string }[] };
const path = (org: { id: string; ancestors: { id: string }[] }) => [...org.ancestors.map((a) => a.id), org.id];
const ORG = 'id name ancestors { id }';

/**
 * The principal a development token carries for `role` (and `scopeId`, or the first fitting scope),
 * with the scope's name: the one rule `npm run token` and `POST /dev/sign-in` share.
 */
export async function devPrincipal(
  ask: Ask,
  auth: Authenticator,
  role: Role,
  scopeId?: string,
  as = 'resident',
): Promise<{ principal: Principal; label: string }> {
  let id = scopeId;
  if (id !== undefined && !isObjectId(id)) throw new SignInError(400, 'BAD_USER_INPUT', '范围标识格式不正确 · scopeId is not an id');
  let label: string;
  let territory: string[];
  let reportedTo: string[] | undefined;
  if (role === 'UNIT_ADMIN' || role === 'MEMBER') {
    const field = role === 'UNIT_ADMIN' ? 'residentUnit' : 'member';
    const home = role === 'UNIT_ADMIN' ? 'community' : 'organization';
    const reader = await rootViewer(ask, auth);
    if (!id) {
      const list = role === 'UNIT_ADMIN' ? 'residentUnits' : 'members';
      const data = await ask<{ organizations: { nodes: Record<string, { nodes: { id: string }[] } | null>[] } }>(
        `{ organizations(kind: COMMUNITY, first: 1) { nodes { ${list}(first: 1) { nodes { id } } } } }`,
        {},
        reader,
      );
      id = data.organizations.nodes[0]?.[list]?.nodes[0]?.id;
      if (!id) throw new SignInError(404, 'NOT_FOUND', '没有可用的演示数据，请指定范围 · no demo data to pick a scope from; give a scope id');
    }
    // A member in service also carries the community they reported to (双报到), where they act too.
    const reported = role === 'MEMBER' ? ` reportsTo { ${ORG} }` : '';
    const data = await ask<Record<string, ({ name: string } & Record<string, OrgPath | null>) | null>>(
      `query($id: ID!) { ${field}(id: $id) { name ${home} { ${ORG} }${reported} } }`,
      { id },
      reader,
    );
    const found = data[field];
    const homeOrg = found?.[home] as OrgPath | null | undefined;
    if (!found || !homeOrg) throw new SignInError(404, 'NOT_FOUND', `没有这个${role === 'UNIT_ADMIN' ? '驻区单位' : '党员'} · no ${field} with id ${id}`);
    label = found.name;
    territory = path(homeOrg);
    const reportsTo = found.reportsTo as OrgPath | null | undefined;
    if (reportsTo) reportedTo = path(reportsTo);
  } else {
    let org: OrgPath | null;
    if (id) {
      org = (await ask<{ organization: OrgPath | null }>(`query($id: ID!) { organization(id: $id) { ${ORG} } }`, { id })).organization;
    } else {
      const data = await ask<{ organizations: { nodes: OrgPath[] } }>(
        `query($kind: OrganizationKind) { organizations(kind: $kind, first: 1) { nodes { ${ORG} } } }`,
        { kind: DEFAULT_KIND[role] },
      );
      org = data.organizations.nodes[0] ?? null;
    }
    if (!org) throw new SignInError(404, 'NOT_FOUND', `没有这个党组织 · no organisation ${id ?? `of kind ${DEFAULT_KIND[role]}`}`);
    id = org.id;
    label = org.name;
    territory = path(org);
  }
  // A resident is a person, not the grid: the subject names them (their requests are theirs alone).
  const subject = role === 'RESIDENT' ? `dev:resident:${id}:${as}` : `dev:${role.toLowerCase()}:${id}`;
  return { principal: { subject, role, scopeId: id!, territory, reportedTo }, label };
}

/**
 * A token of a minute for a VIEWER of the tree's root (the first organisation's topmost ancestor), to read
 * a unit or a member when signing in to one: it sees what any participant sees, inside the whole tree.
 */
async function rootViewer(ask: Ask, auth: Authenticator): Promise<string> {
  const data = await ask<{ organizations: { nodes: { id: string; ancestors: { id: string }[] }[] } }>(`{ organizations(first: 1) { nodes { id ancestors { id } } } }`);
  const first = data.organizations.nodes[0];
  if (!first) throw new SignInError(404, 'NOT_FOUND', '辖区中还没有党组织 · the graph has no organisation yet');
  const root = first.ancestors[0]?.id ?? first.id;
  return auth.issue({ subject: 'dev:sign-in', role: 'VIEWER', scopeId: root, territory: [root] }, '1m');
}

/** Asks `graphqlUrl` (the gateway's own /graphql). */
export const askGraph =
  (graphqlUrl: () => string): Ask =>
  async <T>(query: string, variables: object = {}, token?: string) => {
    const response = await fetch(graphqlUrl(), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(10_000),
    });
    const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
    if (!body.data) throw new Error(body.errors?.[0]?.message ?? 'no answer');
    return body.data;
  };

const TTL = '12h';

/** The route: POST /dev/sign-in (see above). Mounted by serve.ts only when the configuration allows it. */
export function devSignInRoute(opts: { graphqlUrl: () => string; auth: Authenticator; limit: express.RequestHandler }) {
  const ask = askGraph(opts.graphqlUrl);
  return (app: express.Express) => {
    app.post('/dev/sign-in', opts.limit, express.json({ limit: 2_000 }), async (req, res) => {
      const body = (req.body ?? {}) as { role?: unknown; scopeId?: unknown; as?: unknown };
      try {
        if (typeof body.role !== 'string' || !ROLES.includes(body.role as Role)) {
          throw new SignInError(400, 'BAD_USER_INPUT', `角色应为 ${ROLES.join('、')} 之一 · role must be one of ${ROLES.join(', ')}`);
        }
        const scopeId = typeof body.scopeId === 'string' && body.scopeId.trim() ? body.scopeId.trim() : undefined;
        const as = typeof body.as === 'string' && /^[\p{L}\p{N}_-]{1,40}$/u.test(body.as) ? body.as : undefined;
        const { principal, label } = await devPrincipal(ask, opts.auth, body.role as Role, scopeId, as);
        const token = await opts.auth.issue(principal, TTL);
        res.set('cache-control', 'no-store');
        res.json({ token, role: principal.role, scopeId: principal.scopeId, label, territory: principal.territory, expiresIn: TTL });
      } catch (err) {
        if (err instanceof SignInError) return void res.status(err.status).json({ errors: [{ message: err.message, extensions: { code: err.code } }] });
        res.status(502).json({ errors: [{ message: '图服务暂不可用 · the graph did not answer', extensions: { code: 'SUBGRAPH_UNAVAILABLE' } }] });
      }
    });
  };
}
