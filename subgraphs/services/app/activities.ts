import { createHash } from 'node:crypto';
import { Types } from 'mongoose';
import { administersUnit, governs, requirePrincipal } from '../../../platform/auth/access';
import { forbidden, type Principal } from '../../../platform/auth/tokens';
import { appendDecision, asDecision, ledgerHead, projectForward, recordFirst, type LedgerEntry } from '../../../platform/data/ledger';
import { isDuplicateKey } from '../../../platform/data/mongo';
import { isObjectId } from '../../../platform/server/subgraph';
import { territoryKeys } from '../../../platform/rules/territory';
import { failed, ok, userError, type Outcome, type UserError, type Payload } from '../../../platform/rules/user-errors';
import {
  decideCancel,
  decideCheckIn,
  decideSignUp,
  decideWithdraw,
  isOrganiserSide,
  MAX_UNIT_PLACES,
  ORGANISED_STATE,
  validateActivityFields,
  type ActivityEvent,
  type SignUpView,
} from '../domain/activities';
import { validateReason } from '../domain/claims';
import { actorOf } from '../domain/parties';
import type { Context } from '../context';
import type {
  MutationCancelActivityArgs,
  MutationCheckInAttendanceArgs,
  MutationOrganiseActivityArgs,
  MutationSignUpForActivityArgs,
  MutationWithdrawSignUpArgs,
} from '../generated/resolvers';
import type { ActivityDoc, ActivityState, ParticipantType, PartyRef, SignUpDoc, StoredSignUpStatus } from '../models';
import { visibleActivity, visibleItem } from '../loaders/visible';

/*
 * Co-building activities (共建活动): organise, cancel, sign up, withdraw, check in. Every change of an
 * activity and its sign-ups is an entry in the activity's ledger (one sequence per activity, unique),
 * decided on the state the ledger last recorded — as an item's claims are (app/claims.ts) — so the
 * places held never exceed the capacity, however many sign up at once and on however many replicas.
 * The activity and sign-up documents are projections of the ledger, written forward only.
 */

const activityFailure = (...errors: UserError[]): Payload<'activity', ActivityDoc> => ({ activity: null, errors });
const signUpFailure = (...errors: UserError[]): Payload<'signUp', SignUpDoc> => ({ signUp: null, errors });

/** The ledger key of an activity. */
export const activityKey = (id: unknown) => `activity:${String(id)}`;

/**
 * A participant's sign-up id for an activity, the same every time: one sign-up per participant and
 * activity is then the sign-up's own identity (two requests at once decide on the same sign-up).
 */
export function signUpIdOf(activityId: unknown, participant: { type: ParticipantType; id: unknown }): Types.ObjectId {
  return new Types.ObjectId(createHash('sha256').update(`signup|${String(activityId)}|${participant.type}:${String(participant.id)}`).digest('hex').slice(0, 24));
}

/** What every step of a sign-up carries on the ledger, so that any step can write its whole projection. */
interface SignUpEntryData extends Record<string, unknown> {
  signUpId: string;
  participant: { type: ParticipantType; id: string };
  participantPath: string[];
  signedUpAt: Date;
}
type SignUpEvent = ActivityEvent['data'] & SignUpEntryData;

/** The sign-up's last step on the activity's ledger, if it was ever signed up. */
async function lastSignUpEntry(ctx: Context, activity: Pick<ActivityDoc, '_id'>, signUpId: string) {
  return (await ctx.models.ActivityLedger.findOne({ key: activityKey(activity._id), 'data.signUpId': signUpId }).sort({ seq: -1 }).lean()) as LedgerEntry<SignUpEvent> | null;
}

const viewOf = (signUpId: string, last: LedgerEntry<SignUpEvent> | null): SignUpView & { last: SignUpEvent | null } => ({
  id: signUpId,
  status: (last?.data.to as StoredSignUpStatus | undefined) ?? null,
  places: last?.data.quantity ?? 0,
  hours: last?.data.hours ?? null,
  people: last?.data.people ?? null,
  last: last?.data ?? null,
});

/** Nothing to record: the sign-up or check-in stands as asked (never shown to a user). */
const UNCHANGED = userError('ALREADY_RECORDED', 'already on the ledger');

/**
 * Decides one step of a sign-up on the activity's ledger: the head and the sign-up's last step are
 * read, `decide` chooses, and the entry is appended only if no other entry took its sequence (else
 * it is decided again on what was written). `decide` gives null for nothing to record.
 */
async function decideOnLedger(
  ctx: Context,
  principal: Principal,
  activity: ActivityDoc,
  signUpId: string,
  decide: (state: ActivityState, signUp: ReturnType<typeof viewOf>) => Outcome<(ActivityEvent & { data: Partial<SignUpEntryData> }) | null>,
): Promise<Outcome<LedgerEntry<SignUpEvent> | null>> {
  const outcome = await appendDecision<{ state: ActivityState; signUp: ReturnType<typeof viewOf> }, ActivityEvent['data'], ActivityEvent>({
    ledger: ctx.models.ActivityLedger,
    key: activityKey(activity._id),
    actor: principal.subject,
    by: actorOf(principal),
    read: async () => {
      const head = await ledgerHead<ActivityState>(ctx.models.ActivityLedger, activityKey(activity._id), activity.state);
      return { lastSeq: head.lastSeq, view: { state: head.view, signUp: viewOf(signUpId, await lastSignUpEntry(ctx, activity, signUpId)) } };
    },
    decide: ({ state, signUp }) => {
      const decided = decide(state, signUp);
      if (!decided.ok) return decided;
      if (!decided.value) return failed(UNCHANGED);
      // Each step carries who signed up, and when, from the step before it.
      const carried = signUp.last ? { participant: signUp.last.participant, participantPath: signUp.last.participantPath, signedUpAt: signUp.last.signedUpAt } : {};
      const data = { ...carried, ...decided.value.data } as ActivityEvent['data'];
      return ok({ action: decided.value.action, data, result: { action: decided.value.action, data } });
    },
    after: async (entry) => {
      await Promise.all([projectActivity(ctx, activity, entry), projectSignUp(ctx, activity, entry as LedgerEntry<SignUpEvent>)]);
    },
  });
  if (outcome.ok) return ok(outcome.value.entry as LedgerEntry<SignUpEvent>);
  return outcome.errors[0] === UNCHANGED ? ok(null) : failed(...outcome.errors);
}

/** Brings the activity document in line with a ledger entry (see projectForward). */
async function projectActivity(ctx: Context, activity: ActivityDoc, entry: LedgerEntry<ActivityEvent['data']>, extra: Record<string, unknown> = {}) {
  const state = entry.data.state;
  await projectForward<ActivityDoc>(ctx.models.Activity, activity._id, entry, () => ({ state, status: state.lifecycle, ...extra }));
  ctx.loaders.activity.clear(String(activity._id));
}

/**
 * Brings a sign-up document in line with a step of it: updated if it reflects an older step, written
 * whole (every step carries what it takes) if it is not there — a sign-up whose request ended between
 * its entry and its document is completed by its next step.
 */
async function projectSignUp(ctx: Context, activity: ActivityDoc, entry: LedgerEntry<SignUpEvent>) {
  const d = entry.data;
  const fields: Partial<SignUpDoc> = {
    status: d.to as StoredSignUpStatus,
    places: d.quantity!,
    updatedAt: entry.at,
    seq: entry.seq,
    ...(d.to === 'SIGNED_UP' ? { signedUpAt: entry.at, hours: null, people: null, withdrawalReason: null, checkedInAt: null, checkedInBy: null, hoursRecorded: null } : {}),
    ...(d.to === 'WITHDRAWN' ? { withdrawalReason: d.reason ?? null } : {}),
    ...(d.to === 'ATTENDED'
      ? { hours: d.hours!, people: d.people!, checkedInAt: entry.at, checkedInBy: entry.actor, hoursRecorded: d.participant.type === 'MEMBER' ? false : null }
      : {}),
  };
  const id = new Types.ObjectId(d.signUpId);
  ctx.loaders.signUp.clear(d.signUpId);
  const updated = await ctx.models.SignUp.updateOne({ _id: id, seq: { $lt: entry.seq } }, { $set: fields });
  if (updated.matchedCount > 0) return;
  try {
    await ctx.models.SignUp.create({
      _id: id,
      activityId: activity._id,
      territoryPath: activity.territoryPath,
      participant: { type: d.participant.type, id: new Types.ObjectId(d.participant.id) },
      participantPath: d.participantPath.map((p) => new Types.ObjectId(p)),
      signedUpAt: d.signedUpAt,
      createdAt: d.signedUpAt,
      ...fields,
    });
  } catch (err) {
    if (!isDuplicateKey(err)) throw err; // a newer step is there already
  }
}

/** The caller as a participant: a member for themself, a unit's admin for the unit; anyone else may not. */
function participantOf(principal: Principal): { type: ParticipantType; id: string } {
  const actor = actorOf(principal);
  if (!actor || (actor.type !== 'MEMBER' && actor.type !== 'RESIDENT_UNIT')) {
    throw forbidden("Only a member, for themself, or a unit's admin, for the unit, signs up for activities");
  }
  return { type: actor.type, id: actor.id };
}

/** The sign-up as its document now stands (written by the decision, or by an earlier one). */
async function signUpNow(ctx: Context, id: string): Promise<SignUpDoc | null> {
  ctx.loaders.signUp.clear(id);
  return ctx.loaders.signUp.load(id);
}

// ————— Organising —————

export async function organiseActivity(ctx: Context, { input }: MutationOrganiseActivityArgs) {
  const principal = requirePrincipal(ctx.principal);
  const { type, id } = input.organiser;
  const node = !isObjectId(id) ? null : type === 'ORGANIZATION' ? await ctx.territory.load(id) : await ctx.units.load(id);
  if (!node) return activityFailure(userError('INVALID_OWNER', '主办方不存在 · no such organisation or unit', 'input.organiser.id'));
  const mayOrganise = type === 'RESIDENT_UNIT' ? administersUnit(principal, id) : governs(principal, node.path);
  if (!mayOrganise) throw forbidden("Activities are organised by a street's or community's committee (or one above it), or by a unit's own admin");
  if (type === 'ORGANIZATION' && node.kind !== 'STREET' && node.kind !== 'COMMUNITY') {
    return activityFailure(userError('INVALID_OWNER', '主办方须为街道或社区党组织,或驻区单位 · a street or community organisation, or a resident unit, organises', 'input.organiser.id'));
  }
  const errors = validateActivityFields(input, ctx.now);
  const item = input.itemId ? await visibleItem(ctx, input.itemId) : null;
  if (input.itemId && !item) errors.push(userError('NOT_VISIBLE', '关联的条目不存在或不可见 · no such need, offer or project visible to you', 'input.itemId'));
  if (input.agreementId) {
    // An activity under an agreement is organised by one of its two parties.
    const agreement = isObjectId(input.agreementId) ? await ctx.agreements.load(input.agreementId) : null;
    if (!agreement || (agreement.unitId !== id && agreement.partnerId !== id)) {
      errors.push(userError('NOT_FOUND', '没有主办方参与的该共建协议 · no such agreement with the organiser as a party', 'input.agreementId'));
    }
  }
  if (errors.length) return activityFailure(...errors);

  const path = node.path.map((p) => new Types.ObjectId(p));
  const organiser: PartyRef = { type, id: new Types.ObjectId(id), path };
  // The path's kinds, in one batch: the street and community keys.
  const keys = territoryKeys(await ctx.territory.loadMany(node.path));
  const _id = new Types.ObjectId();
  const activity = await ctx.models.Activity.create({
    _id,
    title: input.title.trim(),
    description: input.description?.trim() || null,
    category: input.category,
    place: input.place.trim(),
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    capacity: input.capacity,
    organiser,
    organiserId: organiser.id,
    territoryPath: path,
    streetId: keys.streetId ? new Types.ObjectId(keys.streetId) : null,
    communityId: keys.communityId ? new Types.ObjectId(keys.communityId) : null,
    // The organisation itself (a street or a community), or a unit's community.
    visibleWithin: path.at(-1)!,
    itemId: item?._id ?? null,
    itemKind: item?.kind ?? null,
    agreementId: input.agreementId ? new Types.ObjectId(input.agreementId) : null,
    state: ORGANISED_STATE,
    status: 'PLANNED',
    seq: 1,
  });
  await recordFirst(ctx.models.ActivityLedger, activityKey(_id), {
    action: 'ORGANISE',
    actor: principal.subject,
    by: actorOf(principal),
    at: ctx.now,
    data: { from: null, to: 'PLANNED', quantity: input.capacity, state: ORGANISED_STATE },
  });
  return { activity: activity.toObject() as ActivityDoc, errors: [] };
}

/** The activity for an act of its organiser's side: NOT_VISIBLE as if it did not exist, FORBIDDEN to others who see it. */
async function organisersActivity(ctx: Context, principal: Principal, id: string, field: string, what: string): Promise<ActivityDoc | UserError> {
  const activity = await visibleActivity(ctx, id);
  if (!activity) return userError('NOT_VISIBLE', '活动不存在或不可见 · no such activity visible to you', field);
  if (!isOrganiserSide(principal, activity)) throw forbidden(`Only the activity's organiser side may ${what}`);
  return activity;
}

export async function cancelActivity(ctx: Context, { id, reason }: MutationCancelActivityArgs) {
  const principal = requirePrincipal(ctx.principal);
  const activity = await organisersActivity(ctx, principal, id, 'id', 'cancel it');
  if (!('_id' in activity)) return activityFailure(activity);
  const bad = validateReason(reason);
  if (bad) return activityFailure(bad);
  const outcome = await appendDecision<ActivityState, ActivityEvent['data'], ActivityEvent>({
    ledger: ctx.models.ActivityLedger,
    key: activityKey(activity._id),
    actor: principal.subject,
    by: actorOf(principal),
    read: () => ledgerHead(ctx.models.ActivityLedger, activityKey(activity._id), activity.state),
    decide: (state) => asDecision(decideCancel(state, reason.trim())),
    after: (entry) => projectActivity(ctx, activity, entry, { cancellationReason: reason.trim() }),
  });
  if (!outcome.ok) return activityFailure(...outcome.errors);
  return { activity: await ctx.loaders.activity.load(id), errors: [] };
}

// ————— Signing up —————

export async function signUpForActivity(ctx: Context, { input }: MutationSignUpForActivityArgs) {
  const principal = requirePrincipal(ctx.principal);
  const participant = participantOf(principal);
  // Visible is inside the activity's territory: a member whose home (or the community they reported
  // to) is in it, a unit of it. Outside, it reads as not there.
  const activity = await visibleActivity(ctx, input.activityId);
  if (!activity) return signUpFailure(userError('NOT_VISIBLE', '活动不存在或不在您所在的范围内 · no such activity in your territory', 'input.activityId'));
  const places = input.places ?? 1;
  if (participant.type === 'MEMBER' ? places !== 1 : !Number.isInteger(places) || places < 1 || places > MAX_UNIT_PLACES) {
    return signUpFailure(
      userError('INVALID_COUNT', participant.type === 'MEMBER' ? '党员个人报名占1个名额 · a member takes one place' : `单位报名名额须为1至${MAX_UNIT_PLACES} · 1 to ${MAX_UNIT_PLACES} places`, 'input.places'),
    );
  }
  const signUpId = String(signUpIdOf(activity._id, participant));
  const decided = await decideOnLedger(ctx, principal, activity, signUpId, (state, signUp) => {
    const outcome = decideSignUp(activity, state, signUp, places, ctx.now);
    if (!outcome.ok || !outcome.value) return outcome;
    // The first step says who signs up and from where; later ones carry it (decideOnLedger).
    const first = signUp.last ? {} : { participant, participantPath: principal.territory, signedUpAt: ctx.now };
    return ok({ ...outcome.value, data: { ...first, ...outcome.value.data } });
  });
  if (!decided.ok) return signUpFailure(...decided.errors);
  // The same sign-up again: the answer is the one standing (completed from its ledger if its document is missing).
  if (!decided.value) await ensureSignUp(ctx, activity, signUpId);
  return { signUp: await signUpNow(ctx, signUpId), errors: [] };
}

/** A sign-up on the ledger whose document was never written (its request ended in between): written now. */
async function ensureSignUp(ctx: Context, activity: ActivityDoc, signUpId: string) {
  if (await signUpNow(ctx, signUpId)) return;
  const last = await lastSignUpEntry(ctx, activity, signUpId);
  if (last) await projectSignUp(ctx, activity, last);
}

export async function withdrawSignUp(ctx: Context, { activityId, reason }: MutationWithdrawSignUpArgs) {
  const principal = requirePrincipal(ctx.principal);
  const participant = participantOf(principal);
  const activity = await visibleActivity(ctx, activityId);
  if (!activity) return signUpFailure(userError('NOT_VISIBLE', '活动不存在或不可见 · no such activity visible to you', 'activityId'));
  const bad = reason != null ? validateReason(reason) : null;
  if (bad) return signUpFailure(bad);
  const signUpId = String(signUpIdOf(activity._id, participant));
  const decided = await decideOnLedger(ctx, principal, activity, signUpId, (state, signUp) => decideWithdraw(activity, state, signUp, reason?.trim() || null, ctx.now));
  if (!decided.ok) return signUpFailure(...decided.errors);
  if (!decided.value) await ensureSignUp(ctx, activity, signUpId);
  return { signUp: await signUpNow(ctx, signUpId), errors: [] };
}

// ————— Checking in —————

const MAX_ATTENDANCES = 100;

/**
 * 签到: the organiser's side checks in who came, each sign-up a step on the ledger. Every attendance
 * is checked first, on the sign-ups as they stand, and nothing is written if any is wrong; each is
 * then decided on the ledger (a sign-up already checked in the same way is left as it is). The members'
 * hours then go onto their records in the members subgraph (see members/app/activity-hours.ts); if
 * that subgraph cannot take them now, the check-in stands and says HOURS_PENDING, and the same
 * check-in again completes it.
 */
export async function checkInAttendance(ctx: Context, { activityId, attendances }: MutationCheckInAttendanceArgs) {
  const principal = requirePrincipal(ctx.principal);
  const activity = await organisersActivity(ctx, principal, activityId, 'activityId', 'check in its attendance');
  if (!('_id' in activity)) return activityFailure(activity);
  if (attendances.length < 1 || attendances.length > MAX_ATTENDANCES) {
    return activityFailure(userError('INVALID_COUNT', `每次签到1至${MAX_ATTENDANCES}个报名 · 1 to ${MAX_ATTENDANCES} sign-ups at a time`, 'attendances'));
  }
  const signUps = await Promise.all(attendances.map((a) => (isObjectId(a.signUpId) ? ctx.loaders.signUp.load(a.signUpId) : null)));
  const errors: UserError[] = [];
  attendances.forEach((attendance, i) => {
    const field = `attendances.${i}`;
    const signUp = signUps[i];
    if (!signUp || !signUp.activityId.equals(activity._id)) {
      errors.push(userError('NOT_FOUND', '该活动没有这个报名 · no such sign-up for this activity', `${field}.signUpId`));
    } else if (attendances.findIndex((a) => a.signUpId === attendance.signUpId) !== i) {
      errors.push(userError('INVALID_COUNT', '同一报名出现了两次 · the same sign-up twice', `${field}.signUpId`));
    } else {
      // As the sign-ups stand now; each is decided again on the ledger below.
      const view = { id: attendance.signUpId, status: signUp.status, places: signUp.places, hours: signUp.hours, people: signUp.people };
      const decided = decideCheckIn(activity, activity.state, view, signUp.participant.type, attendance, ctx.now, field);
      if (!decided.ok) errors.push(...decided.errors);
    }
  });
  if (errors.length) return activityFailure(...errors);

  for (const [i, attendance] of attendances.entries()) {
    const participantType = signUps[i]!.participant.type;
    const decided = await decideOnLedger(ctx, principal, activity, attendance.signUpId, (state, signUp) =>
      decideCheckIn(activity, state, signUp, participantType, attendance, ctx.now, `attendances.${i}`),
    );
    if (!decided.ok) errors.push(...decided.errors);
  }
  // The members' hours: asked for only when some of those checked in here are not on their records yet.
  const members = attendances.filter((_a, i) => signUps[i]!.participant.type === 'MEMBER' && !signUps[i]!.hoursRecorded).map((a) => a.signUpId);
  if (members.length) {
    const recorded = await ctx.recordActivityHours(String(activity._id));
    if (recorded?.length) {
      await ctx.models.SignUp.updateMany({ _id: { $in: recorded.map((id) => new Types.ObjectId(id)) }, activityId: activity._id }, { $set: { hoursRecorded: true } });
    }
    const pending = members.filter((id) => !recorded?.includes(id));
    if (pending.length) {
      errors.push(
        userError(
          'HOURS_PENDING',
          `已签到,但${pending.length}名党员的志愿时长尚未记入党员档案,请再次提交同一签到 · checked in, but ${pending.length} members' hours are not on their records yet: repeat the check-in`,
          'attendances',
        ),
      );
    }
  }
  ctx.loaders.activity.clear(activityId);
  const now = await ctx.loaders.activity.load(activityId);
  // Refused on the ledger (another request changed a sign-up in between): what was written stands.
  return { activity: errors.length && !errors.every((e) => e.code === 'HOURS_PENDING') ? null : now, errors };
}
