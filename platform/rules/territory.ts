import DataLoader from 'dataloader';
import { GraphQLError } from 'graphql';
import type { SubgraphName } from '../server/config';
import { syncTerritory } from './territory-sync';
import { isObjectId } from './validation';

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
