import { Types } from 'mongoose';
import { requirePrincipal } from '../../../platform/auth/access';
import { forbidden, type Principal } from '../../../platform/auth/tokens';
import { recordFirst } from '../../../platform/data/ledger';
import { isObjectId } from '../../../platform/server/subgraph';
import { userError, type Outcome, type UserError } from '../../../platform/rules/user-errors';
import { isPhone, phoneError } from '../../../platform/rules/validation';
import { actorOf } from '../domain/parties';
import { isCalledUnit, isHandlerSide, mayAccept, mayDecideExtension, mayRaise, mayRate } from '../domain/requests/access';
import {
  decideAccept,
  decideExtension as decideOnExtension,
  decideRate,
  decideReport,
  decideRequestExtension,
  decideResolve,
  decideRespond,
  decideWhistle,
  raisedState,
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
} from '../generated/resolvers';
import type { RequestDoc } from '../models';
import { visibleRequest } from '../loaders/visible';
import { applyToRequest, projectionOf, requestKey } from './request-ledger';
import { callsAt, whistleEvent } from '../domain/notifications';
import { notify } from './notifications';

/* Commands on residents' requests (接诉即办): raise, accept, blow the whistle, report and answer, extend, resolve, rate. */

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
  return payload(await applyToRequest(ctx.models, request, principal, (state) => decide(state, principal, request)));
}

/** The organisation (street, community) of a committee principal: the handler of what it accepts. */
export const handlerOf = (p: Principal) => ({ organizationId: p.scopeId, path: p.territory, subject: p.subject });

export async function raiseRequest(ctx: Context, { input }: MutationRaiseRequestArgs) {
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
}

export function acceptRequest(ctx: Context, { id }: MutationAcceptRequestArgs) {
  return step(ctx, id, (p, r) => mayAccept(p, r), 'accept this request', (state, p) => decideAccept(state, handlerOf(p), ctx.now));
}

export async function blowWhistle(ctx: Context, { id, unitIds, instruction }: MutationBlowWhistleArgs) {
  const units = await Promise.all(unitIds.map((unitId) => (isObjectId(unitId) ? ctx.units.load(unitId) : null)));
  const missing = unitIds.findIndex((_, i) => !units[i]);
  if (missing >= 0) return failure(userError('INVALID_UNIT', '单位不存在 · no such resident unit', `unitIds.${missing}`));
  const whistled = await step(ctx, id, (p, r) => isHandlerSide(p, r), 'blow the whistle on this request', (state, p) => decideWhistle(state, unitIds, instruction, p.subject, ctx.now));
  await notify(ctx, whistled.request && whistleEvent(whistled.request, callsAt(whistled.request.state.whistles, ctx.now), ctx.actor));
  return whistled;
}

export function reportToWhistle(ctx: Context, { id, unitId }: MutationReportToWhistleArgs) {
  return step(ctx, id, (p, r) => isCalledUnit(p, r) && p.scopeId === unitId, 'report for this unit', (state, p) => decideReport(state, unitId, p.subject, ctx.now));
}

export function respondToWhistle(ctx: Context, { id, unitId, response }: MutationRespondToWhistleArgs) {
  return step(ctx, id, (p, r) => isCalledUnit(p, r) && p.scopeId === unitId, 'answer for this unit', (state, p) =>
    decideRespond(state, unitId, response, p.subject, ctx.now),
  );
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
