import { Schema, type Connection, type Model, type Types } from 'mongoose';

export const RESIDENT_UNIT_KINDS = [
  'GOVERNMENT_AGENCY',
  'PUBLIC_INSTITUTION',
  'STATE_ENTERPRISE',
  'PRIVATE_ENTERPRISE',
  'SOCIAL_ORGANIZATION',
  'SCHOOL',
  'HOSPITAL',
  'PROPERTY_COMPANY',
  'INDIVIDUAL_BUSINESS',
] as const;
export type ResidentUnitKind = (typeof RESIDENT_UNIT_KINDS)[number];

export const CAPABILITIES = [
  'VENUE',
  'MEDICAL',
  'LEGAL',
  'EDUCATION',
  'VOLUNTEERS',
  'FUNDS',
  'EQUIPMENT',
  'TRAINING',
  'EMPLOYMENT',
  'ELDER_CARE',
] as const;
export type Capability = (typeof CAPABILITIES)[number];

/** 驻区单位. The community is an Organization of the organizations subgraph, kept by id. */
export interface ResidentUnitDoc {
  _id: Types.ObjectId;
  name: string;
  kind: ResidentUnitKind;
  creditCode?: string | null;
  address?: string | null;
  location?: { latitude: number; longitude: number } | null;
  capabilities: Capability[];
  communityId: Types.ObjectId;
  createdAt?: Date;
  updatedAt?: Date;
}

const residentUnitSchema = new Schema<ResidentUnitDoc>(
  {
    name: { type: String, required: true, trim: true, maxlength: 200 },
    kind: { type: String, enum: RESIDENT_UNIT_KINDS, required: true },
    creditCode: { type: String, default: null },
    address: { type: String, default: null, maxlength: 300 },
    location: {
      type: new Schema(
        { latitude: { type: Number, min: -90, max: 90 }, longitude: { type: Number, min: -180, max: 180 } },
        { _id: false },
      ),
      default: null,
    },
    capabilities: { type: [{ type: String, enum: CAPABILITIES }], default: [] },
    communityId: { type: Schema.Types.ObjectId, required: true },
  },
  { timestamps: true, collection: 'residentUnits' },
);
// Organization.residentUnits(kind): one community's page, optionally of one kind.
residentUnitSchema.index({ communityId: 1, _id: 1 });
residentUnitSchema.index({ communityId: 1, kind: 1, _id: 1 });

export interface ResidentUnitsModels {
  ResidentUnit: Model<ResidentUnitDoc>;
}

export function residentUnitsModels(connection: Connection): ResidentUnitsModels {
  return {
    ResidentUnit:
      connection.models.ResidentUnit ?? connection.model<ResidentUnitDoc>('ResidentUnit', residentUnitSchema),
  };
}
