import { administersUnit, governs, isInside } from '../../../../platform/auth/access';
import type { Principal } from '../../../../platform/auth/tokens';
import type { RequestState } from './lifecycle';

/**
 * Who may do what with a resident's request, as plain predicates. A request
 * belongs to the territory of its grid (`path`, root first, ending at the grid).
 */
interface RequestLike {
  territoryPath: readonly unknown[];
  raisedBy: string;
  state: Pick<RequestState, 'handler' | 'whistles'>;
}

/** The grid's own worker, or a committee over the grid. */
export const worksTheGrid = (p: Principal | null, path: readonly unknown[]) =>
  governs(p, path) || (!!p && p.role === 'GRID_WORKER' && isInside(p, path));

/**
 * Raising: the grid worker or a committee over the grid on a resident's behalf, or a member in the
 * app for any grid of a community they belong to — the one over their home branch (a grid's, a
 * building group's, a unit's Party branch's in the community) or the one they reported to (双报到).
 * A grid sits right under its community, so the grid's community is the one before it on its path.
 */
export function mayRaise(p: Principal, gridPath: readonly unknown[]): boolean {
  if (worksTheGrid(p, gridPath)) return true;
  // 群众: a resident raises in their own grid only.
  if (p.role === 'RESIDENT') return p.scopeId === String(gridPath.at(-1));
  const community = String(gridPath.at(-2));
  return p.role === 'MEMBER' && [p.territory, p.reportedTo ?? []].some((path) => path.includes(community));
}

/** Accepting (受理): a committee over the grid; the first to accept owns the request. */
export const mayAccept = (p: Principal | null, r: RequestLike) => governs(p, r.territoryPath);

/** Roles that act for the organisation they are bound to when it handles a request (a grid's worker, a department's admin). */
const HANDLING_ROLES = ['GRID_WORKER', 'DEPARTMENT_ADMIN'];

/**
 * The handler's side: the handler's own people (its committee; a grid's worker, a department's admin)
 * and the committees above it. After a transfer (转办) that is the new handler's side only.
 */
export const isHandlerSide = (p: Principal | null, r: RequestLike) =>
  !!r.state.handler &&
  (governs(p, r.state.handler.path) || (!!p && HANDLING_ROLES.includes(p.role) && p.scopeId === r.state.handler.organizationId));

/** Supervising (督办 · 催办): the street's committee over the request (or one above it). */
export const maySupervise = (p: Principal | null, r: RequestLike) => !!p && p.role === 'STREET_ADMIN' && governs(p, r.territoryPath);

/** A department's own admin. */
export const administersDepartment = (p: Principal | null, departmentId: unknown) => !!p && p.role === 'DEPARTMENT_ADMIN' && p.scopeId === String(departmentId);

/** Approving an extension: the street (or a committee above it), never the community asking. */
export const mayDecideExtension = (p: Principal | null, r: RequestLike) => !!p && p.role === 'STREET_ADMIN' && governs(p, r.territoryPath);

/** Rating: the resident who raised it in the app, or the grid worker calling back (回访). */
export const mayRate = (p: Principal | null, r: RequestLike) =>
  !!p && (p.subject === r.raisedBy || (p.role === 'GRID_WORKER' && isInside(p, r.territoryPath)));

/** Acting for a called party: a unit's admin, or a department's. */
export const actsForCalled = (p: Principal | null, call: Pick<RequestState['whistles'][number], 'unitId' | 'kind'>) =>
  call.kind === 'DEPARTMENT' ? administersDepartment(p, call.unitId) : administersUnit(p, call.unitId);

/** A unit or department called by a whistle, as its admin. */
export const isCalledUnit = (p: Principal | null, r: RequestLike) => r.state.whistles.some((w) => actsForCalled(p, w));

/**
 * Reading: the territory's workers, the resident who raised it (a resident sees only their own), the
 * units and departments called to it, and its handler's side (after a transfer, the new handler).
 */
export const maySee = (p: Principal | null, r: RequestLike) =>
  worksTheGrid(p, r.territoryPath) || (!!p && p.subject === r.raisedBy) || isCalledUnit(p, r) || isHandlerSide(p, r);

/** The resident's name and phone: inside the territory, to the handler (to call back) and to the resident. */
export const maySeeResident = (p: Principal | null, r: RequestLike) =>
  worksTheGrid(p, r.territoryPath) || (!!p && p.subject === r.raisedBy) || isHandlerSide(p, r);

/** Requests one resident's account may raise in 24 hours: the app is for their own affairs, not a flood. */
export const RESIDENT_REQUESTS_PER_DAY = 10;
