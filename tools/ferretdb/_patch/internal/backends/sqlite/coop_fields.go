// coop-graph's addition to FerretDB v1.24.2 (applied at build time, see tools/ferretdb/_patch/edits.json).
//
// What coop_pushdown.go needs to know about a collection's values, kept up to date by every write:
//   - the kinds of value each top-level field holds (kindOf), to decide what may be pushed into SQL;
//   - for an indexed field that holds arrays (MongoDB's multikey index: a territory path, a list of
//     owners), a membership table of (value, _id) pairs, one per element, so that `{field: v}` is
//     answered as `_id IN (SELECT id FROM membership WHERE v = …)` through two indexes.
//
// Both are built by one scan of a collection the first time this process uses it (so data written
// by any earlier build is covered), and they are only ever a superset of the truth: kinds never
// shrink, and a write adds a document's pairs before the document is written and removes its stale
// pairs only after. The handler checks its filter on every row, so a stale pair costs a row read,
// never a wrong answer. Writes to one collection take turns here (SQLite serialises them anyway).

package sqlite

import (
	"context"
	"fmt"
	"hash/fnv"
	"strings"
	"sync"

	"github.com/FerretDB/FerretDB/internal/backends"
	"github.com/FerretDB/FerretDB/internal/backends/sqlite/metadata"
	"github.com/FerretDB/FerretDB/internal/handler/sjson"
	"github.com/FerretDB/FerretDB/internal/types"
	"github.com/FerretDB/FerretDB/internal/util/fsql"
	"github.com/FerretDB/FerretDB/internal/util/lazyerrors"
	"github.com/FerretDB/FerretDB/internal/util/must"
)

// fieldView is what a query is planned from: kinds per field, and membership tables per field.
type fieldView struct {
	kinds map[string]uint16
	side  map[string]string
}

// tableState is one collection's fieldView, and the lock its writes take turns on.
type tableState struct {
	writeMu sync.Mutex
	view    fieldView // guarded by fields.mu
}

// fields holds the state of every collection this process has used. gen counts changes: a query
// that planned from an older view finds out by reading gen again once SQLite has taken its snapshot.
var fields = struct {
	mu     sync.Mutex // guards tables, every view and gen
	loadMu sync.Mutex // serialises scans (rare)
	tables map[string]*tableState
	gen    uint64
}{tables: map[string]*tableState{}}

func (c *collection) stateKey() string { return c.dbName + "\x00" + c.name }

// state returns the collection's state, scanning the collection first if this process has not.
func (c *collection) state(ctx context.Context, db *fsql.DB, meta *metadata.Collection) (*tableState, error) {
	fields.mu.Lock()
	t := fields.tables[c.stateKey()]
	fields.mu.Unlock()

	if t != nil {
		return t, nil
	}

	fields.loadMu.Lock()
	defer fields.loadMu.Unlock()

	fields.mu.Lock()
	t = fields.tables[c.stateKey()]
	fields.mu.Unlock()

	if t != nil {
		return t, nil
	}

	t = &tableState{view: fieldView{kinds: map[string]uint16{}, side: map[string]string{}}}

	if db != nil && meta != nil {
		err := scanDocuments(ctx, db, meta, func(doc *types.Document) { addKinds(t.view.kinds, doc) })
		if err != nil {
			return nil, err
		}

		for field := range indexLedFields(meta) {
			if t.view.kinds[field]&kindArray != 0 {
				if t.view.side[field], err = buildMembership(ctx, db, meta, field); err != nil {
					return nil, err
				}
			}
		}
	}

	fields.mu.Lock()
	fields.tables[c.stateKey()] = t
	fields.gen++
	fields.mu.Unlock()

	return t, nil
}

// view returns a copy of the collection's view and its generation. An index created on a field
// that already holds arrays gets its membership table here, before a query needs it.
func (c *collection) view(ctx context.Context, db *fsql.DB, meta *metadata.Collection) (fieldView, uint64, error) {
	t, err := c.state(ctx, db, meta)
	if err != nil {
		return fieldView{}, 0, err
	}

	for field := range indexLedFields(meta) {
		v, _ := t.snapshot()
		if v.kinds[field]&kindArray != 0 && v.side[field] == "" {
			if err = c.addMembership(ctx, db, meta, t, field); err != nil {
				return fieldView{}, 0, err
			}
		}
	}

	v, gen := t.snapshot()

	return v, gen, nil
}

func (t *tableState) snapshot() (fieldView, uint64) {
	fields.mu.Lock()
	defer fields.mu.Unlock()

	v := fieldView{kinds: make(map[string]uint16, len(t.view.kinds)), side: make(map[string]string, len(t.view.side))}
	for k, kinds := range t.view.kinds {
		v.kinds[k] = kinds
	}

	for k, side := range t.view.side {
		v.side[k] = side
	}

	return v, fields.gen
}

// addMembership builds a field's membership table while no write of this process runs.
func (c *collection) addMembership(ctx context.Context, db *fsql.DB, meta *metadata.Collection, t *tableState, field string) error {
	t.writeMu.Lock()
	defer t.writeMu.Unlock()

	fields.loadMu.Lock()
	defer fields.loadMu.Unlock()

	if v, _ := t.snapshot(); v.side[field] != "" {
		return nil
	}

	side, err := buildMembership(ctx, db, meta, field)
	if err != nil {
		return err
	}

	fields.mu.Lock()
	t.view.side[field] = side
	fields.gen++
	fields.mu.Unlock()

	return nil
}

// addKinds records the kinds of a document's top-level fields, and of the fields of its embedded
// documents one level down (as "a.b"), so that `{"claimant.id": v}` can be pushed too.
func addKinds(kinds map[string]uint16, doc *types.Document) bool {
	changed := false
	values := doc.Values()

	note := func(path string, v any) {
		if old := kinds[path]; old|kindOf(v) != old {
			kinds[path] = old | kindOf(v)
			changed = true
		}
	}

	for i, k := range doc.Keys() {
		note(k, values[i])

		if embedded, ok := values[i].(*types.Document); ok {
			nested := embedded.Values()
			for j, nk := range embedded.Keys() {
				note(k+"."+nk, nested[j])
			}
		}
	}

	return changed
}

// indexLedFields are the top-level fields that lead an index (MongoDB would answer their queries
// from it, arrays included).
func indexLedFields(meta *metadata.Collection) map[string]bool {
	out := map[string]bool{}
	if meta == nil {
		return out
	}

	for _, index := range meta.Settings.Indexes {
		if len(index.Key) > 0 && !strings.Contains(index.Key[0].Field, ".") {
			out[index.Key[0].Field] = true
		}
	}

	return out
}

func scanDocuments(ctx context.Context, db *fsql.DB, meta *metadata.Collection, each func(*types.Document)) error {
	rows, err := db.QueryContext(ctx, fmt.Sprintf(`SELECT %s FROM %q`, metadata.DefaultColumn, meta.TableName))
	if err != nil {
		return lazyerrors.Error(err)
	}
	defer rows.Close()

	for rows.Next() {
		var b []byte
		if err = rows.Scan(&b); err != nil {
			return lazyerrors.Error(err)
		}

		doc, err := sjson.Unmarshal(b)
		if err != nil {
			return lazyerrors.Error(err)
		}

		each(doc)
	}

	if err = rows.Err(); err != nil {
		return lazyerrors.Error(err)
	}

	return nil
}

// membershipTable names a field's membership table (reserved prefix: FerretDB lists no such table).
func membershipTable(meta *metadata.Collection, field string) string {
	h := fnv.New32a()
	_, _ = h.Write([]byte(field))

	return fmt.Sprintf("%scoop_members_%s_%08x", backends.ReservedPrefix, meta.TableName, h.Sum32())
}

// buildMembership (re)creates a field's membership table from the collection as it is.
func buildMembership(ctx context.Context, db *fsql.DB, meta *metadata.Collection, field string) (string, error) {
	side := membershipTable(meta, field)

	for _, q := range []string{
		fmt.Sprintf(`CREATE TABLE IF NOT EXISTS %q (v TEXT NOT NULL, id TEXT NOT NULL, PRIMARY KEY (v, id)) WITHOUT ROWID`, side),
		fmt.Sprintf(`CREATE INDEX IF NOT EXISTS %q ON %q (id)`, side+"_id", side),
		fmt.Sprintf(`DELETE FROM %q`, side),
	} {
		if _, err := db.ExecContext(ctx, q); err != nil {
			return "", lazyerrors.Error(err)
		}
	}

	var docs []*types.Document
	if err := scanDocuments(ctx, db, meta, func(doc *types.Document) { docs = append(docs, doc) }); err != nil {
		return "", err
	}

	if err := insertMembership(ctx, db, side, field, docs); err != nil {
		return "", err
	}

	return side, nil
}

// memberTexts are the JSON texts a document's field holds: each element of an array, or the value.
// Elements that are documents, arrays or null are left out: such equalities are never pushed.
func memberTexts(doc *types.Document, field string) []string {
	v, err := doc.Get(field)
	if err != nil {
		return nil
	}

	values := []any{v}
	if arr, ok := v.(*types.Array); ok {
		values = values[:0]
		for i := 0; i < arr.Len(); i++ {
			values = append(values, must.NotFail(arr.Get(i)))
		}
	}

	var texts []string

	for _, v := range values {
		switch v.(type) {
		case *types.Document, *types.Array, types.NullType:
			continue
		}

		texts = append(texts, string(must.NotFail(sjson.MarshalSingleValue(v))))
	}

	return texts
}

func idText(doc *types.Document) string {
	return string(must.NotFail(sjson.MarshalSingleValue(must.NotFail(doc.Get("_id")))))
}

func insertMembership(ctx context.Context, db *fsql.DB, side, field string, docs []*types.Document) error {
	var args []any

	for _, doc := range docs {
		id := idText(doc)
		for _, text := range memberTexts(doc, field) {
			args = append(args, text, id)
		}
	}

	return db.InTransaction(ctx, func(tx *fsql.Tx) error {
		const perStatement = 400 // pairs; SQLite allows 32766 parameters

		for len(args) > 0 {
			n := min(len(args), 2*perStatement)
			q := fmt.Sprintf(`INSERT OR IGNORE INTO %q (v, id) VALUES %s`, side, strings.TrimSuffix(strings.Repeat("(?, ?), ", n/2), ", "))

			if _, err := tx.ExecContext(ctx, q, args[:n]...); err != nil {
				return lazyerrors.Error(err)
			}

			args = args[n:]
		}

		return nil
	})
}

// pruneMembership removes the pairs of these documents that they no longer hold.
func pruneMembership(ctx context.Context, db *fsql.DB, side, field string, docs []*types.Document) error {
	return db.InTransaction(ctx, func(tx *fsql.Tx) error {
		for _, doc := range docs {
			texts := memberTexts(doc, field)
			args := []any{idText(doc)}
			q := fmt.Sprintf(`DELETE FROM %q WHERE id = ?`, side)

			if len(texts) > 0 {
				q += fmt.Sprintf(` AND v NOT IN (%s)`, strings.TrimSuffix(strings.Repeat("?, ", len(texts)), ", "))
				for _, text := range texts {
					args = append(args, text)
				}
			}

			if _, err := tx.ExecContext(ctx, q, args...); err != nil {
				return lazyerrors.Error(err)
			}
		}

		return nil
	})
}

// beforeWrite records the kinds and membership pairs of documents about to be written. It returns
// the membership tables the write must keep (nil when there are none); the caller holds writeMu.
func (c *collection) beforeWrite(ctx context.Context, t *tableState, db *fsql.DB, meta *metadata.Collection, docs []*types.Document) (map[string]string, error) { //nolint:lll // for readability
	fields.mu.Lock()
	changed := false
	for _, doc := range docs {
		changed = addKinds(t.view.kinds, doc) || changed
	}

	if changed {
		fields.gen++
	}

	kinds := t.view.kinds
	fields.mu.Unlock()

	if db == nil || meta == nil {
		return nil, nil // a new collection has no index but _id's
	}

	// A field that holds its first array needs its table before that document is written.
	for field := range indexLedFields(meta) {
		fields.mu.Lock()
		missing := kinds[field]&kindArray != 0 && t.view.side[field] == ""
		fields.mu.Unlock()

		if missing {
			fields.loadMu.Lock()
			side, err := buildMembership(ctx, db, meta, field)
			fields.loadMu.Unlock()

			if err != nil {
				return nil, err
			}

			fields.mu.Lock()
			t.view.side[field] = side
			fields.gen++
			fields.mu.Unlock()
		}
	}

	fields.mu.Lock()
	sides := make(map[string]string, len(t.view.side))
	for field, side := range t.view.side {
		sides[field] = side
	}
	fields.mu.Unlock()

	for field, side := range sides {
		if err := insertMembership(ctx, db, side, field, docs); err != nil {
			return nil, err
		}
	}

	return sides, nil
}

// writeState is the state and the database a write works on; the collection may not exist yet.
func (c *collection) writeState(ctx context.Context) (*tableState, *fsql.DB, *metadata.Collection, error) {
	db := c.r.DatabaseGetExisting(ctx, c.dbName)
	meta := c.r.CollectionGet(ctx, c.dbName, c.name)

	if db == nil || meta == nil {
		db, meta = nil, nil
	}

	t, err := c.state(ctx, db, meta)

	return t, db, meta, err
}

// InsertAll implements backends.Collection interface.
func (c *collection) InsertAll(ctx context.Context, params *backends.InsertAllParams) (*backends.InsertAllResult, error) {
	t, db, meta, err := c.writeState(ctx)
	if err != nil {
		return nil, err
	}

	t.writeMu.Lock()
	defer t.writeMu.Unlock()

	if _, err = c.beforeWrite(ctx, t, db, meta, params.Docs); err != nil {
		return nil, err
	}

	return c.insertAllStock(ctx, params)
}

// UpdateAll implements backends.Collection interface.
func (c *collection) UpdateAll(ctx context.Context, params *backends.UpdateAllParams) (*backends.UpdateAllResult, error) {
	t, db, meta, err := c.writeState(ctx)
	if err != nil {
		return nil, err
	}

	t.writeMu.Lock()
	defer t.writeMu.Unlock()

	sides, err := c.beforeWrite(ctx, t, db, meta, params.Docs)
	if err != nil {
		return nil, err
	}

	res, err := c.updateAllStock(ctx, params)
	if err != nil {
		return nil, err
	}

	for field, side := range sides {
		if err = pruneMembership(ctx, db, side, field, params.Docs); err != nil {
			return nil, err
		}
	}

	return res, nil
}

// DeleteAll implements backends.Collection interface.
func (c *collection) DeleteAll(ctx context.Context, params *backends.DeleteAllParams) (*backends.DeleteAllResult, error) {
	t, db, _, err := c.writeState(ctx)
	if err != nil {
		return nil, err
	}

	t.writeMu.Lock()
	defer t.writeMu.Unlock()

	res, err := c.deleteAllStock(ctx, params)
	if err != nil || db == nil || params.RecordIDs != nil || len(params.IDs) == 0 {
		return res, err
	}

	v, _ := t.snapshot()
	if len(v.side) == 0 {
		return res, nil
	}

	placeholders := strings.TrimSuffix(strings.Repeat("?, ", len(params.IDs)), ", ")
	args := make([]any, len(params.IDs))

	for i, id := range params.IDs {
		args[i] = string(must.NotFail(sjson.MarshalSingleValue(id)))
	}

	for _, side := range v.side {
		if _, err = db.ExecContext(ctx, fmt.Sprintf(`DELETE FROM %q WHERE id IN (%s)`, side, placeholders), args...); err != nil {
			return nil, lazyerrors.Error(err)
		}
	}

	return res, nil
}

// generation reads the generation of the views.
func generation() uint64 {
	fields.mu.Lock()
	defer fields.mu.Unlock()

	return fields.gen
}
