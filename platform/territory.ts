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
  constructor(private readonly organizationsUrl: string) {}

  /** A loader for one request: ids in, nodes (or null for an unknown id) out, one fetch per batch. */
  loader(): DataLoader<string, TerritoryNode | null> {
    return new DataLoader(async (ids) => {
      const response = await fetch(this.organizationsUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query:
            'query($r: [_Any!]!) { _entities(representations: $r) { ... on Organization { id kind ancestors { id } } } }',
          variables: { r: ids.map((id) => ({ __typename: 'Organization', id })) },
        }),
      });
      const body = (await response.json()) as {
        data?: { _entities: ({ id: string; kind: string; ancestors: { id: string }[] } | null)[] };
        errors?: { message: string }[];
      };
      if (!body.data) throw new Error(`The organisation tree did not answer: ${body.errors?.[0]?.message ?? response.status}`);
      return body.data._entities.map((o) => (o ? { id: o.id, kind: o.kind, path: [...o.ancestors.map((a) => a.id), o.id] } : null));
    });
  }
}
