import { repeatEvery } from '../../../platform/server/repeat';
import { Types } from 'mongoose';
import type { Principal } from '../../../platform/auth/tokens';
import { appendDecision, asDecision, ledgerHead, projectForward, type LedgerEntry } from '../../../platform/data/ledger';
import { LeaseBusy, withLease } from '../../../platform/data/lease';
import type { Logger } from '../../../platform/server/logger';
import { ok, type Outcome } from '../../../platform/rules/user-errors';
import { decideEscalate, OPEN_STATUSES, reportDueAt, SATISFIED_FROM, type RequestEvent, type RequestState } from '../domain/requests/lifecycle';
import { actorOf } from '../domain/parties';
import type { RequestDoc, ServicesModels } from '../models';
import { sweepPhotos } from './photos';
import { escalationEvent } from '../domain/notifications';
import { notify } from './notifications';

/**
 * The request ledger: every step of a resident's request, in sequence per
 * request (`request:<id>#<seq>`), decided with the same unique-_id rule as
 * claims (platform/data/ledger.ts), so two committees accepting at once, or a
 * whistle answered while the request is resolved, are settled by the ledger.
 */
export const requestKey = (id: unknown) => `request:${String(id)}`;

type RequestEntry = LedgerEntry<RequestEvent['data']>;

const unitIds = (calls: RequestState['whistles']) => [...new Set(calls.map((w) => w.unitId))].map((id) => new Types.ObjectId(id));

/** Who a step on a request was taken for: a department's admin acts for the department. */
export const requestActorOf = (p: Principal) => (p.role === 'DEPARTMENT_ADMIN' ? { type: 'ORGANIZATION' as const, id: p.scopeId } : actorOf(p));

/** The stored projections of a state: indexed fields and the statistics' counters. */
export function projectionOf(state: RequestState): Partial<RequestDoc> {
  return {
    state,
    status: state.status,
    deadline: state.deadline,
    handlerId: state.handler ? new Types.ObjectId(state.handler.organizationId) : null,
    whistledUnitIds: unitIds(state.whistles),
    pendingUnitIds: unitIds(state.whistles.filter((w) => !w.respondedAt)),
    reportDueAt: reportDueAt(state),
    whistled: state.whistles.length > 0,
    escalated: !!state.escalatedAt,
    resolvedOnTime: state.resolvedOnTime,
    satisfied: state.rating ? state.rating.score >= SATISFIED_FROM : null,
  };
}

/**
 * Decides a step on a request's ledger and brings the request document in
 * line; returns the request as it is now, or the user errors.
 */
export async function applyToRequest(
  models: ServicesModels,
  request: RequestDoc,
  actor: Principal | string,
  decide: (state: RequestState) => Outcome<RequestEvent>,
): Promise<Outcome<RequestDoc>> {
  const outcome = await appendDecision<RequestState, RequestEvent['data'], RequestEvent>({
    ledger: models.RequestLedger,
    key: requestKey(request._id),
    // A person acts for their organisation, unit or membership; the system (the overdue sweep) for no one.
    actor: typeof actor === 'string' ? actor : actor.subject,
    by: typeof actor === 'string' ? null : requestActorOf(actor),
    read: () => ledgerHead<RequestState>(models.RequestLedger, requestKey(request._id), request.state),
    decide: (state) => asDecision(decide(state)),
    after: (entry: RequestEntry) => projectForward(models.Request, request._id, entry, () => projectionOf(entry.data.state)),
  });
  if (!outcome.ok) return outcome;
  return ok((await models.Request.findById(request._id).lean()) as RequestDoc);
}

/**
 * 超期上报: escalates every open request past its deadline to its street,
 * once. Run by the services server on a timer; a lease lets one replica
 * sweep at a time, and the ledger would refuse a second escalation anyway.
 */
export async function escalateOverdue(models: ServicesModels, now: Date): Promise<number> {
  return withLease(
    models.Lease,
    'sweep:overdue-requests',
    async () => {
      const overdue = (await models.Request.find({ escalated: false, status: { $in: OPEN_STATUSES }, deadline: { $lt: now } })
        .limit(500)
        .lean()) as RequestDoc[];
      let escalated = 0;
      for (const request of overdue) {
        const street = request.streetId ?? request.territoryPath[0];
        const outcome = await applyToRequest(models, request, 'system:overdue-sweep', (state) => decideEscalate(state, String(street), now));
        if (outcome.ok) escalated += 1;
        if (outcome.ok) await notify({ models, now }, escalationEvent(request, String(street), request.deadline));
      }
      return escalated;
    },
    { ttlMs: 120_000, waitMs: 0 },
  ).catch((err: Error) => {
    // Another replica holds the sweep: it does the work.
    if (err instanceof LeaseBusy) return 0;
    throw err;
  });
}

/** Runs the overdue sweep every `seconds` (0: never); returns a stop function. */
export function startOverdueSweep(models: ServicesModels, seconds: number, photoHours: number, logger: Logger): () => Promise<void> {
  return repeatEvery(seconds, () => {
    const now = new Date();
    return Promise.all([
      escalateOverdue(models, now).then(
        (n) => n && logger.info({ escalated: n }, 'overdue requests escalated to their streets'),
        (err: Error) => logger.error({ err }, 'overdue sweep failed'),
      ),
      // The photos' upkeep on the same period (photos.ts).
      sweepPhotos(models, now, photoHours).then(
        (n) => (n.removed || n.released) && logger.info(n, 'photos swept: unattached ones removed, stranded ones given back'),
        (err: Error) => logger.error({ err }, 'photo sweep failed'),
      ),
    ]);
  });
}
