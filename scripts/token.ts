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
 * The token's territory path is read from the graph itself (gateway/dev-sign-in.ts, which the
 * console's POST /dev/sign-in also uses).
 */
import { askGraph, devPrincipal } from '../gateway/dev-sign-in';
import { Authenticator, ROLES, type Role } from '../platform/auth/tokens';
import { jwtSecret, loadConfigOrExit } from '../platform/server/config';

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
  const ask = askGraph(() => gateway);
  await fetch(gateway.replace(/\/graphql$/, '/health')).catch(() => fail(`The graph is not running at ${gateway}: start it with \`npm start\` first.`));
  // The same rule as the console's POST /dev/sign-in (gateway/dev-sign-in.ts).
  const auth = new Authenticator(jwtSecret(config));
  const { principal, label } = await devPrincipal(ask, auth, role, scopeArg, as);
  const token = await auth.issue(principal, ttl);
  process.stderr.write(`${role} of ${label} (${principal.scopeId}), valid ${ttl}. Use it as:\n  -H 'authorization: Bearer <token>'\n`);
  process.stdout.write(`${token}\n`);
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

main().catch((err) => fail((err as Error).message));
