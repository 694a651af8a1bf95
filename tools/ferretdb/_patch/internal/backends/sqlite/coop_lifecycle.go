// coop-graph's addition to FerretDB v1.24.2 (applied at build time, see tools/ferretdb/_patch/edits.json).
//
// A dropped collection takes its membership table (coop_fields.go) with it, and its state is
// forgotten, so that a collection created under the same name starts from nothing. A dropped
// database takes the tables with its file; only the states are forgotten.

package sqlite

import (
	"context"
	"fmt"

	"github.com/FerretDB/FerretDB/internal/backends"
)

// DropCollection implements backends.Database interface.
func (db *database) DropCollection(ctx context.Context, params *backends.DropCollectionParams) error {
	meta := db.r.CollectionGet(ctx, db.name, params.Name)

	// No write of this process runs on the collection meanwhile, and no scan (they take loadMu).
	if meta != nil {
		if t := lookupState(stateKey(db.name, meta)); t != nil {
			t.writeMu.Lock()
			defer t.writeMu.Unlock()
		}
	}

	fields.loadMu.Lock()
	defer fields.loadMu.Unlock()

	if err := db.dropCollectionStock(ctx, params); err != nil {
		return err
	}

	if meta == nil {
		return nil
	}

	forgetState(stateKey(db.name, meta))

	// The collection is gone whatever happens here; a table left behind is dropped when a collection
	// next uses the table name (dropMembershipTables).
	if sqlDB := db.r.DatabaseGetExisting(ctx, db.name); sqlDB != nil {
		_, _ = sqlDB.ExecContext(ctx, fmt.Sprintf(`DROP TABLE IF EXISTS %q`, membershipTable(meta)))
	}

	return nil
}

// DropDatabase implements backends.Backend interface.
func (b *backend) DropDatabase(ctx context.Context, params *backends.DropDatabaseParams) error {
	fields.loadMu.Lock()
	defer fields.loadMu.Unlock()

	err := b.dropDatabaseStock(ctx, params)

	forgetDatabase(params.Name)

	return err
}
