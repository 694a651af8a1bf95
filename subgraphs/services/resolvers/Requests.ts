import { Types } from 'mongoose';
import { COMMITTEE_ROLES, privateValue, requirePrincipal, TERRITORIAL_ROLES } from '../../../platform/auth/access';
import { forbidden, type Principal } from '../../../platform/auth/tokens';
import { ref } from '../../../platform/server/subgraph';
import { requestKey } from '../app/request-ledger';
import * as requests from '../app/requests';
import { photoUrl } from '../app/photos';
import { limitsKey, setRequestTimeLimits, streetTable } from '../app/time-limits';
import { tableRows, type TableState } from '../domain/requests/time-limits';
import { visibleRequest } from '../loaders/visible';
import { maySeeResident } from '../domain/requests/access';
import { isOverdue, limitsOf, OPEN_STATUSES, reportOverdue, SATISFIED_FROM } from '../domain/requests/lifecycle';
import type {
  MutationResolvers,
  OrganizationResolvers,
  PhotoResolvers,
  ReminderResolvers,
  TimeLimitTableResolvers,
  TransferResolvers,
  QueryResolvers,
  ResidentUnitResolvers,
  RequestRatingResolvers,
  RequestResolvers,
  WhistleCallResolvers,
} from '../generated/resolvers';

/** Members and residents list only the requests they raised themselves. */
const listsOwnRequests = (p: Principal) => p.role === 'MEMBER' || p.role === 'RESIDENT';

/**
 * The requests an organisation handles or was called to, as the caller may list them: its own people
 * (any role bound to it: a department's admin, a grid's worker, its committee) all of them; a committee
 * over it those inside the committee's territory; anyone else nothing.
 */
function partyScope(p: Principal, organizationId: string): Record<string, unknown> {
  if (p.scopeId === organizationId && (TERRITORIAL_ROLES.includes(p.role) || p.role === 'DEPARTMENT_ADMIN')) return {};
  if (COMMITTEE_ROLES.includes(p.role)) return { territoryPath: new Types.ObjectId(p.scopeId) };
  throw forbidden("Only the organisation's own people and the committees over it may list its requests");
}

/** A street's time-limit table version, as its ledger entry holds it. */
const tableState = (entry: { data: unknown }) => (entry.data as { state: TableState }).state;

export const RequestQuery: QueryResolvers = {
  request: (_root, { id }, ctx) => visibleRequest(ctx, id),
  requestTimeLimits: async (_root, { streetId }, ctx) => tableRows((await streetTable(ctx.models, streetId)).limits),
  requestTimeLimitHistory: (_root, { streetId, first, after }, ctx) => {
    const principal = requirePrincipal(ctx.principal);
    if (![principal.territory, principal.reportedTo ?? []].some((path) => path.includes(streetId))) {
      throw forbidden("Only the signed-in of the street may read its time limits' history");
    }
    return ctx.loaders.timeLimitHistory.load({ parent: limitsKey(streetId), first, after });
  },
};

export const TimeLimitTable: TimeLimitTableResolvers = {
  version: (e) => tableState(e).version,
  limits: (e) => tableRows(tableState(e).limits),
  note: (e) => tableState(e).note,
  changedAt: (e) => e.at,
  changedBy: (e) => e.actor,
};

export const OrganizationRequests: Pick<OrganizationResolvers, 'requests' | 'handledRequests' | 'whistles' | 'unreportedWhistles'> = {
  handledRequests: (org, args, ctx) => {
    const conditions: Record<string, unknown>[] = [partyScope(requirePrincipal(ctx.principal), org.id)];
    if (args.status) conditions.push({ status: args.status });
    return ctx.loaders.requestsOfHandler.load({ parent: org.id, first: args.first, after: args.after, filter: { $and: conditions } });
  },
  whistles: (org, args, ctx) => {
    const conditions: Record<string, unknown>[] = [partyScope(requirePrincipal(ctx.principal), org.id)];
    const id = new Types.ObjectId(org.id);
    if (args.pending != null) conditions.push({ pendingUnitIds: args.pending ? id : { $ne: id } });
    return ctx.loaders.requestsOfUnit.load({ parent: org.id, first: args.first, after: args.after, filter: { $and: conditions } });
  },
  unreportedWhistles: (org, args, ctx) => {
    const principal = requirePrincipal(ctx.principal);
    if (!COMMITTEE_ROLES.includes(principal.role)) throw forbidden("Only the territory's committees may see who has not reported in");
    const filter = { $and: [{ territoryPath: new Types.ObjectId(principal.scopeId) }, { reportDueAt: { $lt: ctx.now } }] };
    return ctx.loaders.requestsInTerritory.load({ parent: org.id, first: args.first, after: args.after, filter });
  },
  requests: (org, args, ctx) => {
    const principal = requirePrincipal(ctx.principal);
    if (!TERRITORIAL_ROLES.includes(principal.role) && !listsOwnRequests(principal)) {
      throw forbidden("Only the territory's committees and grid workers, or residents for their own, may list requests");
    }
    const conditions: Record<string, unknown>[] = [];
    if (args.status) conditions.push({ status: args.status });
    if (args.overdue === true) conditions.push({ status: { $in: OPEN_STATUSES }, deadline: { $lt: ctx.now } });
    if (args.overdue === false) conditions.push({ $or: [{ status: { $nin: OPEN_STATUSES } }, { deadline: { $gte: ctx.now } }] });
    const page = { first: args.first, after: args.after };
    // A resident's own requests are read by who raised them (a handful), the territory a condition on
    // them: walking a street's requests by territory to find one person's would read them all.
    if (listsOwnRequests(principal)) {
      conditions.push({ territoryPath: new Types.ObjectId(org.id) });
      return ctx.loaders.requestsOfRaiser.load({ parent: principal.subject, ...page, filter: { $and: conditions } });
    }
    conditions.push({ territoryPath: new Types.ObjectId(principal.scopeId) });
    return ctx.loaders.requestsInTerritory.load({ parent: org.id, ...page, filter: { $and: conditions } });
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
  timeLimitWorkingDays: (r) => limitsOf(r.state, r.category).workingDays,
  respondBy: (r) => r.state.respondBy ?? null,
  location: (r) => r.location ?? null,
  photos: (r) => r.photos ?? [],
  transfers: (r) => r.state.transfers ?? [],
  reminders: (r) => r.state.reminders ?? [],
  reminderCount: (r) => r.state.reminders?.length ?? 0,
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

export const WhistleCall: WhistleCallResolvers = {
  unit: (w) => (w.kind === 'DEPARTMENT' ? null : ref(w.unitId)),
  department: (w) => (w.kind === 'DEPARTMENT' ? ref(w.unitId) : null),
  reportBy: (w) => w.reportBy ?? null,
  reportOverdue: (w, _args, { now }) => reportOverdue(w, now),
};
export const Photo: PhotoResolvers = {
  id: (p) => String(p.id),
  url: (p) => photoUrl(p.id),
};
export const Transfer: TransferResolvers = {
  from: (t) => (t.fromId ? ref(t.fromId) : null),
  to: (t) => ref(t.toId),
};
export const Reminder: ReminderResolvers = {
  by: (r) => ref(r.organizationId),
  handler: (r) => (r.handlerId ? ref(r.handlerId) : null),
};
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
  transferRequest: (_root, args, ctx) => requests.transferRequest(ctx, args),
  superviseRequest: (_root, args, ctx) => requests.superviseRequest(ctx, args),
  setRequestTimeLimits: (_root, args, ctx) => setRequestTimeLimits(ctx, args),
};
