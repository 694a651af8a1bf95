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
 * subgraph is asked, so a hostile or careless query costs only its parsing.
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
}

export const DEFAULT_LIMITS: Limits = { maxDepth: 12, maxAliases: 30, maxCost: 50_000, maxTokens: 5_000, maxBodyBytes: 100_000 };

export function limitError(code: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status: 400 } } });
}

interface Measure {
  depth: number;
  aliases: number;
  cost: number;
}

/** Depth, aliases and cost of an operation, with its variables (for `first`). */
export function measure(document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): Measure {
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const result: Measure = { depth: 0, aliases: 0, cost: 0 };
  const valueOf = (node: ValueNode): unknown =>
    node.kind === Kind.VARIABLE ? variables[node.name.value] : node.kind === Kind.INT ? Number(node.value) : undefined;

  const walk = (set: SelectionSetNode, depth: number, multiplier: number, seen: Set<string>) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) continue;
        if (selection.alias) result.aliases += 1;
        result.depth = Math.max(result.depth, depth);
        result.cost += multiplier;
        const first = selection.arguments?.find((a) => a.name.value === 'first');
        const size = first ? Number(valueOf(first.value)) : 1;
        if (selection.selectionSet) walk(selection.selectionSet, depth + 1, multiplier * (Number.isFinite(size) && size > 0 ? size : 1), seen);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet, depth, multiplier, seen);
      } else {
        const fragment = fragments.get(selection.name.value);
        // A fragment spread inside itself is a validation error reported elsewhere; do not loop on it.
        if (fragment && !seen.has(fragment.name.value)) {
          walk(fragment.selectionSet, depth, multiplier, new Set([...seen, fragment.name.value]));
        }
      }
    }
  };
  walk(operation.selectionSet, 1, 1, new Set());
  return result;
}

/** Refuses, before execution, operations over the limits, each with its own error code. */
export function limitsPlugin(limits: Limits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          if (!operation) return;
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
