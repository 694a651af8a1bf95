/**
 * `npm run db:install`: builds the embedded database (FerretDB) into .tools/
 * ahead of time. `npm start` and `npm test` build it on first use anyway;
 * this only lets a machine be prepared before it goes offline.
 */
import { ensureFerretDB } from '../platform/data/ferretdb';

ensureFerretDB((line) => console.log(line)).then(
  (bin) => console.log(`FerretDB is ready: ${bin}`),
  (err: Error) => {
    console.error(err.message);
    process.exit(1);
  },
);
