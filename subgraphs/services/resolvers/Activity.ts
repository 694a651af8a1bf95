import { Types } from 'mongoose';
import { requirePrincipal } from '../../../platform/auth/access';
import { forbidden } from '../../../platform/auth/tokens';
import { toConnection } from '../../../platform/data/pagination';
import { ref } from '../../../platform/server/subgraph';
import { activityKey } from '../app/activities';
import {
  activityFigures,
  activityVisibilityFilter,
  effectiveSignUpStatus,
  participantSignUpsFilter,
  seesSignUps,
  storedSignUpStatus,
} from '../domain/activities';
import type { Context } from '../context';
import type { ActivityResolvers, ActivitySignUpResolvers, ActivityStatus } from '../generated/resolvers';
import type { ActivityDoc } from '../models';
import { visibleActivity, visibleItem } from '../loaders/visible';
import { partyRef } from './refs';

type ActivityArgs = { status?: ActivityStatus | null; upcoming?: boolean | null; inTerritory?: boolean | null; first: number; after?: string | null };

/**
 * One page of an organiser's (or a territory's) activities, as the caller may see them: a street's or
 * a community's territory by its scalar key (the gateway passes the organisation's kind, `@requires`),
 * any other's by the path — as the lists of items are read (Parties.ts).
 */
export function activitiesOf(ctx: Context, parent: string, args: ActivityArgs, parentKind?: string | null) {
  const conditions = [
    activityVisibilityFilter(ctx.principal),
    ...(args.upcoming == null ? [] : [{ startsAt: args.upcoming ? { $gt: ctx.now } : { $lte: ctx.now } }]),
  ];
  const loader = !args.inTerritory
    ? ctx.loaders.activitiesOfOrganiser
    : parentKind === 'STREET'
      ? ctx.loaders.activitiesInStreet
      : parentKind === 'COMMUNITY'
        ? ctx.loaders.activitiesInCommunity
        : ctx.loaders.activitiesInTerritory;
  return loader.load({ parent, first: args.first, after: args.after, filter: { ...(args.status ? { status: args.status } : {}), $and: conditions } });
}

/** A participant's sign-ups (Member.activities, ResidentUnit.activitySignUps): see participantSignUpsFilter. */
export function signUpsOfParticipant(ctx: Context, participantId: string, args: { first: number; after?: string | null }) {
  const principal = requirePrincipal(ctx.principal);
  const filter = participantSignUpsFilter(principal, participantId);
  if (!filter) throw forbidden("A participant's sign-ups are for the participant and the committees over it or over the activity");
  return ctx.loaders.signUpsOfParticipant.load({ parent: participantId, first: args.first, after: args.after, filter });
}

function requireSeesSignUps(ctx: Context, activity: ActivityDoc) {
  requirePrincipal(ctx.principal);
  if (!seesSignUps(ctx.principal, activity)) throw forbidden("An activity's sign-ups and history are for its organiser's side and the committees over it");
}

export const Activity: ActivityResolvers = {
  __resolveReference: (reference, ctx) => visibleActivity(ctx, reference.id),
  id: (activity) => String(activity._id),
  placesTaken: (activity) => activity.state.places,
  remainingPlaces: (activity) => activity.capacity - activity.state.places,
  organiser: (activity) => partyRef(activity.organiser),
  item: (activity, _args, ctx) => (activity.itemId ? visibleItem(ctx, String(activity.itemId)) : null),
  agreement: (activity) => (activity.agreementId ? ref(activity.agreementId) : null),
  status: (activity) => activity.state.lifecycle,
  cancellationReason: (activity) => activity.cancellationReason ?? null,
  signedUp: (activity, _args, { now }) => activityFigures(activity, now).signedUp,
  attended: (activity, _args, { now }) => activityFigures(activity, now).attended,
  noShows: (activity, _args, { now }) => activityFigures(activity, now).noShows,
  cancellations: (activity, _args, { now }) => activityFigures(activity, now).cancellations,
  participants: (activity, _args, { now }) => activityFigures(activity, now).participants,
  volunteerHours: (activity, _args, { now }) => activityFigures(activity, now).volunteerHours,
  signUps: (activity, { status, first, after }, ctx) => {
    requireSeesSignUps(ctx, activity);
    // NO_SHOW and CANCELLED are read from the activity: a filter no sign-up of it can meet is an empty page.
    const stored = status ? storedSignUpStatus(status, activity, ctx.now) : undefined;
    if (stored === null) return toConnection({ nodes: [], hasNextPage: false });
    return ctx.loaders.signUpsOfActivity.load({ parent: String(activity._id), first, after, filter: stored ? { status: stored } : undefined });
  },
  history: (activity, { first, after }, ctx) => {
    requireSeesSignUps(ctx, activity);
    return ctx.loaders.historyOfActivity.load({ parent: activityKey(activity._id), first, after });
  },
  createdAt: (activity) => activity.createdAt ?? (activity._id as Types.ObjectId).getTimestamp(),
};

export const ActivitySignUp: ActivitySignUpResolvers = {
  id: (signUp) => String(signUp._id),
  activity: (signUp, _args, ctx) => visibleActivity(ctx, String(signUp.activityId)),
  participant: (signUp) => partyRef(signUp.participant),
  status: async (signUp, _args, { loaders, now }) => {
    if (signUp.status !== 'SIGNED_UP') return signUp.status;
    const activity = await loaders.activity.load(String(signUp.activityId));
    return activity ? effectiveSignUpStatus(signUp.status, activity, now) : signUp.status;
  },
  hours: (signUp) => signUp.hours ?? null,
  people: (signUp) => signUp.people ?? null,
  hoursRecorded: (signUp) => (signUp.participant.type === 'MEMBER' && signUp.status === 'ATTENDED' ? Boolean(signUp.hoursRecorded) : null),
  withdrawalReason: (signUp) => signUp.withdrawalReason ?? null,
  checkedInAt: (signUp) => signUp.checkedInAt ?? null,
  checkedInBy: (signUp) => signUp.checkedInBy ?? null,
};

/** Organization, ResidentUnit and Member gain their activities here (merged in resolvers/index.ts). */
export const OrganizationActivities = {
  activities: (org: { id: string; kind?: string | null }, args: ActivityArgs, ctx: Context) => activitiesOf(ctx, org.id, args, org.kind),
};
export const UnitActivities = {
  activities: (unit: { id: string }, args: ActivityArgs, ctx: Context) => activitiesOf(ctx, unit.id, { ...args, inTerritory: false }),
  activitySignUps: (unit: { id: string }, args: { first: number; after?: string | null }, ctx: Context) => signUpsOfParticipant(ctx, unit.id, args),
};
export const MemberActivities = {
  activities: (member: { id: string }, args: { first: number; after?: string | null }, ctx: Context) => signUpsOfParticipant(ctx, member.id, args),
};

export const ActivityQuery = {
  activity: (_root: unknown, { id }: { id: string }, ctx: Context) => visibleActivity(ctx, id),
};
