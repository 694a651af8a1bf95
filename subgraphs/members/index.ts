/** Runs the members subgraph alone (`tsx subgraphs/members/index.ts`); `npm start` runs all four. */
import { runSubgraph } from '../serve';

runSubgraph('members').catch((err) => {
  console.error(err);
  process.exit(1);
});
