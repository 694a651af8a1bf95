import { actorOf } from '../domain/parties';
import { Types } from 'mongoose';
import { requirePrincipal, TERRITORIAL_ROLES } from '../../../platform/access';
import { forbidden, type Principal } from '../../../platform/auth';
import { isObjectId, ref } from '../../../platform/subgraph';
import { userError, type Outcome, type UserError } from '../../../platform/user-errors';
import { isPhone, phoneError } from '../../../platform/validation';
import {
  isCalledUnit,
  isHandlerSide,
  mayAccept,
  mayDecideExtension,
  mayRaise,
  mayRate,
  maySee,
  maySeeResident,
} from '../domain/requests/access';
import {
  decideAccept,
  decideExtension,
  decideRate,
  decideReport,
  decideRequestExtension,
  decideResolve,
  decideRespond,
  decideWhistle,
  isOverdue,
  OPEN_STATUSES,
  raisedState,
  REQUEST_CATEGORIES,
  SATISFIED_FROM,
  TIME_LIMITS,
  validateRaise,
  type RequestEvent,
  type RequestState,
} from '../domain/requests/lifecycle';
import type { Context } from '../context';
import type {
  MutationResolvers,
  OrganizationResolvers,
  QueryResolvers,
  ResidentUnitResolvers,
  RequestRatingResolvers,
  RequestResolvers,
  WhistleCallResolvers,
} from '../generated/resolvers';
import type { RequestDoc } from '../models';
import { applyToRequest, projectionOf, requestKey } from '../requests';
import { recordFirst } from '../../../platform/ledger';

type Payload = { request: RequestDoc | null; errors: UserError[] };
const failure = (...errors: UserError[]): Payload => ({ request: null, errors });
const payload = (outcome: Outcome<RequestDoc>): Payload => (outcome.ok ? { request: outcome.value, errors: [] } : failure(...outcome.errors));
const NOT_VISIBLE = () => failure(userError('NOT_VISIBLE', '诉求不存在或不可见 · no such request visible to you', 'id'));

/** A request the caller may see; null otherwise (never a hint that it exists). */
async function visibleRequest(ctx: Context, id: string): Promise<RequestDoc | null> {
  const request = isObjectId(id) ? await ctx.loaders.request.load(id) : null;
  return request && maySee(ctx.principal, request) ? request : null;
}

/**
 * Loads the request, checks the caller may take this step, and decides it on
 * the request's ledger. A request the caller may not see answers NOT_VISIBLE;
 * one they see but may not act on, FORBIDDEN.
 */
async function step(
  ctx: Context,
  id: string,
  allowed: (p: Principal, r: RequestDoc) => boolean,
  what: string,
  decide: (state: RequestState, p: Principal, request: RequestDoc) => Outcome<RequestEvent>,
): Promise<Payload> {
  const principal = requirePrincipal(ctx.principal);
  const request = await visibleRequest(ctx, id);
  if (!request) return NOT_VISIBLE();
  if (!allowed(principal, request)) throw forbidden(`You may not ${what}`);
  ctx.loaders.request.clear(id);
  return payload(await applyToRequest(ctx.models, request, principal, (state) => decide(state, principal, request)));
}

/** The organisation (street, community) of a committee principal: the handler of what it accepts. */
const handlerOf = (p: Principal) => ({ organizationId: p.scopeId, path: p.territory, subject: p.subject });

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
  resident: (r, _args, { principal }) => (r.resident && maySeeResident(principal, r) ? r.resident : null),
  history: (r, { first, after }, { loaders }) => loaders.historyOfRequest.load({ parent: requestKey(r._id), first, after }),
};

export const WhistleCall: WhistleCallResolvers = { unit: (w) => ref(w.unitId) };
export const RequestRating: RequestRatingResolvers = {
  satisfied: (r) => r.score >= SATISFIED_FROM,
  ratedAt: (r) => r.at,
};

export const RequestMutation: MutationResolvers = {
  raiseRequest: async (_root, { input }, ctx) => {
    const principal = requirePrincipal(ctx.principal);
    const grid = isObjectId(input.gridId) ? await ctx.territory.load(input.gridId) : null;
    if (!grid || grid.kind !== 'GRID') return failure(userError('INVALID_GRID', '网格不存在 · no such grid', 'input.gridId'));
    if (!mayRaise(principal, grid.path)) throw forbidden('Only the grid worker or committees over the grid, or a resident of its community, may raise a request there');
    const errors = validateRaise(input);
    if (input.resident && (input.resident.name.trim().length < 1 || input.resident.name.length > 50)) {
      errors.push(userError('INVALID_NAME', '姓名须为1至50字 · a name has 1 to 50 characters', 'input.resident.name'));
    }
    if (input.resident && !isPhone(input.resident.phone)) {
      errors.push(phoneError('input.resident.phone'));
    }
    if (principal.role === 'MEMBER' && input.channel !== 'APP') {
      errors.push(userError('INVALID_CHANNEL', '居民自行提交须经客户端 · a resident raises through the app', 'input.channel'));
    }
    if (errors.length) return failure(...errors);
    // The street above the grid, where the request escalates when overdue.
    const ancestors = await Promise.all(grid.path.map((id) => ctx.territory.load(id)));
    const street = ancestors.find((node) => node?.kind === 'STREET');
    const _id = new Types.ObjectId();
    const state = raisedState(input.category, ctx.now);
    const request = {
      _id,
      category: input.category,
      channel: input.channel,
      description: input.description.trim(),
      address: input.address?.trim() || null,
      gridId: new Types.ObjectId(grid.id),
      territoryPath: grid.path.map((id) => new Types.ObjectId(id)),
      streetId: street ? new Types.ObjectId(street.id) : null,
      resident: input.resident ? { name: input.resident.name.trim(), phone: input.resident.phone } : null,
      raisedBy: principal.subject,
      receivedAt: ctx.now,
      ...projectionOf(state),
      seq: 1,
    } as RequestDoc;
    await recordFirst(ctx.models.RequestLedger, requestKey(_id), {
      action: 'RAISE',
      actor: principal.subject,
      by: actorOf(principal),
      at: ctx.now,
      data: { from: null, to: state.status, state, channel: input.channel },
    });
    await ctx.models.Request.create(request);
    return { request: (await ctx.models.Request.findById(_id).lean()) as RequestDoc, errors: [] };
  },

  acceptRequest: (_root, { id }, ctx) =>
    step(ctx, id, (p, r) => mayAccept(p, r), 'accept this request', (state, p) => decideAccept(state, handlerOf(p), ctx.now)),

  blowWhistle: async (_root, { id, unitIds, instruction }, ctx) => {
    const units = await Promise.all(unitIds.map((unitId) => (isObjectId(unitId) ? ctx.units.load(unitId) : null)));
    const missing = unitIds.findIndex((_, i) => !units[i]);
    if (missing >= 0) return failure(userError('INVALID_UNIT', '单位不存在 · no such resident unit', `unitIds.${missing}`));
    return step(ctx, id, (p, r) => isHandlerSide(p, r), 'blow the whistle on this request', (state, p) => decideWhistle(state, unitIds, instruction, p.subject, ctx.now));
  },

  reportToWhistle: (_root, { id, unitId }, ctx) =>
    step(ctx, id, (p, r) => isCalledUnit(p, r) && p.scopeId === unitId, 'report for this unit', (state, p) => decideReport(state, unitId, p.subject, ctx.now)),

  respondToWhistle: (_root, { id, unitId, response }, ctx) =>
    step(ctx, id, (p, r) => isCalledUnit(p, r) && p.scopeId === unitId, 'answer for this unit', (state, p) =>
      decideRespond(state, unitId, response, p.subject, ctx.now),
    ),

  requestExtension: (_root, { id, workingDays, reason }, ctx) =>
    step(ctx, id, (p, r) => isHandlerSide(p, r), 'ask for an extension', (state, p) => decideRequestExtension(state, workingDays, reason, p.subject, ctx.now)),

  decideExtension: (_root, { id, approve, note }, ctx) =>
    step(ctx, id, (p, r) => mayDecideExtension(p, r), 'decide extensions (the street does)', (state, p) =>
      decideExtension(state, approve, note ?? null, p.subject, ctx.now),
    ),

  resolveRequest: (_root, { id, resolution }, ctx) =>
    step(ctx, id, (p, r) => isHandlerSide(p, r), 'resolve this request', (state) => decideResolve(state, resolution, ctx.now)),

  rateRequest: (_root, { id, score, comment }, ctx) =>
    step(ctx, id, (p, r) => mayRate(p, r), 'rate this request', (state, p, request) =>
      decideRate(state, request.category, score, comment ?? null, p.subject, ctx.now),
    ),
};
