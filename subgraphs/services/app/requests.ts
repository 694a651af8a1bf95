import { territoryKeys } from '../../../platform/rules/territory';
import { Types } from 'mongoose';
import { requirePrincipal } from '../../../platform/auth/access';
import { forbidden, type Principal } from '../../../platform/auth/tokens';
import { recordFirst } from '../../../platform/data/ledger';
import { isObjectId } from '../../../platform/server/subgraph';
import { userError, type Outcome, type UserError } from '../../../platform/rules/user-errors';
import { isPhone, phoneError } from '../../../platform/rules/validation';
import { actsForCalled, isHandlerSide, mayAccept, mayDecideExtension, mayRaise, mayRate, maySupervise, RESIDENT_REQUESTS_PER_DAY } from '../domain/requests/access';
import {
  decideAccept,
  decideExtension as decideOnExtension,
  decideRate,
  decideRemind,
  decideReport,
  decideRequestExtension,
  decideResolve,
  decideRespond,
  decideTransfer,
  decideWhistle,
  MAX_WHISTLE_UNITS,
  raisedState,
  whistleCountError,
  validateRaise,
  type RequestEvent,
  type RequestState,
} from '../domain/requests/lifecycle';
import type { Context } from '../context';
import type {
  MutationAcceptRequestArgs,
  MutationBlowWhistleArgs,
  MutationDecideExtensionArgs,
  MutationRaiseRequestArgs,
  MutationRateRequestArgs,
  MutationReportToWhistleArgs,
  MutationRequestExtensionArgs,
  MutationResolveRequestArgs,
  MutationRespondToWhistleArgs,
  MutationSuperviseRequestArgs,
  MutationTransferRequestArgs,
} from '../generated/resolvers';
import type { RequestDoc } from '../models';
import { visibleRequest } from '../loaders/visible';
import { applyToRequest, projectionOf, requestActorOf, requestKey } from './request-ledger';
import { attachPhotos, releasePhotos } from './photos';
import { callsAt, madeAt, supervisionEvent, transferEvent, whistleEvent } from '../domain/notifications';
import { notify } from './notifications';
import { streetTable } from './time-limits';

/* Commands on residents' requests (接诉即办): raise, accept, blow the whistle, report and answer, extend, hand on (转办), supervise (督办), resolve, rate. */

type Payload = { request: RequestDoc | null; errors: UserError[] };
const failure = (...errors: UserError[]): Payload => ({ request: null, errors });
const payload = (outcome: Outcome<RequestDoc>): Payload => (outcome.ok ? { request: outcome.value, errors: [] } : failure(...outcome.errors));
const NOT_VISIBLE = () => failure(userError('NOT_VISIBLE', '诉求不存在或不可见 · no such request visible to you', 'id'));

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
  return payload(
    await applyToRequest(ctx.models, request, principal, (state) => {
      // Asked again of the state the step is decided on, the ledger's head: a step taken meanwhile (a
      // transfer, a resolution) may have made it someone else's request. Nothing is written on a refusal.
      if (!allowed(principal, { ...request, state })) throw forbidden(`You may not ${what}`);
      return decide(state, principal, request);
    }),
  );
}

/** The organisation (street, community) of a committee principal: the handler of what it accepts. */
export const handlerOf = (p: Principal) => ({ organizationId: p.scopeId, path: p.territory, subject: p.subject });

export async function raiseRequest(ctx: Context, { input }: MutationRaiseRequestArgs) {
  const principal = requirePrincipal(ctx.principal);
  const grid = isObjectId(input.gridId) ? await ctx.territory.load(input.gridId) : null;
  if (!grid || grid.kind !== 'GRID') return failure(userError('INVALID_GRID', '网格不存在 · no such grid', 'input.gridId'));
  if (!mayRaise(principal, grid.path)) throw forbidden('Only the grid worker or committees over the grid, a member of its community, or a resident of the grid, may raise a request there');
  const errors = validateRaise(input);
  if (input.resident && (input.resident.name.trim().length < 1 || input.resident.name.length > 50)) {
    errors.push(userError('INVALID_NAME', '姓名须为1至50字 · a name has 1 to 50 characters', 'input.resident.name'));
  }
  if (input.resident && !isPhone(input.resident.phone)) {
    errors.push(phoneError('input.resident.phone'));
  }
  if ((principal.role === 'MEMBER' || principal.role === 'RESIDENT') && input.channel !== 'APP') {
    errors.push(userError('INVALID_CHANNEL', '居民自行提交须经客户端 · a resident raises through the app', 'input.channel'));
  }
  if (errors.length) return failure(...errors);
  // A resident's account raises a handful a day (RESIDENT_REQUESTS_PER_DAY): ids count time, so the
  // last day's are one range of the {raisedBy, _id} index.
  if (principal.role === 'RESIDENT') {
    const since = Types.ObjectId.createFromTime(Math.floor(ctx.now.getTime() / 1000) - 86_400);
    if ((await ctx.models.Request.countDocuments({ raisedBy: principal.subject, _id: { $gt: since } })) >= RESIDENT_REQUESTS_PER_DAY) {
      return failure(userError('DAILY_LIMIT', `每人每天最多提交${RESIDENT_REQUESTS_PER_DAY}件诉求 · at most ${RESIDENT_REQUESTS_PER_DAY} requests a day`, 'input'));
    }
  }
  // The street above the grid, where the request escalates when overdue.
  // (An ancestor that could not be read fails the raise: a request without its street would never escalate.)
  const ancestors = await ctx.territory.loadMany(grid.path);
  const failed = ancestors.find((n) => n instanceof Error);
  if (failed) throw failed;
  const { streetId } = territoryKeys(ancestors);
  const _id = new Types.ObjectId();
  // The deadlines run by the street's own time-limit table, as it is now; the request keeps them.
  const table = await streetTable(ctx.models, streetId ?? undefined);
  const state = raisedState(input.category, ctx.now, undefined, table.limits[input.category]);
  const attached = await attachPhotos(ctx.models, principal, input.photoIds ?? [], _id);
  if (attached.errors.length) return failure(...attached.errors);
  const request = {
    _id,
    category: input.category,
    channel: input.channel,
    description: input.description.trim(),
    address: input.address?.trim() || null,
    location: input.location ? { latitude: input.location.latitude, longitude: input.location.longitude } : null,
    photos: attached.photos,
    gridId: new Types.ObjectId(grid.id),
    territoryPath: grid.path.map((id) => new Types.ObjectId(id)),
    streetId: streetId ? new Types.ObjectId(streetId) : null,
    resident: input.resident ? { name: input.resident.name.trim(), phone: input.resident.phone } : null,
    raisedBy: principal.subject,
    receivedAt: ctx.now,
    ...projectionOf(state),
    seq: 1,
  } as RequestDoc;
  try {
    await recordFirst(ctx.models.RequestLedger, requestKey(_id), {
      action: 'RAISE',
      actor: principal.subject,
      by: requestActorOf(principal),
      at: ctx.now,
      data: { from: null, to: state.status, state, channel: input.channel },
    });
  } catch (err) {
    // No request was raised: its photos go back to the uploader (the photo sweep does it if this fails too).
    await releasePhotos(ctx.models, _id).catch(() => undefined);
    throw err;
  }
  await ctx.models.Request.create(request);
  return { request: (await ctx.models.Request.findById(_id).lean()) as RequestDoc, errors: [] };
}

export function acceptRequest(ctx: Context, { id }: MutationAcceptRequestArgs) {
  return step(ctx, id, (p, r) => mayAccept(p, r), 'accept this request', (state, p) => decideAccept(state, handlerOf(p), ctx.now));
}

/** A department (职能部门) of the request's street, by id; null when it is not one. */
async function departmentOf(ctx: Context, departmentId: string, request: RequestDoc) {
  const org = isObjectId(departmentId) ? await ctx.territory.load(departmentId) : null;
  return org && org.kind === 'DEPARTMENT' && !!request.streetId && org.path.includes(String(request.streetId)) ? org : null;
}

export async function blowWhistle(ctx: Context, { id, unitIds, departmentIds, instruction }: MutationBlowWhistleArgs) {
  const units = unitIds ?? [];
  const departments = departmentIds ?? [];
  // Who may, and how many, before any called party is looked up: a long list costs a lookup each.
  const principal = requirePrincipal(ctx.principal);
  const request = await visibleRequest(ctx, id);
  if (!request) return NOT_VISIBLE();
  if (!isHandlerSide(principal, request)) throw forbidden('You may not blow the whistle on this request');
  if (units.length + departments.length > MAX_WHISTLE_UNITS) {
    return failure(whistleCountError());
  }
  const found = await Promise.all(units.map((unitId) => (isObjectId(unitId) ? ctx.units.load(unitId) : null)));
  const missing = units.findIndex((_, i) => !found[i]);
  if (missing >= 0) return failure(userError('INVALID_UNIT', '单位不存在 · no such resident unit', `unitIds.${missing}`));
  if (departments.length) {
    const called = await Promise.all(departments.map((d) => departmentOf(ctx, d, request)));
    const wrong = called.findIndex((d) => !d);
    if (wrong >= 0) return failure(userError('INVALID_DEPARTMENT', '该街道没有这个职能部门 · no such department of the request\'s street', `departmentIds.${wrong}`));
  }
  const whistled = await step(ctx, id, (p, r) => isHandlerSide(p, r), 'blow the whistle on this request', (state, p, request) =>
    decideWhistle(state, units, instruction, p.subject, ctx.now, departments, request.category),
  );
  await notify(ctx, whistled.request && whistleEvent(whistled.request, callsAt(whistled.request.state.whistles, ctx.now), ctx.actor));
  return whistled;
}

/** The called party a report or an answer is for: the unit, or the department. */
const calledParty = (unitId?: string | null, departmentId?: string | null) => departmentId ?? unitId ?? '';

/** The caller acts for that party, and it was called to the request. */
const actsForParty = (p: Principal, r: RequestDoc, party: string) => r.state.whistles.some((w) => w.unitId === party && actsForCalled(p, w));

const NO_PARTY = () => failure(userError('INVALID_UNIT', '请给出报到的单位或部门 · give the unit or the department', 'unitId'));

export async function reportToWhistle(ctx: Context, { id, unitId, departmentId }: MutationReportToWhistleArgs) {
  const party = calledParty(unitId, departmentId);
  if (!party) return NO_PARTY();
  return step(ctx, id, (p, r) => actsForParty(p, r, party), 'report for this unit or department', (state, p) => decideReport(state, party, p.subject, ctx.now));
}

export async function respondToWhistle(ctx: Context, { id, unitId, departmentId, response }: MutationRespondToWhistleArgs) {
  const party = calledParty(unitId, departmentId);
  if (!party) return NO_PARTY();
  return step(ctx, id, (p, r) => actsForParty(p, r, party), 'answer for this unit or department', (state, p) =>
    decideRespond(state, party, response, p.subject, ctx.now),
  );
}

/** The kinds of organisation a request may be handed on to (转办). */
const TRANSFER_KINDS = ['GRID', 'COMMUNITY', 'STREET', 'DEPARTMENT'];

/**
 * 转办: the handler's side hands the request on to the party that owns it — a grid, a community, the
 * street or a department of the request's street — with a reason; the deadline stays.
 */
export async function transferRequest(ctx: Context, { id, toOrganizationId, reason }: MutationTransferRequestArgs) {
  const principal = requirePrincipal(ctx.principal);
  const request = await visibleRequest(ctx, id);
  if (!request) return NOT_VISIBLE();
  if (!isHandlerSide(principal, request)) throw forbidden('You may not hand this request on');
  const target = isObjectId(toOrganizationId) ? await ctx.territory.load(toOrganizationId) : null;
  if (!target || !TRANSFER_KINDS.includes(target.kind) || !request.streetId || !target.path.includes(String(request.streetId))) {
    return failure(userError('INVALID_TARGET', '承办方须为本街道的网格、社区、街道或职能部门 · hand it on to a grid, community, street or department of its street', 'toOrganizationId'));
  }
  const handed = await step(ctx, id, (p, r) => isHandlerSide(p, r), 'hand this request on', (state, p) =>
    decideTransfer(state, { organizationId: target.id, path: target.path, subject: p.subject }, reason, p.subject, ctx.now),
  );
  await notify(ctx, handed.request && transferEvent(handed.request, madeAt(handed.request.state.transfers, ctx.now), ctx.actor));
  return handed;
}

/** 督办 · 催办: the street reminds the handler of an overdue or escalated request; each reminder is on the ledger. */
export async function superviseRequest(ctx: Context, { id, note }: MutationSuperviseRequestArgs) {
  const reminded = await step(ctx, id, (p, r) => maySupervise(p, r), 'supervise this request (the street does)', (state, p) => decideRemind(state, p.scopeId, note, p.subject, ctx.now));
  await notify(ctx, reminded.request && supervisionEvent(reminded.request, madeAt(reminded.request.state.reminders, ctx.now), ctx.actor));
  return reminded;
}

export function requestExtension(ctx: Context, { id, workingDays, reason }: MutationRequestExtensionArgs) {
  return step(ctx, id, (p, r) => isHandlerSide(p, r), 'ask for an extension', (state, p) => decideRequestExtension(state, workingDays, reason, p.subject, ctx.now));
}

export function decideExtension(ctx: Context, { id, approve, note }: MutationDecideExtensionArgs) {
  return step(ctx, id, (p, r) => mayDecideExtension(p, r), 'decide extensions (the street does)', (state, p) =>
    decideOnExtension(state, approve, note ?? null, p.subject, ctx.now),
  );
}

export function resolveRequest(ctx: Context, { id, resolution }: MutationResolveRequestArgs) {
  return step(ctx, id, (p, r) => isHandlerSide(p, r), 'resolve this request', (state) => decideResolve(state, resolution, ctx.now));
}

export function rateRequest(ctx: Context, { id, score, comment }: MutationRateRequestArgs) {
  return step(ctx, id, (p, r) => mayRate(p, r), 'rate this request', (state, p, request) =>
    decideRate(state, request.category, score, comment ?? null, p.subject, ctx.now),
  );
}
