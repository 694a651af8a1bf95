// GraphQL Code Generator's loader for a folder of operations (codegen.yml, `dir/*.graphql`): the files
// in name order, as one document. codegen.yml turns the loaders' sorting off (the enums keep the SDL's
// order), and without it files would be read in whatever order they load, and the output would vary.
const fs = require('node:fs');
const path = require('node:path');
const { parse } = require('graphql');

module.exports = (pointer) => {
  const dir = path.dirname(pointer);
  if (path.basename(pointer) !== '*.graphql') throw new Error(`codegen-documents: expected dir/*.graphql, got ${pointer}`);
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.graphql')).sort();
  return parse(files.map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).join('\n'));
};
