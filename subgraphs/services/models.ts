import { Schema, type Connection, type Model, type Types } from 'mongoose';

export const SERVICE_CATEGORIES = [
  'ELDER_CARE',
  'CHILD_CARE',
  'MEDICAL',
  'LEGAL_AID',
  'EMPLOYMENT',
  'REPAIRS',
  'VENUE',
  'FUNDS',
  'VOLUNTEERS',
  'CULTURE',
  'SAFETY',
  'ENVIRONMENT',
] as const;
export type ServiceCategory = (typeof SERVICE_CATEGORIES)[number];
export const UNITS_OF_MEASURE = ['PEOPLE', 'HOURS', 'SESSIONS', 'YUAN', 'SQUARE_METRES'] as const;
export type UnitOfMeasure = (typeof UNITS_OF_MEASURE)[number];
export const URGENCIES = ['NORMAL', 'HIGH', 'URGENT'] as const;
export type Urgency = (typeof URGENCIES)[number];
export const NEED_STATUSES = [
  'DRAFT',
  'OPEN',
  'PARTLY_CLAIMED',
  'FULLY_CLAIMED',
  'IN_PROGRESS',
  'FULFILLED',
  'EVALUATED',
  'CANCELLED',
  'EXPIRED',
] as const;
export type NeedStatus = (typeof NEED_STATUSES)[number];
export const OFFER_STATUSES = ['DRAFT', 'OPEN', 'FULLY_CLAIMED', 'WITHDRAWN'] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];

/** 需求. `postedById` is an Organization of the organizations subgraph. */
export interface NeedDoc {
  _id: Types.ObjectId;
  title: string;
  description?: string | null;
  category: ServiceCategory;
  quantity: number;
  unitOfMeasure: UnitOfMeasure;
  urgency: Urgency;
  deadline?: Date | null;
  status: NeedStatus;
  postedById: Types.ObjectId;
  createdAt?: Date;
  updatedAt?: Date;
}

/** 资源. `providerId` is a ResidentUnit of the resident-units subgraph. */
export interface OfferDoc {
  _id: Types.ObjectId;
  title: string;
  description?: string | null;
  category: ServiceCategory;
  capacity: number;
  unitOfMeasure: UnitOfMeasure;
  status: OfferStatus;
  providerId: Types.ObjectId;
  createdAt?: Date;
  updatedAt?: Date;
}

const needSchema = new Schema<NeedDoc>(
  {
    title: { type: String, required: true, trim: true, maxlength: 200 },
    description: { type: String, default: null, maxlength: 5000 },
    category: { type: String, enum: SERVICE_CATEGORIES, required: true },
    quantity: { type: Number, required: true, min: 1 },
    unitOfMeasure: { type: String, enum: UNITS_OF_MEASURE, required: true },
    urgency: { type: String, enum: URGENCIES, default: 'NORMAL' },
    deadline: { type: Date, default: null },
    status: { type: String, enum: NEED_STATUSES, default: 'DRAFT' },
    postedById: { type: Schema.Types.ObjectId, required: true },
  },
  { timestamps: true, collection: 'needs' },
);
// Organization.needs(status): one organisation's page, optionally in one state.
needSchema.index({ postedById: 1, _id: 1 });
needSchema.index({ postedById: 1, status: 1, _id: 1 });

const offerSchema = new Schema<OfferDoc>(
  {
    title: { type: String, required: true, trim: true, maxlength: 200 },
    description: { type: String, default: null, maxlength: 5000 },
    category: { type: String, enum: SERVICE_CATEGORIES, required: true },
    capacity: { type: Number, required: true, min: 0 },
    unitOfMeasure: { type: String, enum: UNITS_OF_MEASURE, required: true },
    status: { type: String, enum: OFFER_STATUSES, default: 'DRAFT' },
    providerId: { type: Schema.Types.ObjectId, required: true },
  },
  { timestamps: true, collection: 'offers' },
);
// ResidentUnit.offers(status): one unit's page, optionally in one state.
offerSchema.index({ providerId: 1, _id: 1 });
offerSchema.index({ providerId: 1, status: 1, _id: 1 });

export interface ServicesModels {
  Need: Model<NeedDoc>;
  Offer: Model<OfferDoc>;
}

export function servicesModels(connection: Connection): ServicesModels {
  return {
    Need: connection.models.Need ?? connection.model<NeedDoc>('Need', needSchema),
    Offer: connection.models.Offer ?? connection.model<OfferDoc>('Offer', offerSchema),
  };
}
