import { Schema, type Types } from 'mongoose';
import { InvitationStatus } from '../generated/resolvers';

/* Matching (供需对接): a street's weights and invitations (派单). */

/** A street's matching weights (供需对接), keyed by the street's id. */
export interface MatchingWeightsDoc {
  _id: Types.ObjectId;
  weights: Record<string, number>;
  updatedBy: string;
  updatedAt: Date;
}

export const INVITATION_STATUSES: readonly InvitationStatus[] = Object.values(InvitationStatus);
export type { InvitationStatus };

/** 派单: a match sent to the offer's unit; accepted, it becomes the unit's claim on the need. */
export interface InvitationDoc {
  _id: Types.ObjectId;
  needId: Types.ObjectId;
  offerId: Types.ObjectId;
  /** The unit that provides the offer: who answers the invitation. */
  unitId: Types.ObjectId;
  quantity: number;
  status: InvitationStatus;
  note?: string | null;
  declineReason?: string | null;
  claimId?: Types.ObjectId | null;
  /** Accepted: the claim on the offer that takes the quantity from its capacity. */
  offerClaimId?: Types.ObjectId | null;
  /** Acceptances rolled back so far: each attempt claims under keys of its own (app/invitations.ts). */
  attempts?: number;
  sentBy: string;
  createdAt: Date;
  updatedAt: Date;
}

export const weightsSchema = new Schema<MatchingWeightsDoc>(
  { _id: Schema.Types.ObjectId, weights: { type: Schema.Types.Mixed, required: true }, updatedBy: String, updatedAt: Date },
  { collection: 'matchingWeights', versionKey: false },
);
export const invitationSchema = new Schema<InvitationDoc>(
  {
    needId: { type: Schema.Types.ObjectId, required: true },
    offerId: { type: Schema.Types.ObjectId, required: true },
    unitId: { type: Schema.Types.ObjectId, required: true },
    quantity: { type: Number, required: true, min: 1 },
    status: { type: String, enum: INVITATION_STATUSES, required: true },
    note: { type: String, default: null },
    declineReason: { type: String, default: null },
    claimId: { type: Schema.Types.ObjectId, default: null },
    offerClaimId: { type: Schema.Types.ObjectId, default: null },
    attempts: { type: Number, default: 0 },
    sentBy: { type: String, required: true },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'invitations', versionKey: false },
);
invitationSchema.index({ unitId: 1, _id: 1 });
// One open or accepted invitation per need and offer.
invitationSchema.index({ needId: 1, offerId: 1, status: 1 });
invitationSchema.index({ unitId: 1, status: 1, _id: 1 });
invitationSchema.index({ needId: 1, offerId: 1 });
// The notification repair: invitations sent since it last looked.
invitationSchema.index({ createdAt: 1 });

