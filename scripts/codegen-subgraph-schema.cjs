// GraphQL Code Generator's loader for a subgraph's schema (codegen.yml): its SDL file followed by
// schema/shared.graphql, as platform/server/supergraph.ts (subgraphSdl) reads it, parsed as one document so
// the generated code keeps the files' order (two schema entries would be merged in whatever order they load).
const fs = require('node:fs');
const path = require('node:path');
const { parse } = require('graphql');

const SHARED = path.join(__dirname, '..', 'schema', 'shared.graphql');

module.exports = (pointer) => parse(`${fs.readFileSync(pointer, 'utf8')}\n${fs.readFileSync(SHARED, 'utf8')}`);
