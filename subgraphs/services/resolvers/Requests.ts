import { Types } from 'mongoose';
import { privateValue, requirePrincipal, TERRITORIAL_ROLES } from '../../../platform/auth/access';
import { forbidden, type Principal } from '../../../platform/auth/tokens';
import { ref } from '../../../platform/server/subgraph';
import { requestKey } from '../app/request-ledger';
import * as requests from '../app/requests';
import { visibleRequest } from '../loaders/visible';
import { maySeeResident } from '../domain/requests/access';
import { isOverdue, OPEN_STATUSES, REQUEST_CATEGORIES, SATISFIED_FROM, TIME_LIMITS } from '../domain/requests/lifecycle';
import type {
  MutationResolvers,
  OrganizationResolvers,
  QueryResolvers,
  ResidentUnitResolvers,
  RequestRatingResolvers,
  RequestResolvers,
  WhistleCallResolvers,
} from '../generated/resolvers';

/** The requests a caller may list under an organisation: narrowed to what their role may see. */
function requestsScope(p: Principal): Record<string, unknown> {
  if (TERRITORIAL_ROLES.includes(p.role)) return { $and: [{ territoryPath: new Types.ObjectId(p.scopeId) }] };
  if (p.role === 'MEMBER') return { raisedBy: p.subject };
  throw forbidden("Only the territory's committees and grid workers, or residents for their own, may list requests");
}

export const RequestQuery: QueryResolvers = {
  request: (_root, { id }, ctx) => visibleRequest(ctx, id),
  requestTimeLimits: () => REQUEST_CATEGORIES.map((category) => ({ category, workingDays: TIME_LIMITS[category] })),
};

export const OrganizationRequests: Pick<OrganizationResolvers, 'requests'> = {
  requests: (org, args, ctx) => {
    const principal = requirePrincipal(ctx.principal);
    const conditions: Record<string, unknown>[] = [requestsScope(principal)];
    if (args.status) conditions.push({ status: args.status });
    if (args.overdue === true) conditions.push({ status: { $in: OPEN_STATUSES }, deadline: { $lt: ctx.now } });
    if (args.overdue === false) conditions.push({ $or: [{ status: { $nin: OPEN_STATUSES } }, { deadline: { $gte: ctx.now } }] });
    return ctx.loaders.requestsInTerritory.load({ parent: org.id, first: args.first, after: args.after, filter: { $and: conditions } });
  },
};

export const UnitWhistles: Pick<ResidentUnitResolvers, 'whistles'> = {
  whistles: (unit, args, ctx) => {
    const principal = requirePrincipal(ctx.principal);
    if (principal.role !== 'UNIT_ADMIN' || principal.scopeId !== unit.id) throw forbidden('Only the unit itself may list the whistles it was called by');
    const unitId = new Types.ObjectId(unit.id);
    const filter = args.pending == null ? undefined : { pendingUnitIds: args.pending ? unitId : { $ne: unitId } };
    return ctx.loaders.requestsOfUnit.load({ parent: unit.id, first: args.first, after: args.after, filter });
  },
};

export const Request: RequestResolvers = {
  __resolveReference: (reference, ctx) => visibleRequest(ctx, reference.id),
  id: (r) => String(r._id),
  grid: (r) => ref(r.gridId),
  timeLimitWorkingDays: (r) => TIME_LIMITS[r.category],
  deadline: (r) => r.state.deadline,
  overdue: (r, _args, { now }) => isOverdue(r.state, now),
  acceptedAt: (r) => r.state.acceptedAt,
  handledBy: (r) => (r.state.handler ? ref(r.state.handler.organizationId) : null),
  whistles: (r) => r.state.whistles,
  extensions: (r) => r.state.extensions,
  resolution: (r) => r.state.resolution,
  resolvedAt: (r) => r.state.resolvedAt,
  resolvedOnTime: (r) => r.state.resolvedOnTime,
  rating: (r) => r.state.rating,
  reopenCount: (r) => r.state.reopenCount,
  escalatedAt: (r) => r.state.escalatedAt,
  escalatedTo: (r) => (r.state.escalatedTo ? ref(r.state.escalatedTo) : null),
  resident: (r, _args, { principal }) => privateValue(principal, (p) => maySeeResident(p, r), r.resident ?? null),
  history: (r, { first, after }, { loaders }) => loaders.historyOfRequest.load({ parent: requestKey(r._id), first, after }),
};

export const WhistleCall: WhistleCallResolvers = { unit: (w) => ref(w.unitId) };
export const RequestRating: RequestRatingResolvers = {
  satisfied: (r) => r.score >= SATISFIED_FROM,
  ratedAt: (r) => r.at,
};

export const RequestMutation: MutationResolvers = {
  raiseRequest: (_root, args, ctx) => requests.raiseRequest(ctx, args),
  acceptRequest: (_root, args, ctx) => requests.acceptRequest(ctx, args),
  blowWhistle: (_root, args, ctx) => requests.blowWhistle(ctx, args),
  reportToWhistle: (_root, args, ctx) => requests.reportToWhistle(ctx, args),
  respondToWhistle: (_root, args, ctx) => requests.respondToWhistle(ctx, args),
  requestExtension: (_root, args, ctx) => requests.requestExtension(ctx, args),
  decideExtension: (_root, args, ctx) => requests.decideExtension(ctx, args),
  resolveRequest: (_root, args, ctx) => requests.resolveRequest(ctx, args),
  rateRequest: (_root, args, ctx) => requests.rateRequest(ctx, args),
};
