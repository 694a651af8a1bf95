import DataLoader from 'dataloader';
import { GraphQLError } from 'graphql';
import type { SubgraphName } from '../server/config';
import { syncTerritory } from './territory-sync';
import { isObjectId } from './validation';
import type { ReviewFigures, ReviewRecordKey } from './reviews';

/** An organisation as the other subgraphs need to know it: its kind and its territory path. */
export interface TerritoryNode {
  id: string;
  kind: string;
  /** Ancestors and the organisation itself, root first. */
  path: string[];
}

/**
 * The street and the community a territory path runs through, by the kinds of its nodes (null above
 * them). Stamped beside the path on what lists are read by, so that a street's or a community's list
 * is an equality on one value that an index answers in order, not a membership test on an array.
 */
export function territoryKeys(nodes: readonly (Pick<TerritoryNode, 'id' | 'kind'> | null | Error)[]): { streetId: string | null; communityId: string | null } {
  const idOf = (kind: string) => nodes.find((n): n is TerritoryNode => !!n && !(n instanceof Error) && n.kind === kind)?.id ?? null;
  return { streetId: idOf('STREET'), communityId: idOf('COMMUNITY') };
}

/**
 * The organisation tree lives in the organizations subgraph. When another
 * subgraph stores something that belongs to a territory (a unit in a
 * community, a need of a grid), it asks the tree once, at write time, for
 * the organisation's path and stamps it on the document; every later
 * territory check is then a local, indexed comparison.
 *
 * It asks through the federation entity protocol (`_entities`), the same
 * public contract the gateway uses, so nothing private is shared.
 */
export class TerritoryDirectory {
  /**
   * @param urls where each subgraph answers; read at call time, so that a
   * stack whose servers take ephemeral ports can fill it in once they listen.
   */
  constructor(private readonly urls: Partial<Record<SubgraphName, string>>) {}

  private url(name: SubgraphName): string {
    const url = this.urls[name];
    if (!url) throw new Error(`The directory does not know where the ${name} subgraph is`);
    return url;
  }

  /**
   * Asks the subgraphs that keep copies of territory paths to bring those under `organizationId` in
   * line with the tree (after a move), with the caller's token; returns the subgraphs that could not.
   */
  syncTerritory(organizationId: string, authorization: string | undefined): Promise<SubgraphName[]> {
    return syncTerritory(this.urls, organizationId, authorization);
  }

  /** A loader for one request: member ids in, the member's home organisation and employer out (null: no such member). */
  memberLoader(): DataLoader<string, { id: string; organizationId: string; employerId: string | null } | null> {
    return new DataLoader(async (ids) => {
      const members = await entities<{ id: string; organization: { id: string }; employer: { id: string } | null }>(
        this.url('members'),
        'Member',
        'id organization { id } employer { id }',
        ids,
      );
      return members.map((m) => (m ? { id: m.id, organizationId: m.organization.id, employerId: m.employer?.id ?? null } : null));
    });
  }

  /**
   * A loader for one request: ids of a services entity (`Need`, `Project`) in, whether it exists
   * for the caller out. Asked with the caller's own token (`authorization`), so the answer is what
   * the caller may see there: an item outside their territory reads as missing, as it would through
   * the gateway, and nothing is learnt about items the caller could not read anyway.
   */
  visibleItemLoader(typename: 'Need' | 'Project', authorization: string | undefined): DataLoader<string, boolean> {
    return new DataLoader(async (ids) => {
      const found = await entities<{ id: string }>(this.url('services'), typename, 'id', ids, authorization);
      return found.map((item) => item !== null);
    });
  }

  /** A loader for one request: agreement ids in, the agreement's two parties out (null: no such agreement). */
  agreementLoader(): DataLoader<string, { id: string; unitId: string; partnerId: string } | null> {
    return new DataLoader(async (ids) => {
      const agreements = await entities<{ id: string; unit: { id: string }; partner: { id: string } }>(
        this.url('resident-units'),
        'Agreement',
        'id unit { id } partner { id }',
        ids,
      );
      return agreements.map((a) => (a ? { id: a.id, unitId: a.unit.id, partnerId: a.partner.id } : null));
    });
  }

  /**
   * Asks the members subgraph to bring the hours checked in at an activity onto the members' records
   * (after a check-in), with the caller's own token: the sign-ups whose hours are there now, or null
   * when it could not answer (the check-in stands; checking in the same again completes it).
   */
  async recordActivityHours(activityId: string, authorization: string | undefined): Promise<string[] | null> {
    const url = this.urls.members;
    if (!url) return null;
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
        body: JSON.stringify({ query: 'mutation($id: ID!) { recordActivityHours(activityId: $id) }', variables: { id: activityId } }),
        signal: AbortSignal.timeout(30_000),
      });
      const body = (await response.json()) as { data?: { recordActivityHours: string[] } | null; errors?: unknown[] };
      return response.ok && !body.errors?.length && body.data ? body.data.recordActivityHours : null;
    } catch {
      return null;
    }
  }

  /**
   * The members checked in at an activity, as the services subgraph (which owns the check-ins) tells
   * it to the caller: asked with the caller's own token, so a caller who may not read the activity's
   * sign-ups learns nothing (FORBIDDEN), and an activity the caller may not see reads as null. Read
   * a hundred at a time.
   */
  async activityAttendance(activityId: string, authorization: string | undefined): Promise<ActivityAttendance | null> {
    if (!isObjectId(activityId)) return null;
    const attendances: ActivityAttendance['attendances'] = [];
    let after: string | null = null;
    for (;;) {
      const page: {
        title: string;
        startsAt: string;
        signUps: { nodes: AttendanceNode[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } | null;
      } | null = await entity(this.url('services'), 'Activity', activityId, ACTIVITY_ATTENDANCE, { after }, authorization);
      if (!page) return null;
      for (const node of page.signUps?.nodes ?? []) {
        if (node.participant?.__typename !== 'Member' || node.hours == null) continue;
        attendances.push({ signUpId: node.id, memberId: node.participant.id, hours: node.hours, checkedInAt: new Date(node.checkedInAt!), checkedInBy: node.checkedInBy! });
      }
      if (!page.signUps?.pageInfo.hasNextPage) return { id: activityId, title: page.title, startsAt: new Date(page.startsAt), attendances };
      after = page.signUps.pageInfo.endCursor;
    }
  }

  /**
   * A loader for one request: ids of a joint meeting's decision (organizations subgraph) in, its kind,
   * status and committee out — asked with the caller's own token, so a decision the caller may not
   * read answers null, as through the gateway (the committee is read through the meeting, which the
   * decision's committees see).
   */
  decisionLoader(authorization: string | undefined): DataLoader<string, { id: string; kind: string; status: string; organizationId: string | null } | null> {
    return new DataLoader(async (ids) => {
      const found = await entities<{ id: string; kind: string; status: string; meeting: { organization: { id: string } } | null }>(
        this.url('organizations'),
        'MeetingDecision',
        'id kind status meeting { organization { id } }',
        ids,
        authorization,
      );
      return found.map((d) => (d ? { id: d.id, kind: d.kind, status: d.status, organizationId: d.meeting?.organization.id ?? null } : null));
    });
  }

  /**
   * A party's figures for an annual review (ReviewRecord), read from the three subgraphs that keep them
   * with the caller's own token — so a caller who may not read the record is refused there (FORBIDDEN),
   * as through the gateway — and merged. A subgraph that cannot answer fails the read (the report is
   * then not written, and may be submitted again).
   */
  async reviewRecord(key: ReviewRecordKey, authorization: string | undefined): Promise<ReviewFigures> {
    const representation = { __typename: 'ReviewRecord', ...key };
    const [services, members, units] = await Promise.all([
      representationOf<{ claimsDelivered: number | null; activitiesOrganised: number | null; activitiesAttended: number | null }>(
        this.url('services'),
        representation,
        'claimsDelivered activitiesOrganised activitiesAttended',
        authorization,
      ),
      representationOf<{ membersReported: number; volunteerHours: number }>(this.url('members'), representation, 'membersReported volunteerHours', authorization),
      representationOf<{ commitmentsMet: number | null }>(this.url('resident-units'), representation, 'commitmentsMet', authorization),
    ]);
    return {
      claimsDelivered: services?.claimsDelivered ?? null,
      activitiesOrganised: services?.activitiesOrganised ?? null,
      activitiesAttended: services?.activitiesAttended ?? null,
      membersReported: members?.membersReported ?? null,
      volunteerHours: members?.volunteerHours ?? null,
      commitmentsMet: units?.commitmentsMet ?? null,
    };
  }

  /**
   * A loader for one request: agreement ids in, the agreement's parties, term, status and commitments
   * out — asked with the caller's own token (commitments are for the signed-in), so an agreement reads
   * as it would through the gateway.
   */
  agreementTermsLoader(authorization: string | undefined): DataLoader<string, AgreementTerms | null> {
    return new DataLoader(async (ids) => {
      const agreements = await entities<AgreementNode>(this.url('resident-units'), 'Agreement', AGREEMENT_TERMS, ids, authorization);
      return agreements.map((a) => (a ? agreementTerms(a) : null));
    });
  }

  /**
   * Every agreement in `status` whose partner is the organisation or (`inTerritory`) any organisation
   * below it, or every agreement of a unit: read from the resident-units subgraph a hundred at a time,
   * with the caller's own token.
   */
  async agreementsOf(
    parent: { typename: 'Organization' | 'ResidentUnit'; id: string },
    statuses: readonly string[],
    authorization: string | undefined,
  ): Promise<AgreementTerms[]> {
    if (!isObjectId(parent.id)) return [];
    const all: AgreementTerms[] = [];
    for (const status of statuses) {
      if (!/^[A-Z_]+$/.test(status)) throw new Error(`Not an agreement status: ${status}`);
      let after: string | null = null;
      for (;;) {
        const args = `status: ${status}, first: 100, after: $after${parent.typename === 'Organization' ? ', inTerritory: true' : ''}`;
        const page: { agreements: { nodes: AgreementNode[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } | null } | null = await entity(
          this.url('resident-units'),
          parent.typename,
          parent.id,
          `agreements(${args}) { nodes { ${AGREEMENT_TERMS} } pageInfo { hasNextPage endCursor } }`,
          { after },
          authorization,
        );
        all.push(...(page?.agreements?.nodes ?? []).map(agreementTerms));
        if (!page?.agreements?.pageInfo.hasNextPage) break;
        after = page.agreements.pageInfo.endCursor;
      }
    }
    return all;
  }

  /**
   * How a unit kept its agreements' commitments in a year (with `partnerId`, only its agreements with
   * that community or street), as the services subgraph answers it to the caller — for the annual review
   * (述职评议), whose "commitments met" is its `metRate`: null when the unit is unknown; FORBIDDEN passed
   * on for a caller who may not read it.
   */
  unitCommitmentFulfilment(unitId: string, year: number, authorization: string | undefined, partnerId?: string | null): Promise<UnitCommitmentYear | null> {
    return entity<{ commitmentFulfilment: UnitCommitmentYear | null }>(
      this.url('services'),
      'ResidentUnit',
      unitId,
      // Written into the selection (entity() declares its variables as strings; `partner` is an ID).
      `commitmentFulfilment(year: ${Math.trunc(year)}, partner: ${partnerId == null ? 'null' : JSON.stringify(String(partnerId))}) { year agreements met metRate commitments { kind promised delivered expected shortfall progress onTrack } }`,
      {},
      authorization,
    ).then((unit) => unit?.commitmentFulfilment ?? null);
  }

  /** A loader for one request: unit ids in, the unit's territory path (its community's) out. */
  unitLoader(): DataLoader<string, TerritoryNode | null> {
    const organizations = this.loader();
    return new DataLoader(async (ids) => {
      const units = await entities<{ id: string; community: { id: string } }>(
        this.url('resident-units'),
        'ResidentUnit',
        'id community { id }',
        ids,
      );
      return Promise.all(
        units.map(async (unit) => {
          const community = unit ? await organizations.load(unit.community.id) : null;
          return unit && community ? { id: unit.id, kind: 'RESIDENT_UNIT', path: community.path } : null;
        }),
      );
    });
  }

  /** A loader for one request: ids in, nodes (or null for an unknown id) out, one fetch per batch. */
  loader(): DataLoader<string, TerritoryNode | null> {
    return new DataLoader(async (ids) => {
      const orgs = await entities<{ id: string; kind: string; ancestors: { id: string }[] }>(
        this.url('organizations'),
        'Organization',
        'id kind ancestors { id }',
        ids,
      );
      return orgs.map((o) => (o ? { id: o.id, kind: o.kind, path: [...o.ancestors.map((a) => a.id), o.id] } : null));
    });
  }
}

/** An agreement (resident-units) as the services subgraph counts its commitments. */
export interface AgreementTerms {
  id: string;
  unitId: string;
  partnerId: string | null;
  startsOn: Date;
  expiresOn: Date;
  /** Its effective status (SIGNED, ACTIVE, EXPIRED, …). */
  status: string;
  commitments: { kind: string; amount: number }[];
}
interface AgreementNode {
  id: string;
  unit: { id: string };
  partner: { id: string } | null;
  startsOn: string;
  expiresOn: string;
  status: string;
  commitments: { kind: string; amount: number }[];
}
const AGREEMENT_TERMS = 'id unit { id } partner { id } startsOn expiresOn status commitments { kind amount }';
const agreementTerms = (a: AgreementNode): AgreementTerms => ({
  id: a.id,
  unitId: a.unit.id,
  partnerId: a.partner?.id ?? null,
  startsOn: new Date(a.startsOn),
  expiresOn: new Date(a.expiresOn),
  status: a.status,
  commitments: a.commitments,
});

/** A unit's commitments over a year, as `ResidentUnit.commitmentFulfilment` answers them. */
export interface UnitCommitmentYear {
  year: number;
  agreements: number;
  met: boolean;
  metRate: number | null;
  commitments: { kind: string; promised: number; delivered: number; expected: number; shortfall: number; progress: number; onTrack: boolean }[];
}

/** What the members subgraph reads of an activity's check-ins (see TerritoryDirectory.activityAttendance). */
export interface ActivityAttendance {
  id: string;
  title: string;
  startsAt: Date;
  /** The members checked in, with the hours each served, when and by whom. */
  attendances: { signUpId: string; memberId: string; hours: number; checkedInAt: Date; checkedInBy: string }[];
}
interface AttendanceNode {
  id: string;
  participant: { __typename: string; id: string } | null;
  hours: number | null;
  checkedInAt: string | null;
  checkedInBy: string | null;
}
const ACTIVITY_ATTENDANCE = `title startsAt signUps(status: ATTENDED, first: 100, after: $after) {
  nodes { id participant { __typename ... on Member { id } } hours checkedInAt checkedInBy }
  pageInfo { hasNextPage endCursor }
}`;

/**
 * One entity of a subgraph by a representation of any key (not only `id`). A refusal of the caller
 * (FORBIDDEN, UNAUTHENTICATED) is passed on as it came; any other error means the lookup itself failed.
 */
async function representationOf<T>(url: string, representation: { __typename: string } & Record<string, unknown>, selection: string, authorization?: string): Promise<T | null> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({
      query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${representation.__typename} { ${selection} } } }`,
      variables: { r: [representation] },
    }),
    signal: AbortSignal.timeout(30_000),
  });
  const body = (await response.json()) as { data?: { _entities: (T | null)[] } | null; errors?: { message: string; extensions?: { code?: string } }[] };
  const refusal = body.errors?.find((e) => e.extensions?.code === 'FORBIDDEN' || e.extensions?.code === 'UNAUTHENTICATED');
  if (refusal) throw new GraphQLError(refusal.message, { extensions: { code: refusal.extensions!.code } });
  if (!body.data || body.errors?.length) {
    throw new GraphQLError(`The ${representation.__typename} could not be read; retry later`, {
      extensions: { code: 'SERVICE_UNAVAILABLE' },
      originalError: new Error(`${representation.__typename} lookup failed: ${body.errors?.[0]?.message ?? response.status}`),
    });
  }
  return body.data._entities[0] ?? null;
}

/**
 * One entity of a subgraph, with a selection that may take variables (declared from `variables`,
 * all strings). A refusal of the caller (FORBIDDEN, UNAUTHENTICATED) is passed on as it came; any
 * other error means the lookup itself failed.
 */
async function entity<T>(url: string, typename: string, id: string, selection: string, variables: Record<string, string | null>, authorization?: string): Promise<T | null> {
  const declared = Object.keys(variables).map((name) => `, $${name}: String`).join('');
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({
      query: `query($r: [_Any!]!${declared}) { _entities(representations: $r) { ... on ${typename} { ${selection} } } }`,
      variables: { r: [{ __typename: typename, id }], ...variables },
    }),
  });
  const body = (await response.json()) as { data?: { _entities: (T | null)[] } | null; errors?: { message: string; extensions?: { code?: string } }[] };
  const refusal = body.errors?.find((e) => e.extensions?.code === 'FORBIDDEN' || e.extensions?.code === 'UNAUTHENTICATED');
  if (refusal) throw new GraphQLError(refusal.message, { extensions: { code: refusal.extensions!.code } });
  if (!body.data || body.errors?.length) {
    throw new GraphQLError(`The ${typename} could not be read; retry later`, {
      extensions: { code: 'SERVICE_UNAVAILABLE' },
      originalError: new Error(`${typename} lookup failed: ${body.errors?.[0]?.message ?? response.status}`),
    });
  }
  return body.data._entities[0] ?? null;
}

/** One `_entities` request to a subgraph; malformed ids answer null without asking. */
async function entities<T>(url: string, typename: string, selection: string, ids: readonly string[], authorization?: string): Promise<(T | null)[]> {
  const valid = ids.filter(isObjectId);
  if (!valid.length) return ids.map(() => null);
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({
      query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${typename} { ${selection} } } }`,
      variables: { r: valid.map((id) => ({ __typename: typename, id })) },
    }),
  });
  const body = (await response.json()) as { data?: { _entities: (T | null)[] }; errors?: { message: string }[] };
  // Any error means the lookup itself failed (its database, say): that is not "no such entity",
  // and must not reach the caller as their mistake.
  if (!body.data || body.errors?.length) {
    throw new GraphQLError(`The ${typename} directory could not be read; retry later`, {
      extensions: { code: 'SERVICE_UNAVAILABLE' },
      originalError: new Error(`${typename} lookup failed: ${body.errors?.[0]?.message ?? response.status}`),
    });
  }
  const found = new Map(valid.map((id, i) => [id, body.data!._entities[i]]));
  return ids.map((id) => found.get(id) ?? null);
}
