import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';

/**
 * What one request may ask of the graph. Checked at the gateway before any
 * subgraph is asked, so a hostile or careless query costs only its parsing;
 * and again by every subgraph, which may be reached directly.
 */
export interface Limits {
  /** Deepest nesting of fields. */
  maxDepth: number;
  /** Most aliased fields in one operation (aliases multiply work without adding depth). */
  maxAliases: number;
  /** Most "cost": every field counts 1, times the `first` of every list it sits in. */
  maxCost: number;
  /** Most lexical tokens in the document (bounds parsing itself). */
  maxTokens: number;
  /** Largest request body, in bytes. */
  maxBodyBytes: number;
  /** Most representations in one `_entities` request (subgraphs). */
  maxRepresentations: number;
}

export function limitError(code: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status: 400 } } });
}

interface Measure {
  depth: number;
  aliases: number;
  cost: number;
}

/**
 * Depth, aliases and cost of an operation, with its variables (for `first`), in time linear in the
 * document: each selection set and each fragment is measured once, and a fragment's measure is reused
 * wherever it is spread (cost scales with the enclosing pages, so it is kept per unit of multiplier).
 * Expanding spreads instead would double the work with every line of `fragment Fi { ...Fi-1 ...Fi-1 }`.
 */
export function measure(document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): Measure {
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const valueOf = (node: ValueNode): unknown =>
    node.kind === Kind.VARIABLE ? variables[node.name.value] : node.kind === Kind.INT ? Number(node.value) : undefined;

  const measured = new Map<string, Measure>();
  const inProgress = new Set<string>();

  /** Depth counts the levels of fields in `set`; cost is for a multiplier of 1. */
  const measureSet = (set: SelectionSetNode): Measure => {
    const m: Measure = { depth: 0, aliases: 0, cost: 0 };
    const add = (inner: Measure, depthOffset: number, costFactor: number) => {
      m.depth = Math.max(m.depth, inner.depth + depthOffset);
      m.aliases += inner.aliases;
      m.cost += inner.cost * costFactor;
    };
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        // Aliases of introspection fields multiply work too; introspection itself costs nothing else.
        if (selection.alias) m.aliases += 1;
        if (selection.name.value.startsWith('__')) continue;
        m.depth = Math.max(m.depth, 1);
        m.cost += 1;
        const first = selection.arguments?.find((a) => a.name.value === 'first');
        const size = first ? Number(valueOf(first.value)) : 1;
        if (selection.selectionSet) add(measureSet(selection.selectionSet), 1, Number.isFinite(size) && size > 0 ? size : 1);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        add(measureSet(selection.selectionSet), 0, 1);
      } else {
        add(measureFragment(selection.name.value), 0, 1);
      }
    }
    return m;
  };

  const measureFragment = (name: string): Measure => {
    const known = measured.get(name);
    if (known) return known;
    const fragment = fragments.get(name);
    // An unknown fragment or one spread inside itself is a validation error reported elsewhere.
    if (!fragment || inProgress.has(name)) return { depth: 0, aliases: 0, cost: 0 };
    inProgress.add(name);
    const m = measureSet(fragment.selectionSet);
    inProgress.delete(name);
    measured.set(name, m);
    return m;
  };

  return measureSet(operation.selectionSet);
}

/** Refuses, before execution, operations over the limits, each with its own error code. */
export function limitsPlugin(limits: Limits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          if (!operation) return;
          const representations = representationsIn(operation, request.variables ?? {});
          if (representations > limits.maxRepresentations) {
            throw limitError('ENTITIES_LIMIT', `The request asks for ${representations} entities; at most ${limits.maxRepresentations} are allowed`);
          }
          const m = measure(document, operation, request.variables ?? {});
          if (m.depth > limits.maxDepth) throw limitError('DEPTH_LIMIT', `The query is ${m.depth} levels deep; at most ${limits.maxDepth} are allowed`);
          if (m.aliases > limits.maxAliases) throw limitError('ALIAS_LIMIT', `The query has ${m.aliases} aliases; at most ${limits.maxAliases} are allowed`);
          if (m.cost > limits.maxCost) {
            throw limitError('COST_LIMIT', `The query could return about ${m.cost} fields; at most ${limits.maxCost} are allowed. Ask for smaller pages.`);
          }
        },
      };
    },
  };
}

/** How many representations an `_entities` selection of the operation carries (0 when there is none). */
function representationsIn(operation: OperationDefinitionNode, variables: Record<string, unknown>): number {
  let count = 0;
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD || selection.name.value !== '_entities') continue;
    const argument = selection.arguments?.find((a) => a.name.value === 'representations')?.value;
    if (argument?.kind === Kind.LIST) count += argument.values.length;
    else if (argument?.kind === Kind.VARIABLE) {
      const value = variables[argument.name.value];
      count += Array.isArray(value) ? value.length : 0;
    }
  }
  return count;
}
