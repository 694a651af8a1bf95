/** Runs the organizations subgraph alone (`tsx subgraphs/organizations/index.ts`); `npm start` runs all four. */
import { runSubgraph } from '../serve';

runSubgraph('organizations').catch((err) => {
  console.error(err);
  process.exit(1);
});
