import { Schema, type Types } from 'mongoose';
import { ActivityStatus } from '../generated/resolvers';
import { ITEM_KINDS, partySchema, SERVICE_CATEGORIES, type ItemKind, type PartyRef, type ServiceCategory } from './items';

/* Co-building activities (共建活动) and their sign-ups, as stored. */

export const ACTIVITY_STATUSES: readonly ActivityStatus[] = Object.values(ActivityStatus);
export type { ActivityStatus };

/**
 * What the activity ledger knows about an activity: the running counts that sign-ups and check-ins
 * are decided on. Each ledger entry carries the state after it; the activity document keeps a copy.
 */
export interface ActivityState {
  lifecycle: ActivityStatus;
  /** Places held by standing sign-ups (signed up or checked in): never above the capacity. */
  places: number;
  /** Standing sign-ups: signed up, or checked in. */
  signUps: number;
  /** Sign-ups withdrawn by their participants (each time). */
  withdrawals: number;
  /** Sign-ups checked in. */
  attended: number;
  /** People checked in: a member one, a unit the people it brought. */
  people: number;
  /** Members checked in, and the hours checked in for them. */
  members: number;
  memberHours: number;
}

/** The stored statuses of a sign-up; NO_SHOW and CANCELLED are read from its activity (domain/activities.ts). */
export type StoredSignUpStatus = 'SIGNED_UP' | 'WITHDRAWN' | 'ATTENDED';
export type ParticipantType = 'MEMBER' | 'RESIDENT_UNIT';

/** 共建活动. Its counts and status are decided on the activity's ledger; this document mirrors them. */
export interface ActivityDoc {
  _id: Types.ObjectId;
  title: string;
  description?: string | null;
  category: ServiceCategory;
  place: string;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  /** The street or community organisation, or the unit, with its territory path. */
  organiser: PartyRef;
  organiserId: Types.ObjectId;
  /** The organiser's path (a unit's: its community's): who governs the activity. */
  territoryPath: Types.ObjectId[];
  /** The street and community on that path (see territoryKeys): a street's or a community's list is one indexed query. */
  streetId?: Types.ObjectId | null;
  communityId?: Types.ObjectId | null;
  /** Whose signed-in see it and may sign up: the organiser's community, or its street for a street's activity. */
  visibleWithin: Types.ObjectId;
  /** The need, offer or project it serves. */
  itemId?: Types.ObjectId | null;
  itemKind?: ItemKind | null;
  /** The co-building agreement (resident-units) it is held under. */
  agreementId?: Types.ObjectId | null;
  state: ActivityState;
  /** The state's lifecycle, indexed for lists. */
  status: ActivityStatus;
  /** The last ledger sequence this document reflects. */
  seq: number;
  cancellationReason?: string | null;
  createdAt?: Date;
  updatedAt?: Date;
}

/**
 * 活动报名. Its _id comes from the activity and the participant (app/activities.ts, signUpId): one
 * sign-up per participant and activity, whatever is done to it. Decided on the activity's ledger; this
 * document mirrors it for reading.
 */
export interface SignUpDoc {
  _id: Types.ObjectId;
  activityId: Types.ObjectId;
  /** The activity's territory path: the committees over it read the sign-up. */
  territoryPath: Types.ObjectId[];
  participant: { type: ParticipantType; id: Types.ObjectId };
  /** The participant's own territory (a member's home, a unit's community): the committees over it read it too. */
  participantPath: Types.ObjectId[];
  places: number;
  status: StoredSignUpStatus;
  hours?: number | null;
  people?: number | null;
  /** A member's check-in: set once the members subgraph has the hours on the member's record. */
  hoursRecorded?: boolean | null;
  withdrawalReason?: string | null;
  signedUpAt: Date;
  checkedInAt?: Date | null;
  checkedInBy?: string | null;
  seq: number;
  createdAt: Date;
  updatedAt: Date;
}

export const activityStateSchema = new Schema<ActivityState>(
  {
    lifecycle: { type: String, enum: ACTIVITY_STATUSES, required: true },
    places: { type: Number, default: 0 },
    signUps: { type: Number, default: 0 },
    withdrawals: { type: Number, default: 0 },
    attended: { type: Number, default: 0 },
    people: { type: Number, default: 0 },
    members: { type: Number, default: 0 },
    memberHours: { type: Number, default: 0 },
  },
  { _id: false },
);

export const activitySchema = new Schema<ActivityDoc>(
  {
    title: { type: String, required: true, trim: true, maxlength: 100 },
    description: { type: String, default: null, maxlength: 2000 },
    category: { type: String, enum: SERVICE_CATEGORIES, required: true },
    place: { type: String, required: true, maxlength: 200 },
    startsAt: { type: Date, required: true },
    endsAt: { type: Date, required: true },
    capacity: { type: Number, required: true, min: 1 },
    organiser: { type: partySchema, required: true },
    organiserId: { type: Schema.Types.ObjectId, required: true },
    territoryPath: { type: [Schema.Types.ObjectId], required: true },
    streetId: { type: Schema.Types.ObjectId, default: null },
    communityId: { type: Schema.Types.ObjectId, default: null },
    visibleWithin: { type: Schema.Types.ObjectId, required: true },
    itemId: { type: Schema.Types.ObjectId, default: null },
    itemKind: { type: String, enum: [...ITEM_KINDS, null], default: null },
    agreementId: { type: Schema.Types.ObjectId, default: null },
    state: { type: activityStateSchema, required: true },
    status: { type: String, enum: ACTIVITY_STATUSES, required: true },
    seq: { type: Number, default: 0 },
    cancellationReason: { type: String, default: null },
  },
  { timestamps: true, collection: 'activities' },
);
// Organization.activities / ResidentUnit.activities: an organiser's activities, optionally in one state.
activitySchema.index({ organiserId: 1, status: 1, _id: 1 });
activitySchema.index({ organiserId: 1, _id: 1 });
// Organization.activities(inTerritory: true): a street's or a community's by its scalar key, any other's by the path.
activitySchema.index({ streetId: 1, status: 1, _id: 1 });
activitySchema.index({ streetId: 1, _id: 1 });
activitySchema.index({ communityId: 1, status: 1, _id: 1 });
activitySchema.index({ communityId: 1, _id: 1 });
activitySchema.index({ territoryPath: 1, status: 1, _id: 1 });
activitySchema.index({ territoryPath: 1, _id: 1 });
// Commitments: the activities a unit held in a term.
activitySchema.index({ organiserId: 1, status: 1, startsAt: 1 });
// Statistics: a territory's activities that start in a period.
activitySchema.index({ streetId: 1, startsAt: 1 });
activitySchema.index({ communityId: 1, startsAt: 1 });
activitySchema.index({ territoryPath: 1, startsAt: 1 });
// The reminder sweep (活动提醒): planned activities starting soon.
activitySchema.index({ status: 1, startsAt: 1 });

export const signUpSchema = new Schema<SignUpDoc>(
  {
    activityId: { type: Schema.Types.ObjectId, required: true },
    territoryPath: { type: [Schema.Types.ObjectId], default: [] },
    participant: {
      type: new Schema({ type: { type: String, enum: ['MEMBER', 'RESIDENT_UNIT'] }, id: Schema.Types.ObjectId }, { _id: false }),
      required: true,
    },
    participantPath: { type: [Schema.Types.ObjectId], default: [] },
    places: { type: Number, required: true, min: 1 },
    status: { type: String, enum: ['SIGNED_UP', 'WITHDRAWN', 'ATTENDED'], required: true },
    hours: { type: Number, default: null },
    people: { type: Number, default: null },
    hoursRecorded: { type: Boolean, default: null },
    withdrawalReason: { type: String, default: null },
    signedUpAt: { type: Date, required: true },
    checkedInAt: { type: Date, default: null },
    checkedInBy: { type: String, default: null },
    seq: { type: Number, required: true },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'activitySignUps', versionKey: false },
);
// Activity.signUps(status): an activity's sign-ups, optionally in one stored state.
signUpSchema.index({ activityId: 1, _id: 1 });
signUpSchema.index({ activityId: 1, status: 1, _id: 1 });
// Member.activities / ResidentUnit.activitySignUps: a participant's sign-ups.
signUpSchema.index({ 'participant.id': 1, _id: 1 });
// Commitments: a unit's sign-ups checked in during a term.
signUpSchema.index({ 'participant.id': 1, status: 1, checkedInAt: 1 });
// A move in the tree: the sign-ups of activities, and of participants, under the organisation follow it.
signUpSchema.index({ territoryPath: 1 });
signUpSchema.index({ participantPath: 1 });
