import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, visit, type ASTNode, type EnumTypeDefinitionNode } from 'graphql';
import { SUBGRAPH_NAMES } from '../platform/server/config';
import { PROJECT_ROOT } from '../platform/data/ferretdb';
import { composeSupergraph, readSupergraph, SHARED_SDL_FILE, subgraphSdl } from '../platform/server/supergraph';

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

  it('declares every user-error code in use, and none that is not', () => {
    // The type of userError's code (platform/rules/user-errors.ts) keeps out an undeclared code; this keeps out an unused one.
    const declared = parse(fs.readFileSync(SHARED_SDL_FILE, 'utf8'))
      .definitions.filter((d): d is EnumTypeDefinitionNode => d.kind === Kind.ENUM_TYPE_DEFINITION && d.name.value === 'UserErrorCode')
      .flatMap((d) => (d.values ?? []).map((v) => v.name.value));
    const used = new Set<string>();
    const sources = (dir: string): string[] =>
      fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
        const file = path.join(dir, e.name);
        if (e.isDirectory()) return e.name === 'generated' || e.name === 'node_modules' ? [] : sources(file);
        return e.name.endsWith('.ts') ? [file] : [];
      });
    for (const file of ['subgraphs', 'platform', 'gateway', 'seed'].flatMap((d) => sources(path.join(PROJECT_ROOT, d)))) {
      const text = fs.readFileSync(file, 'utf8');
      for (const [, code] of text.matchAll(/userError\(\s*'([A-Z0-9_]+)'/g)) used.add(code);
    }
    expect(declared.length).toBeGreaterThan(0);
    expect(declared.filter((code) => !used.has(code))).toEqual([]);
  });
});
