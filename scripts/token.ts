/**
 * `npm run token -- <ROLE> [scope-id] [--ttl 12h] [--as name]`: mints a development token
 * for the running demo graph (start it first with `npm start`).
 *
 * The scope is an organisation id for STREET_ADMIN, COMMUNITY_ADMIN,
 * GRID_WORKER and VIEWER, a department's for DEPARTMENT_ADMIN, a grid's for
 * RESIDENT, a resident unit id for UNIT_ADMIN, a member id for MEMBER. Without
 * one, the first fitting scope of the demo territory is used. A resident is one
 * person of the grid: `--as` names them (the token's subject), so that two
 * residents of one grid are two accounts that see only their own requests.
 * The token's territory path is read from the graph itself.
 */
import { Authenticator, ROLES, type Role } from '../platform/auth/tokens';
import { jwtSecret, loadConfigOrExit } from '../platform/server/config';

const DEFAULT_KIND: Partial<Record<Role, string>> = {
  STREET_ADMIN: 'STREET',
  COMMUNITY_ADMIN: 'COMMUNITY',
  GRID_WORKER: 'GRID',
  VIEWER: 'STREET',
  DEPARTMENT_ADMIN: 'DEPARTMENT',
  RESIDENT: 'GRID',
};

async function main() {
  const args = process.argv.slice(2);
  const ttlAt = args.indexOf('--ttl');
  const ttl = ttlAt >= 0 ? args.splice(ttlAt, 2)[1] : '12h';
  const asAt = args.indexOf('--as');
  const as = asAt >= 0 ? args.splice(asAt, 2)[1] : 'resident';
  const [role, scopeArg] = args as [Role | undefined, string | undefined];
  if (!role || !ROLES.includes(role)) {
    fail(`usage: npm run token -- <${ROLES.join('|')}> [scope-id] [--ttl 12h] [--as name]`);
  }
  const config = loadConfigOrExit();
  const gateway = `http://127.0.0.1:${config.gatewayPort}/graphql`;
  const ask = async <T>(query: string, variables: object = {}): Promise<T> => {
    const response = await fetch(gateway, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    }).catch(() => fail(`The graph is not running at ${gateway}: start it with \`npm start\` first.`));
    const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
    if (!body.data) fail(body.errors?.[0]?.message ?? 'no answer');
    return body.data!;
  };
  const path = (org: { id: string; ancestors: { id: string }[] }) => [...org.ancestors.map((a) => a.id), org.id];
  const ORG = 'id name ancestors { id }';

  let scopeId: string;
  let label: string;
  let territory: string[];
  let reportedTo: string[] | undefined;
  if (role === 'UNIT_ADMIN' || role === 'MEMBER') {
    const field = role === 'UNIT_ADMIN' ? 'residentUnit' : 'member';
    const home = role === 'UNIT_ADMIN' ? 'community' : 'organization';
    let id = scopeArg;
    if (!id) {
      const list = role === 'UNIT_ADMIN' ? 'residentUnits' : 'members';
      const data = await ask<{ organizations: { nodes: Record<string, { nodes: { id: string }[] }>[] } }>(
        `{ organizations(kind: COMMUNITY, first: 1) { nodes { ${list}(first: 1) { nodes { id } } } } }`,
      );
      id = data.organizations.nodes[0]?.[list].nodes[0]?.id;
      if (!id) fail('The graph has no demo data to pick a scope from; pass a scope id.');
    }
    // A member in service also carries the community they reported to (双报到), where they act too.
    const reported = role === 'MEMBER' ? ` reportsTo { ${ORG} }` : '';
    const data = await ask<Record<string, { name: string } & Record<string, { id: string; ancestors: { id: string }[] }>>>(
      `query($id: ID!) { ${field}(id: $id) { name ${home} { ${ORG} }${reported} } }`,
      { id },
    );
    const found = data[field];
    if (!found) fail(`No ${field} with id ${id}`);
    scopeId = id!;
    label = found.name;
    territory = path(found[home]);
    if (found.reportsTo) reportedTo = path(found.reportsTo);
  } else {
    let org: { id: string; name: string; ancestors: { id: string }[] } | null;
    if (scopeArg) {
      org = (await ask<{ organization: typeof org }>(`query($id: ID!) { organization(id: $id) { ${ORG} } }`, { id: scopeArg })).organization;
    } else {
      const data = await ask<{ organizations: { nodes: NonNullable<typeof org>[] } }>(
        `query($kind: OrganizationKind) { organizations(kind: $kind, first: 1) { nodes { ${ORG} } } }`,
        { kind: DEFAULT_KIND[role] },
      );
      org = data.organizations.nodes[0] ?? null;
    }
    if (!org) fail(`No organisation ${scopeArg ?? `of kind ${DEFAULT_KIND[role]}`}`);
    scopeId = org!.id;
    label = org!.name;
    territory = path(org!);
  }

  // A resident is a person, not the grid: the subject names them (their requests are theirs alone).
  const subject = role === 'RESIDENT' ? `dev:resident:${scopeId}:${as}` : `dev:${role.toLowerCase()}:${scopeId}`;
  const token = await new Authenticator(jwtSecret(config)).issue({ subject, role, scopeId, territory, reportedTo }, ttl);
  process.stderr.write(`${role} of ${label} (${scopeId}), valid ${ttl}. Use it as:\n  -H 'authorization: Bearer <token>'\n`);
  process.stdout.write(`${token}\n`);
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

main().catch((err) => fail((err as Error).message));
