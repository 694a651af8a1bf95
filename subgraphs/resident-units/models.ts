import { Schema, type Connection, type Model, type Types } from 'mongoose';
import { modelOn } from '../../platform/data/models';
import { ledgerModel, type LedgerEntry } from '../../platform/data/ledger';
import { AgreementStatus, Capability, CommitmentKind, ResidentUnitKind } from './generated/resolvers';

export const RESIDENT_UNIT_KINDS: readonly ResidentUnitKind[] = Object.values(ResidentUnitKind);
export type { ResidentUnitKind };

export const CAPABILITIES: readonly Capability[] = Object.values(Capability);
export type { Capability };

export interface ContactPerson {
  name: string;
  phone: string;
  title?: string | null;
}

/**
 * 驻区单位. Organisations (community, street, the unit's Party organisation)
 * live in the organizations subgraph and are kept by id. `territoryPath` is
 * the community's path in the tree (root first, the community last), stamped
 * at registration, so that territory checks are local.
 */
export interface ResidentUnitDoc {
  _id: Types.ObjectId;
  name: string;
  kind: ResidentUnitKind;
  creditCode?: string | null;
  address?: string | null;
  location?: { latitude: number; longitude: number } | null;
  capabilities: Capability[];
  communityId: Types.ObjectId;
  streetId: Types.ObjectId;
  territoryPath: Types.ObjectId[];
  partyOrganizationId?: Types.ObjectId | null;
  contact?: ContactPerson | null;
  createdAt?: Date;
  updatedAt?: Date;
}

export const AGREEMENT_STATUSES: readonly AgreementStatus[] = Object.values(AgreementStatus);
export type { AgreementStatus };
export const COMMITMENT_KINDS: readonly CommitmentKind[] = Object.values(CommitmentKind);
export type { CommitmentKind };

export interface Commitment {
  kind: CommitmentKind;
  description: string;
  amount: number;
}

/**
 * 共建协议. The stored status is DRAFT, ACTIVE, TERMINATED or WITHDRAWN; an
 * ACTIVE one reads as SIGNED before its first day and as EXPIRED past its
 * last (see domain/agreements.ts). Signatures and state changes are decided
 * on the pair's ledger (`agreementLedger`).
 */
export interface AgreementDoc {
  _id: Types.ObjectId;
  unitId: Types.ObjectId;
  partnerId: Types.ObjectId;
  /** The partner's territory path, root first, the partner last. */
  territoryPath: Types.ObjectId[];
  startsOn: Date;
  expiresOn: Date;
  commitments: Commitment[];
  status: Exclude<AgreementStatus, 'EXPIRED' | 'SIGNED'>;
  unitSignedAt?: Date | null;
  partnerSignedAt?: Date | null;
  terminationReason?: string | null;
  renewalOfId?: Types.ObjectId | null;
  createdAt?: Date;
  updatedAt?: Date;
}

/** 年度评价: one per unit, community and year (a unique index says so). */
export interface EvaluationDoc {
  _id: Types.ObjectId;
  unitId: Types.ObjectId;
  communityId: Types.ObjectId;
  year: number;
  score: number;
  comment?: string | null;
  evaluatedBy: string;
  createdAt: Date;
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
    streetId: { type: Schema.Types.ObjectId, required: true },
    territoryPath: { type: [Schema.Types.ObjectId], required: true },
    partyOrganizationId: { type: Schema.Types.ObjectId, default: null },
    contact: {
      type: new Schema<ContactPerson>({ name: String, phone: String, title: String }, { _id: false }),
      default: null,
    },
  },
  { timestamps: true, collection: 'residentUnits' },
);
// Organization.residentUnits(kind): one community's page, optionally of one kind.
residentUnitSchema.index({ communityId: 1, _id: 1 });
residentUnitSchema.index({ communityId: 1, kind: 1, _id: 1 });
residentUnitSchema.index({ communityId: 1, capabilities: 1, _id: 1 });
residentUnitSchema.index({ territoryPath: 1, _id: 1 });
// A credit code identifies one legal entity: registered once. (Units without a code are
// kept out by checking in code: FerretDB v1 has no partial or sparse unique indexes.)
residentUnitSchema.index({ creditCode: 1 });

const agreementSchema = new Schema<AgreementDoc>(
  {
    unitId: { type: Schema.Types.ObjectId, required: true },
    partnerId: { type: Schema.Types.ObjectId, required: true },
    territoryPath: { type: [Schema.Types.ObjectId], required: true },
    startsOn: { type: Date, required: true },
    expiresOn: { type: Date, required: true },
    commitments: {
      type: [new Schema<Commitment>({ kind: { type: String, enum: COMMITMENT_KINDS }, description: String, amount: Number }, { _id: false })],
      default: [],
    },
    status: { type: String, enum: ['DRAFT', 'ACTIVE', 'TERMINATED', 'WITHDRAWN'], default: 'DRAFT' },
    unitSignedAt: { type: Date, default: null },
    partnerSignedAt: { type: Date, default: null },
    terminationReason: { type: String, default: null },
    renewalOfId: { type: Schema.Types.ObjectId, default: null },
  },
  { timestamps: true, collection: 'agreements' },
);
agreementSchema.index({ unitId: 1, _id: 1 });
agreementSchema.index({ partnerId: 1, _id: 1 });
agreementSchema.index({ unitId: 1, status: 1, _id: 1 });
agreementSchema.index({ partnerId: 1, status: 1, _id: 1 });
// expiringAgreements(within, days)
agreementSchema.index({ territoryPath: 1, status: 1, expiresOn: 1 });
// Organization.agreements(inTerritory: true): every partner's in a territory (services' commitment shortfalls).
agreementSchema.index({ territoryPath: 1, _id: 1 });
agreementSchema.index({ territoryPath: 1, status: 1, _id: 1 });

const evaluationSchema = new Schema<EvaluationDoc>(
  {
    unitId: { type: Schema.Types.ObjectId, required: true },
    communityId: { type: Schema.Types.ObjectId, required: true },
    year: { type: Number, required: true },
    score: { type: Number, required: true, min: 1, max: 5 },
    comment: { type: String, default: null },
    evaluatedBy: { type: String, required: true },
    createdAt: { type: Date, required: true },
  },
  { collection: 'evaluations', versionKey: false },
);
evaluationSchema.index({ unitId: 1, communityId: 1, year: 1 }, { unique: true });

/**
 * One document per registered credit code, keyed by the code itself: the
 * unique _id makes "registered once" atomic even under concurrent
 * registrations, which a check-then-insert on units could not.
 */
export interface CreditCodeDoc {
  _id: string;
  unitId: Types.ObjectId;
}

const creditCodeSchema = new Schema<CreditCodeDoc>(
  { _id: { type: String, required: true }, unitId: { type: Schema.Types.ObjectId, required: true } },
  { collection: 'creditCodes', versionKey: false },
);

export interface ResidentUnitsModels {
  CreditCode: Model<CreditCodeDoc>;
  ResidentUnit: Model<ResidentUnitDoc>;
  Agreement: Model<AgreementDoc>;
  Evaluation: Model<EvaluationDoc>;
  /** Every signature, activation and termination, per (unit, partner) pair. */
  AgreementLedger: Model<LedgerEntry>;
}

export function residentUnitsModels(connection: Connection): ResidentUnitsModels {
  const model = modelOn(connection);
  return {
    ResidentUnit: model('ResidentUnit', residentUnitSchema),
    CreditCode: model('CreditCode', creditCodeSchema),
    Agreement: model('Agreement', agreementSchema),
    Evaluation: model('Evaluation', evaluationSchema),
    AgreementLedger: ledgerModel(connection, 'agreementLedger'),
  };
}
