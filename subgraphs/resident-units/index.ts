/** Runs the resident-units subgraph alone (`tsx subgraphs/resident-units/index.ts`); `npm start` runs all four. */
import { runSubgraph } from '../serve';

runSubgraph('resident-units').catch((err) => {
  console.error(err);
  process.exit(1);
});
