/**
 * A GraphQL Code Generator plugin: each enum of the composed graph as a map from its values to their
 * Chinese terms (the text before " · " in the value's description), for the web console's labels —
 * `ItemStatusLabel.OPEN === '待认领'`. The schema is the one declaration of both; `npm run codegen:check`
 * fails when this file is stale, like every generated file.
 */
const { isEnumType } = require('graphql');

module.exports = {
  plugin(schema) {
    const lines = ['/* 枚举的中文名 · Chinese terms of the graph\'s enums, generated from their descriptions. Never edited by hand. */', ''];
    const types = Object.values(schema.getTypeMap())
      .filter((t) => isEnumType(t) && !t.name.startsWith('__') && !t.name.startsWith('join__') && !t.name.startsWith('link__'))
      .sort((a, b) => a.name.localeCompare(b.name));
    for (const type of types) {
      lines.push(`export const ${type.name}Label = {`);
      for (const value of type.getValues()) {
        const term = (value.description ?? value.name).split(' · ')[0].trim();
        lines.push(`  ${value.name}: ${JSON.stringify(term)},`);
      }
      lines.push('} as const;', '');
    }
    return lines.join('\n');
  },
};
