import DataLoader from 'dataloader';

/** An organisation as the other subgraphs need to know it: its kind and its territory path. */
export interface TerritoryNode {
  id: string;
  kind: string;
  /** Ancestors and the organisation itself, root first. */
  path: string[];
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
  constructor(
    private readonly organizationsUrl: string,
    /** Where units are looked up (their community's path); only the services subgraph needs it. */
    private readonly residentUnitsUrl?: string,
  ) {}

  /** A loader for one request: unit ids in, the unit's territory path (its community's) out. */
  unitLoader(): DataLoader<string, TerritoryNode | null> {
    const organizations = this.loader();
    return new DataLoader(async (ids) => {
      if (!this.residentUnitsUrl) throw new Error('This directory has no resident-units URL');
      const units = await entities<{ id: string; community: { id: string } }>(
        this.residentUnitsUrl,
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
        this.organizationsUrl,
        'Organization',
        'id kind ancestors { id }',
        ids,
      );
      return orgs.map((o) => (o ? { id: o.id, kind: o.kind, path: [...o.ancestors.map((a) => a.id), o.id] } : null));
    });
  }
}

/** One `_entities` request to a subgraph; malformed ids answer null without asking. */
async function entities<T>(url: string, typename: string, selection: string, ids: readonly string[]): Promise<(T | null)[]> {
  const valid = ids.filter((id) => /^[0-9a-f]{24}$/.test(id));
  if (!valid.length) return ids.map(() => null);
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${typename} { ${selection} } } }`,
      variables: { r: valid.map((id) => ({ __typename: typename, id })) },
    }),
  });
  const body = (await response.json()) as { data?: { _entities: (T | null)[] }; errors?: { message: string }[] };
  if (!body.data) throw new Error(`${typename} lookup failed: ${body.errors?.[0]?.message ?? response.status}`);
  const found = new Map(valid.map((id, i) => [id, body.data!._entities[i]]));
  return ids.map((id) => found.get(id) ?? null);
}
