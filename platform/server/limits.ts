import {
  GraphQLError,
  Kind,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  parse,
  valueFromASTUntyped,
  type ConstDirectiveNode,
  type DefinitionNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
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
  /**
   * Most "cost": every field counts 1 (or its `@cost(weight:)`), times the size of every list it
   * sits in (`first`, else the list's `@listSize(assumedSize:)`, else DEFAULT_LIST_SIZE). See `measure`.
   */
  maxCost: number;
  /** Most lexical tokens in the document (bounds parsing itself). */
  maxTokens: number;
  /** Largest request body, in bytes. */
  maxBodyBytes: number;
  /** Most representations in one `_entities` request (subgraphs). */
  maxRepresentations: number;
}

/** Size assumed for a list that has neither a slicing argument (`first`) nor `@listSize(assumedSize:)`. */
export const DEFAULT_LIST_SIZE = 10;

export function limitError(code: string, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions, http: { status: 400 } } });
}

// ---------------------------------------------------------------------------------------------
// The cost model: read once per schema from the schema the server runs.
// ---------------------------------------------------------------------------------------------

/** How one field of the schema counts. */
export interface FieldCost {
  /** What resolving the field once costs: its `@cost(weight:)`, else 1. */
  weight: number;
  /**
   * Arguments that size the list the field returns (its `@listSize(slicingArguments:)`, else `first` when it
   * has one), with their default values. A field given one multiplies its selection by the value.
   */
  slicing: { name: string; defaultValue?: number }[];
  /** `@listSize(assumedSize:)`: the size assumed when no slicing argument sizes it. */
  assumedSize?: number;
  /** The field returns a list. */
  list: boolean;
  /**
   * A list of a page type (a connection's `edges` and `nodes`): every field that returns its parent type is
   * sliced, so the page's size was counted there already and the list counts once.
   */
  page: boolean;
  /** The composite type of its value, for the fields below it. */
  type?: GraphQLCompositeType;
}

interface CostDirectives {
  weight?: number;
  assumedSize?: number;
  slicingArguments?: string[];
}

/**
 * The fields' costs of one schema. The weights and list sizes are the standard Federation directives
 * `@cost(weight:)` and `@listSize(assumedSize:, slicingArguments:)` (federation v2.9, composed into the
 * supergraph by the cost spec), declared in the subgraph SDL files beside the fields they describe. A
 * subgraph's schema keeps them on its fields' AST; the gateway's API schema drops them, so the gateway
 * reads them from the supergraph SDL it runs.
 */
export class CostModel {
  private readonly fields = new Map<string, Map<string, FieldCost>>();

  private constructor(readonly schema: GraphQLSchema) {}

  /** The model of `schema`; `supergraphSdl` is where the gateway's directives are (the API schema has none). */
  static of(schema: GraphQLSchema, supergraphSdl?: string): CostModel {
    const definitions: DefinitionNode[] = supergraphSdl
      ? [...parse(supergraphSdl).definitions]
      : [
          ...[schema.astNode, ...schema.extensionASTNodes].filter((n) => n != null),
          ...Object.values(schema.getTypeMap()).flatMap((t) => [t.astNode, ...(t.extensionASTNodes ?? [])].filter((n) => n != null)),
        ];
    const declared = costDirectives(definitions);
    const model = new CostModel(schema);
    const types = Object.values(schema.getTypeMap()).filter((t) => (isObjectType(t) || isInterfaceType(t)) && !t.name.startsWith('__'));

    // Every field's own figures first.
    for (const type of types) {
      if (!isObjectType(type) && !isInterfaceType(type)) continue;
      const byName = new Map<string, FieldCost>();
      for (const field of Object.values(type.getFields())) {
        const directives = declared.get(`${type.name}.${field.name}`) ?? {};
        const slicingNames = directives.slicingArguments ?? (field.args.some((a) => a.name === 'first') ? ['first'] : []);
        const named = getNamedType(field.type);
        byName.set(field.name, {
          weight: directives.weight ?? 1,
          slicing: slicingNames.map((name) => {
            const defaultValue = field.args.find((a) => a.name === name)?.defaultValue;
            return { name, defaultValue: typeof defaultValue === 'number' ? defaultValue : undefined };
          }),
          assumedSize: directives.assumedSize,
          list: isListType(getNullableType(field.type)),
          page: false,
          type: isCompositeType(named) ? named : undefined,
        });
      }
      model.fields.set(type.name, byName);
    }

    // @cost may not stand on an interface's field: there, a field costs what its costliest implementation's does.
    for (const type of types) {
      if (!isInterfaceType(type)) continue;
      const own = model.fields.get(type.name)!;
      for (const implementation of schema.getPossibleTypes(type)) {
        for (const [name, cost] of model.fields.get(implementation.name) ?? []) {
          const field = own.get(name);
          if (!field) continue;
          field.weight = Math.max(field.weight, cost.weight);
          if (cost.assumedSize !== undefined) field.assumedSize = Math.max(field.assumedSize ?? 0, cost.assumedSize);
        }
      }
    }

    // Page types: returned only by sliced fields. Their lists (edges, nodes) are the page, sized where it was asked for.
    const returnedBy = new Map<string, FieldCost[]>();
    for (const byName of model.fields.values()) {
      for (const cost of byName.values()) {
        if (cost.type) returnedBy.set(cost.type.name, [...(returnedBy.get(cost.type.name) ?? []), cost]);
      }
    }
    for (const [typeName, byName] of model.fields) {
      const parents = returnedBy.get(typeName) ?? [];
      if (!parents.length || !parents.every((p) => p.slicing.length > 0 && !p.list)) continue;
      for (const cost of byName.values()) if (cost.list && cost.assumedSize === undefined) cost.page = true;
    }
    return model;
  }

  field(type: GraphQLCompositeType, name: string): FieldCost | undefined {
    return this.fields.get(type.name)?.get(name);
  }

  compositeType(name: string): GraphQLCompositeType | undefined {
    const type = this.schema.getType(name);
    return type && isCompositeType(type) ? type : undefined;
  }

  rootType(operation: OperationDefinitionNode['operation']): GraphQLCompositeType | undefined {
    return (operation === 'query' ? this.schema.getQueryType() : operation === 'mutation' ? this.schema.getMutationType() : this.schema.getSubscriptionType()) ?? undefined;
  }
}

/**
 * `@cost` and `@listSize` of every field in `definitions`, by `Type.field`, under the names the schema's
 * `@link`s give them: imported (`@cost`, or renamed with `as`), or prefixed (`@federation__cost`); the
 * supergraph links the cost spec, whose `@cost` keeps its name and whose `@listSize` is imported.
 */
function costDirectives(definitions: readonly DefinitionNode[]): Map<string, CostDirectives> {
  const names = { cost: new Set<string>(), listSize: new Set<string>() };
  for (const definition of definitions) {
    if (definition.kind !== Kind.SCHEMA_DEFINITION && definition.kind !== Kind.SCHEMA_EXTENSION) continue;
    for (const link of definition.directives ?? []) {
      if (link.name.value !== 'link') continue;
      const args = Object.fromEntries((link.arguments ?? []).map((a) => [a.name.value, valueFromASTUntyped(a.value)]));
      const spec = /\/(federation|cost)\/v\d+(\.\d+)?$/.exec(String(args.url ?? ''))?.[1];
      if (!spec) continue;
      const prefix = typeof args.as === 'string' ? args.as : spec;
      for (const directive of ['cost', 'listSize'] as const) {
        const imported = ((args.import as unknown[] | undefined) ?? [])
          .map((i) => (typeof i === 'string' ? { name: i, as: i } : (i as { name?: string; as?: string })))
          .find((i) => i.name === `@${directive}`);
        if (imported) names[directive].add((imported.as ?? imported.name!).replace(/^@/, ''));
        else names[directive].add(spec === 'cost' && directive === 'cost' ? prefix : `${prefix}__${directive}`);
      }
    }
  }
  // A schema with no link at all (plain SDL): the directives under their own names.
  if (!names.cost.size) names.cost.add('cost');
  if (!names.listSize.size) names.listSize.add('listSize');

  const argument = (directive: ConstDirectiveNode, name: string) => {
    const node = directive.arguments?.find((a) => a.name.value === name);
    return node ? valueFromASTUntyped(node.value) : undefined;
  };
  const found = new Map<string, CostDirectives>();
  for (const definition of definitions) {
    if (
      definition.kind !== Kind.OBJECT_TYPE_DEFINITION &&
      definition.kind !== Kind.OBJECT_TYPE_EXTENSION &&
      definition.kind !== Kind.INTERFACE_TYPE_DEFINITION &&
      definition.kind !== Kind.INTERFACE_TYPE_EXTENSION
    ) {
      continue;
    }
    for (const field of definition.fields ?? []) {
      const key = `${definition.name.value}.${field.name.value}`;
      const entry: CostDirectives = { ...found.get(key) };
      for (const directive of field.directives ?? []) {
        if (names.cost.has(directive.name.value)) {
          const weight = Number(argument(directive, 'weight'));
          if (Number.isFinite(weight) && weight >= 0) entry.weight = Math.max(entry.weight ?? 0, weight);
        } else if (names.listSize.has(directive.name.value)) {
          const assumedSize = argument(directive, 'assumedSize');
          if (typeof assumedSize === 'number' && assumedSize >= 0) entry.assumedSize = assumedSize;
          const slicing = argument(directive, 'slicingArguments');
          if (Array.isArray(slicing)) entry.slicingArguments = slicing.map(String);
        }
      }
      if (entry.weight !== undefined || entry.assumedSize !== undefined || entry.slicingArguments) found.set(key, entry);
    }
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// The measure.
// ---------------------------------------------------------------------------------------------

export interface Measure {
  depth: number;
  aliases: number;
  cost: number;
}

/**
 * Depth, aliases and cost of an operation, with its variables, in time linear in the document: each
 * selection set and each fragment is measured once, and a fragment's measure is reused wherever it is
 * spread (cost scales with the enclosing lists, so it is kept per unit of multiplier). Expanding spreads
 * instead would double the work with every line of `fragment Fi { ...Fi-1 ...Fi-1 }`.
 *
 * Cost, with the schema's model: a field costs its weight (1, or its `@cost(weight:)`) plus its
 * selection's cost times the field's size —
 * - the largest of its slicing arguments given (`first`, or its `@listSize(slicingArguments:)`), or their
 *   default: a connection's whole selection counts once per row of the page;
 * - else, for `_entities`, the number of representations;
 * - else its `@listSize(assumedSize:)`;
 * - else, for a list: 1 for a page's `edges` and `nodes` (already counted by the connection's `first`),
 *   DEFAULT_LIST_SIZE for any other list;
 * - else 1.
 * Without a model (no schema), every field weighs 1 and only `first` multiplies.
 */
export function measure(document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>, model?: CostModel): Measure {
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  // Variables the request leaves out take the operation's defaults (a default `$n = 100` sizes lists too).
  const defaults = new Map((operation.variableDefinitions ?? []).map((v) => [v.variable.name.value, v.defaultValue]));
  const valueOf = (node: ValueNode): unknown => {
    if (node.kind !== Kind.VARIABLE) return valueFromASTUntyped(node);
    const name = node.name.value;
    if (variables[name] !== undefined) return variables[name];
    const fallback = defaults.get(name);
    return fallback ? valueFromASTUntyped(fallback) : undefined;
  };
  const positive = (value: unknown): number | undefined => {
    const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
    return Number.isFinite(n) && n > 0 ? n : undefined;
  };

  const sizeOf = (field: FieldNode, cost: FieldCost | undefined): number => {
    const argument = (name: string) => field.arguments?.find((a) => a.name.value === name);
    if (!cost) return positive(argument('first') && valueOf(argument('first')!.value)) ?? 1;
    let sliced: number | undefined;
    for (const slicing of cost.slicing) {
      const given = argument(slicing.name);
      const size = positive(given ? valueOf(given.value) : slicing.defaultValue);
      if (size !== undefined) sliced = Math.max(sliced ?? 0, size);
    }
    if (sliced !== undefined) return sliced;
    if (field.name.value === '_entities') {
      const representations = argument('representations');
      const value = representations ? (representations.value.kind === Kind.LIST ? representations.value.values : valueOf(representations.value)) : undefined;
      return Math.max(1, Array.isArray(value) ? value.length : 1);
    }
    if (cost.assumedSize !== undefined) return cost.assumedSize;
    if (cost.list) return cost.page ? 1 : DEFAULT_LIST_SIZE;
    return 1;
  };

  const measured = new Map<string, Measure>();
  const inProgress = new Set<string>();

  /** Depth counts the levels of fields in `set`; cost is for a multiplier of 1. */
  const measureSet = (set: SelectionSetNode, type: GraphQLCompositeType | undefined): Measure => {
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
        const cost = model && type ? model.field(type, selection.name.value) : undefined;
        m.depth = Math.max(m.depth, 1);
        m.cost += cost?.weight ?? 1;
        if (selection.selectionSet) add(measureSet(selection.selectionSet, cost?.type), 1, sizeOf(selection, cost));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? model?.compositeType(selection.typeCondition.name.value) : type;
        add(measureSet(selection.selectionSet, condition), 0, 1);
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
    const m = measureSet(fragment.selectionSet, model?.compositeType(fragment.typeCondition.name.value));
    inProgress.delete(name);
    measured.set(name, m);
    return m;
  };

  return measureSet(operation.selectionSet, model?.rootType(operation.operation));
}

/** A cost for a message: whole, and past a trillion just "more than" (a product of hostile sizes may be Infinity). */
const shown = (cost: number) => (cost > 1e12 ? 'more than 1,000,000,000,000' : `about ${Math.ceil(cost).toLocaleString('en-US')}`);

/**
 * Refuses, before execution, operations over the limits, each with its own error code. The cost model
 * is read from the schema the server runs: a subgraph's own schema, or the gateway's supergraph.
 */
export function limitsPlugin(limits: Limits): ApolloServerPlugin {
  let model: CostModel | undefined;
  return {
    async serverWillStart() {
      return {
        schemaDidLoadOrUpdate({ apiSchema, coreSupergraphSdl }) {
          model = CostModel.of(apiSchema, coreSupergraphSdl);
        },
      };
    },
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, schema }) {
          if (!operation) return;
          const representations = representationsIn(operation, request.variables ?? {});
          if (representations > limits.maxRepresentations) {
            throw limitError('ENTITIES_LIMIT', `The request asks for ${representations} entities; at most ${limits.maxRepresentations} are allowed`);
          }
          model ??= CostModel.of(schema);
          const m = measure(document, operation, request.variables ?? {}, model);
          if (m.depth > limits.maxDepth) throw limitError('DEPTH_LIMIT', `The query is ${m.depth} levels deep; at most ${limits.maxDepth} are allowed`);
          if (m.aliases > limits.maxAliases) throw limitError('ALIAS_LIMIT', `The query has ${m.aliases} aliases; at most ${limits.maxAliases} are allowed`);
          if (m.cost > limits.maxCost) {
            throw limitError(
              'COST_LIMIT',
              `The query would cost ${shown(m.cost)} (each field 1, computed fields their weight, times the size of every list around it: ` +
                `\`first\`, or the size the schema assumes for a list without it); at most ${limits.maxCost.toLocaleString('en-US')} is allowed. ` +
                'Ask for smaller pages, fewer nested lists or fewer computed fields.',
              { cost: Number.isFinite(m.cost) ? Math.ceil(m.cost) : null, maxCost: limits.maxCost },
            );
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
