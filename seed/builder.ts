import { Types } from 'mongoose';
import type { GraphModels } from '../subgraphs';
import type { MemberDoc } from '../subgraphs/members/models';
import type { OrganizationDoc } from '../subgraphs/organizations/models';
import type { LedgerEntry } from '../platform/ledger';
import { pairKey } from '../subgraphs/resident-units/domain/agreements';
import type { AgreementDoc, EvaluationDoc, ResidentUnitDoc } from '../subgraphs/resident-units/models';
import type { NeedDoc, OfferDoc } from '../subgraphs/services/models';

/**
 * Builds a territory in memory — organisations, units, members, needs,
 * offers, with their cross-subgraph references — then writes it in a few
 * bulk inserts. Tests and the demo data use the same builder:
 *
 *   const t = new TerritoryBuilder();
 *   const street = t.street('泉城路街道党工委');
 *   const community = t.community(street, '芙蓉街社区党委').withGrids(3);
 *   t.unit(community.org, { name: '芙蓉街小学', kind: 'SCHOOL' });
 *   await t.save(models);
 */
export class TerritoryBuilder {
  readonly organizations: OrganizationDoc[] = [];
  readonly units: ResidentUnitDoc[] = [];
  readonly members: MemberDoc[] = [];
  readonly needs: NeedDoc[] = [];
  readonly offers: OfferDoc[] = [];
  readonly agreements: AgreementDoc[] = [];
  readonly agreementLedger: Omit<LedgerEntry, '_id'>[] = [];
  readonly evaluations: EvaluationDoc[] = [];
  private codes = new Map<string, number>();

  organization(
    fields: Pick<OrganizationDoc, 'name' | 'kind'> & Partial<Pick<OrganizationDoc, 'territoryCode' | 'households'>>,
    parent?: OrganizationDoc,
  ): OrganizationDoc {
    const org: OrganizationDoc = {
      _id: new Types.ObjectId(),
      territoryCode: fields.territoryCode ?? this.childCode(parent),
      parentId: parent?._id ?? null,
      ancestorIds: parent ? [...parent.ancestorIds, parent._id] : [],
      households: null,
      ...fields,
    };
    this.organizations.push(org);
    return org;
  }

  /** A street working committee under a city and a district (created once, shared). */
  street(name: string): OrganizationDoc {
    const district =
      this.organizations.find((o) => o.kind === 'DISTRICT') ??
      this.organization(
        { name: '中共济南市历下区委员会', kind: 'DISTRICT', territoryCode: '370102' },
        this.organization({ name: '中共济南市委员会', kind: 'CITY', territoryCode: '370100' }),
      );
    return this.organization({ name, kind: 'STREET' }, district);
  }

  /** A community committee under a street, with helpers to add its grids. */
  community(street: OrganizationDoc, name: string, households = 3000) {
    const org = this.organization({ name, kind: 'COMMUNITY', households }, street);
    const grids: OrganizationDoc[] = [];
    const handle = {
      org,
      grids,
      withGrids: (count: number, householdsEach = 150) => {
        for (let i = 1; i <= count; i++) {
          grids.push(this.organization({ name: `${name.replace(/党委$/, '')}第${i}网格党支部`, kind: 'GRID', households: householdsEach }, org));
        }
        return handle;
      },
    };
    return handle;
  }

  unit(
    community: OrganizationDoc,
    fields: Pick<ResidentUnitDoc, 'name' | 'kind'> &
      Partial<Omit<ResidentUnitDoc, '_id' | 'communityId' | 'streetId' | 'territoryPath'>>,
  ): ResidentUnitDoc {
    const unit: ResidentUnitDoc = {
      _id: new Types.ObjectId(),
      capabilities: [],
      creditCode: null,
      address: null,
      location: null,
      partyOrganizationId: null,
      contact: null,
      communityId: community._id,
      streetId: community.parentId!,
      territoryPath: [...community.ancestorIds, community._id],
      ...fields,
    };
    this.units.push(unit);
    return unit;
  }

  member(
    organization: OrganizationDoc,
    fields: Pick<MemberDoc, 'name'> & Partial<Omit<MemberDoc, '_id' | 'organizationId'>>,
  ): MemberDoc {
    const member: MemberDoc = {
      _id: new Types.ObjectId(),
      category: 'DIRECT',
      organizationId: organization._id,
      reportsToId: null,
      reportedAt: null,
      employerId: null,
      ...fields,
    };
    this.members.push(member);
    return member;
  }

  need(
    postedBy: OrganizationDoc,
    fields: Pick<NeedDoc, 'title' | 'category' | 'quantity' | 'unitOfMeasure'> & Partial<Omit<NeedDoc, '_id' | 'postedById'>>,
  ): NeedDoc {
    const need: NeedDoc = {
      _id: new Types.ObjectId(),
      description: null,
      urgency: 'NORMAL',
      deadline: null,
      status: 'OPEN',
      postedById: postedBy._id,
      ...fields,
    };
    this.needs.push(need);
    return need;
  }

  offer(
    provider: ResidentUnitDoc,
    fields: Pick<OfferDoc, 'title' | 'category' | 'capacity' | 'unitOfMeasure'> & Partial<Omit<OfferDoc, '_id' | 'providerId'>>,
  ): OfferDoc {
    const offer: OfferDoc = { _id: new Types.ObjectId(), description: null, status: 'OPEN', providerId: provider._id, ...fields };
    this.offers.push(offer);
    return offer;
  }

  /**
   * An agreement between a unit and its community (or street). An ACTIVE one
   * is also written to the pair's ledger, signed by both sides, exactly as
   * signAgreement would have: the ledger is what later decisions read.
   */
  agreement(
    unit: ResidentUnitDoc,
    partner: OrganizationDoc,
    fields: Pick<AgreementDoc, 'startsOn' | 'expiresOn'> & Partial<Omit<AgreementDoc, '_id' | 'unitId' | 'partnerId' | 'territoryPath'>>,
  ): AgreementDoc {
    const agreement: AgreementDoc = {
      _id: new Types.ObjectId(),
      unitId: unit._id,
      partnerId: partner._id,
      territoryPath: [...partner.ancestorIds, partner._id],
      commitments: [{ kind: 'VOLUNTEER_HOURS', description: '党员志愿服务', amount: 100 }],
      status: 'DRAFT',
      unitSignedAt: null,
      partnerSignedAt: null,
      terminationReason: null,
      renewalOfId: null,
      ...fields,
    };
    this.agreements.push(agreement);
    if (agreement.status === 'ACTIVE') {
      const key = pairKey(unit._id, partner._id);
      const seq = this.agreementLedger.filter((e) => e.key === key).length;
      const agreementId = String(agreement._id);
      const at = agreement.startsOn;
      agreement.unitSignedAt = agreement.partnerSignedAt = at;
      this.agreementLedger.push(
        { key, seq: seq + 1, action: 'SIGN', actor: 'seed', at, data: { agreementId, side: 'UNIT' } },
        {
          key,
          seq: seq + 2,
          action: 'ACTIVATE',
          actor: 'seed',
          at,
          data: { agreementId, side: 'PARTNER', startsOn: agreement.startsOn.toISOString(), expiresOn: agreement.expiresOn.toISOString() },
        },
      );
    }
    return agreement;
  }

  evaluation(unit: ResidentUnitDoc, community: OrganizationDoc, fields: Pick<EvaluationDoc, 'year' | 'score'> & Partial<EvaluationDoc>) {
    const evaluation: EvaluationDoc = {
      _id: new Types.ObjectId(),
      unitId: unit._id,
      communityId: community._id,
      comment: null,
      evaluatedBy: 'seed',
      createdAt: new Date(Date.UTC(fields.year + 1, 0, 15)),
      ...fields,
    };
    this.evaluations.push(evaluation);
    return evaluation;
  }

  /** Writes everything built so far, validated by the models, in bulk. */
  async save(models: GraphModels): Promise<void> {
    await Promise.all([
      insertAll(models.organizations.Organization, this.organizations),
      insertAll(models.residentUnits.ResidentUnit, this.units),
      insertAll(
        models.residentUnits.CreditCode,
        this.units.filter((u) => u.creditCode).map((u) => ({ _id: u.creditCode!, unitId: u._id })),
      ),
      insertAll(models.residentUnits.Agreement, this.agreements),
      insertAll(models.residentUnits.AgreementLedger, this.agreementLedger),
      insertAll(models.residentUnits.Evaluation, this.evaluations),
      insertAll(models.members.Member, this.members),
      insertAll(models.services.Need, this.needs),
      insertAll(models.services.Offer, this.offers),
    ]);
  }

  /** Territory codes follow the national scheme: district 6 digits, street 9, community 12, then 3 more a level. */
  private childCode(parent: OrganizationDoc | undefined): string {
    if (!parent) return '370000';
    const n = (this.codes.get(parent.territoryCode) ?? 0) + 1;
    this.codes.set(parent.territoryCode, n);
    return `${parent.territoryCode}${String(n).padStart(3, '0')}`;
  }
}

async function insertAll<T>(model: { insertMany(docs: T[], opts: object): Promise<unknown> }, docs: T[]) {
  // Chunks keep each insert message well under the wire limit.
  for (let i = 0; i < docs.length; i += 1000) {
    await model.insertMany(docs.slice(i, i + 1000), { ordered: true });
  }
}
