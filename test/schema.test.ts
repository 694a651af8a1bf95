import { Kind, parse, visit, type ASTNode } from 'graphql';
import { SUBGRAPH_NAMES } from '../platform/config';
import { composeSupergraph, readSupergraph, subgraphSdl } from '../platform/supergraph';

/** schema/ is the contract: it must compose, be current, and explain itself. */
describe('the schema contract', () => {
  it('checks in the supergraph that the subgraph files compose to', () => {
    // If this fails: run `npm run compose` and commit schema/supergraph.graphql.
    expect(readSupergraph()).toBe(composeSupergraph());
  });

  it.each(SUBGRAPH_NAMES)('%s describes every type, field, argument and enum value, with its Chinese term', (name) => {
    const undocumented: string[] = [];
    const withoutChinese: string[] = [];
    const described = [
      Kind.OBJECT_TYPE_DEFINITION,
      Kind.ENUM_TYPE_DEFINITION,
      Kind.SCALAR_TYPE_DEFINITION,
      Kind.INPUT_OBJECT_TYPE_DEFINITION,
      Kind.UNION_TYPE_DEFINITION,
      Kind.INTERFACE_TYPE_DEFINITION,
      Kind.FIELD_DEFINITION,
      Kind.INPUT_VALUE_DEFINITION,
      Kind.ENUM_VALUE_DEFINITION,
    ] as string[];
    const parents: string[] = [];
    visit(parse(subgraphSdl(name)), {
      enter(node: ASTNode) {
        if (!described.includes(node.kind)) return;
        const n = node as ASTNode & { name: { value: string }; description?: { value: string } };
        const path = [...parents, n.name.value].join('.');
        parents.push(n.name.value);
        // Root operation types are described by their fields.
        if (['Query', 'Mutation', 'Subscription'].includes(n.name.value)) return;
        if (!n.description?.value.trim()) undocumented.push(path);
        else if (!/[\u4e00-\u9fff]/.test(n.description.value)) withoutChinese.push(path);
      },
      leave(node: ASTNode) {
        if (described.includes(node.kind)) parents.pop();
      },
    });
    expect(undocumented).toEqual([]);
    expect(withoutChinese).toEqual([]);
  });
});
