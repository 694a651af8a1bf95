import { Schema, type Types } from 'mongoose';
import {
  REQUEST_CATEGORIES,
  REQUEST_CHANNELS,
  REQUEST_STATUSES,
  type RequestCategory,
  type RequestChannel,
  type RequestState,
  type RequestStatus,
} from '../domain/requests/lifecycle';
import { contactSchema, type Contact } from './items';

/* Residents' requests (群众诉求 · 接诉即办), as stored. */

/**
 * 群众诉求: a resident's request. Its life is decided on the request ledger
 * (domain/requests/lifecycle.ts); `state` is the ledger's last word, and the
 * fields after it are projections of that state, kept for indexes and for
 * the statistics' aggregations.
 */
export interface RequestDoc {
  _id: Types.ObjectId;
  category: RequestCategory;
  channel: RequestChannel;
  description: string;
  address?: string | null;
  /** The grid where the problem is, and its territory path (root first, ending at the grid). */
  gridId: Types.ObjectId;
  territoryPath: Types.ObjectId[];
  /** The street above the grid: where an overdue request escalates. */
  streetId?: Types.ObjectId | null;
  /** The resident: personal data, seen only inside the territory. */
  resident?: Contact | null;
  /** Who raised it (token subject): a resident using the app may follow and rate it. */
  raisedBy: string;
  receivedAt: Date;
  state: RequestState;
  status: RequestStatus;
  deadline: Date;
  handlerId?: Types.ObjectId | null;
  whistledUnitIds: Types.ObjectId[];
  /** The units and departments whose call is still unanswered. */
  pendingUnitIds: Types.ObjectId[];
  /** The earliest report-in deadline of a call not reported in yet (Organization.unreportedWhistles). */
  reportDueAt?: Date | null;
  /** Where, as a point (optional). */
  location?: { latitude: number; longitude: number } | null;
  /** The photos raised with it (stored in the photos collection). */
  photos?: PhotoRef[];
  whistled: boolean;
  escalated: boolean;
  resolvedOnTime?: boolean | null;
  satisfied?: boolean | null;
  seq: number;
}

/** A photo on a request, as the request lists it. */
export interface PhotoRef {
  id: Types.ObjectId;
  contentType: string;
  size: number;
}

export const requestSchema = new Schema<RequestDoc>(
  {
    category: { type: String, enum: REQUEST_CATEGORIES, required: true },
    channel: { type: String, enum: REQUEST_CHANNELS, required: true },
    description: { type: String, required: true, maxlength: 1000 },
    address: { type: String, default: null, maxlength: 200 },
    gridId: { type: Schema.Types.ObjectId, required: true },
    territoryPath: { type: [Schema.Types.ObjectId], required: true },
    streetId: { type: Schema.Types.ObjectId, default: null },
    resident: { type: contactSchema, default: null },
    raisedBy: { type: String, required: true },
    receivedAt: { type: Date, required: true },
    state: { type: Schema.Types.Mixed, required: true },
    status: { type: String, enum: REQUEST_STATUSES, required: true },
    deadline: { type: Date, required: true },
    handlerId: { type: Schema.Types.ObjectId, default: null },
    whistledUnitIds: { type: [Schema.Types.ObjectId], default: [] },
    pendingUnitIds: { type: [Schema.Types.ObjectId], default: [] },
    reportDueAt: { type: Date, default: null },
    location: { type: new Schema({ latitude: Number, longitude: Number }, { _id: false }), default: null },
    photos: { type: [new Schema({ id: Schema.Types.ObjectId, contentType: String, size: Number }, { _id: false })], default: [] },
    whistled: { type: Boolean, default: false },
    escalated: { type: Boolean, default: false },
    resolvedOnTime: { type: Boolean, default: null },
    satisfied: { type: Boolean, default: null },
    seq: { type: Number, default: 1 },
  },
  { collection: 'requests', versionKey: false, minimize: false },
);
// Organization.requests: a territory's requests, optionally in one state; statistics by period.
requestSchema.index({ territoryPath: 1, status: 1, _id: 1 });
requestSchema.index({ territoryPath: 1, _id: 1 });
requestSchema.index({ territoryPath: 1, receivedAt: 1 });
// ResidentUnit.whistles: the requests a unit was called to.
requestSchema.index({ whistledUnitIds: 1, _id: 1 });
// Organization.handledRequests: what an organisation handles (首问负责, or handed on to it: 转办).
requestSchema.index({ handlerId: 1, _id: 1 });
// Organization.requests for a resident or a member: their own, whatever the territory's size.
requestSchema.index({ raisedBy: 1, _id: 1 });
// Organization.unreportedWhistles: requests with a called party yet to report in, by when it was due.
requestSchema.index({ territoryPath: 1, reportDueAt: 1 });
// The overdue sweep: open requests past their deadline, not yet escalated.
requestSchema.index({ escalated: 1, status: 1, deadline: 1 });


/**
 * 照片: a photo a resident or a worker uploaded (POST /uploads), its bytes in chunks of its own
 * collection (on MongoDB and FerretDB alike, without GridFS's driver-side buckets). Unattached until a
 * request is raised with it; then read by whoever sees that request.
 */
export interface PhotoDoc {
  _id: Types.ObjectId;
  contentType: string;
  size: number;
  chunks: number;
  uploadedBy: string;
  uploadedAt: Date;
  requestId: Types.ObjectId | null;
  /** When it was put on its request: a photo whose request was never written is given back (photos.ts). */
  attachedAt?: Date | null;
}

export const photoSchema = new Schema<PhotoDoc>(
  {
    contentType: { type: String, required: true },
    size: { type: Number, required: true },
    chunks: { type: Number, required: true },
    uploadedBy: { type: String, required: true },
    uploadedAt: { type: Date, required: true },
    requestId: { type: Schema.Types.ObjectId, default: null },
    attachedAt: { type: Date, default: null },
  },
  { collection: 'photos', versionKey: false },
);
// An account's photos not yet on a request (bounded by PHOTO_MAX_PENDING).
photoSchema.index({ uploadedBy: 1, requestId: 1 });
// The sweep: photos left unattached, and photos attached lately (is their request there?).
photoSchema.index({ requestId: 1, uploadedAt: 1 });
photoSchema.index({ attachedAt: 1 });

/** One piece of a photo's bytes: `_id` is `<photo>#<n>`, so a photo's chunks are one range of `_id`. */
export interface PhotoChunkDoc {
  _id: string;
  photoId: Types.ObjectId;
  n: number;
  data: Buffer;
}

export const photoChunkSchema = new Schema<PhotoChunkDoc>(
  {
    _id: { type: String, required: true },
    photoId: { type: Schema.Types.ObjectId, required: true },
    n: { type: Number, required: true },
    data: { type: Buffer, required: true },
  },
  { collection: 'photoChunks', versionKey: false },
);
photoChunkSchema.index({ photoId: 1, n: 1 });
