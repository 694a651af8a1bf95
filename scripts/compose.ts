/** Writes schema/supergraph.graphql from the subgraph SDL files (`npm run compose`). */
import fs from 'node:fs';
import path from 'node:path';
import { composeSupergraph, SUPERGRAPH_FILE } from '../platform/server/supergraph';

try {
  fs.writeFileSync(SUPERGRAPH_FILE, composeSupergraph());
  console.log(`wrote ${path.relative(process.cwd(), SUPERGRAPH_FILE)}`);
} catch (err) {
  console.error((err as Error).message);
  process.exit(1);
}
