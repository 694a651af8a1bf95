/** Runs the services subgraph alone (`tsx subgraphs/services/index.ts`); `npm start` runs all four. */
import { runSubgraph } from '../serve';

runSubgraph('services').catch((err) => {
  console.error(err);
  process.exit(1);
});
