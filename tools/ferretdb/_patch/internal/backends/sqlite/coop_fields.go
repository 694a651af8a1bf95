// coop-graph's addition to FerretDB v1.24.2 (applied at build time, see tools/ferretdb/_patch/edits.json).
//
// What coop_pushdown.go needs to know about a collection's values, kept up to date by every write:
//   - the kinds of value each field holds (kindOf), to decide what may be pushed into SQL;
//   - for an indexed field that holds arrays (MongoDB's multikey index: a territory path, a list of
//     owners), (field, value, _id) rows in the collection's membership table, one per element, so
//     that `{field: v}` is answered as `_id IN (SELECT id FROM membership WHERE v = … AND f = …)`
//     through two indexes.
//
// Both are built by one scan of a collection the first time this process uses it (so data written
// by any earlier build is covered), and they are only ever a superset of the truth: kinds never
// shrink, and a write adds a document's pairs before the document is written and removes its stale
// pairs only after. The handler checks its filter on every row, so a stale pair costs a row read,
// never a wrong answer. Writes to one collection take turns here (SQLite serialises them anyway).
//
// The state belongs to one collection, not to a name: it is keyed by the collection's table and the
// UUID its creation drew (a rename keeps both; a drop and a create under the same name make a new
// UUID), and its membership table is named after both. Dropping a collection drops its membership
// table (coop_lifecycle.go); dropping a database takes them with its file.

package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"hash/fnv"
	"maps"
	"slices"
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

// errCollectionGone: the collection was dropped (or its database) while this process was reading it.
var errCollectionGone = errors.New("the collection was dropped while in use")

// fieldView is what a query is planned from: kinds per field, and the membership table of each
// field that has its pairs there. Its maps are never modified once published (writes replace them),
// so a view is shared, not copied.
type fieldView struct {
	kinds map[string]uint16
	side  map[string]string
	state *tableState
}

// changedSince tells whether the collection's view changed after the generation gen was read.
func (v fieldView) changedSince(gen uint64) bool {
	if v.state == nil {
		return false
	}

	fields.mu.Lock()
	defer fields.mu.Unlock()

	return v.state.gen != gen || v.state.dropped
}

// tableState is one collection's view, and the lock its writes take turns on.
type tableState struct {
	dbName  string
	side    string // the collection's membership table (exists once a field has pairs)
	writeMu sync.Mutex

	// guarded by fields.mu; kinds and members are replaced, never modified, once published
	kinds   map[string]uint16
	members map[string]string // fields whose pairs the membership table holds → its name
	gen     uint64
	dropped bool
}

// fields holds the state of every collection this process has used. A state's gen counts the
// changes of its view: a query that planned from an older view finds out by reading gen again once
// SQLite has taken its snapshot. Locks are taken in the order writeMu, loadMu, mu.
var fields = struct {
	mu     sync.Mutex // guards tables, and every state's view, gen and dropped
	loadMu sync.Mutex // serialises scans, membership builds and drops (rare)
	tables map[string]*tableState
	gen    uint64 // any view's change
}{tables: map[string]*tableState{}}

// stateKey names one collection: its table (kept by a rename) and the UUID drawn when it was created.
func stateKey(dbName string, meta *metadata.Collection) string {
	return dbName + "\x00" + meta.TableName + "\x00" + meta.Settings.UUID
}

func lookupState(key string) *tableState {
	fields.mu.Lock()
	defer fields.mu.Unlock()

	return fields.tables[key]
}

// forgetState marks a dropped collection's state, so that a write waiting on it starts over.
func forgetState(key string) {
	fields.mu.Lock()
	defer fields.mu.Unlock()

	if t := fields.tables[key]; t != nil {
		t.dropped = true
		t.gen++
		fields.gen++
		delete(fields.tables, key)
	}
}

// forgetDatabase forgets the states of a dropped database's collections.
func forgetDatabase(dbName string) {
	fields.mu.Lock()
	defer fields.mu.Unlock()

	for key, t := range fields.tables {
		if t.dbName == dbName {
			t.dropped = true
			t.gen++
			delete(fields.tables, key)
		}
	}

	fields.gen++
}

func (t *tableState) isDropped() bool {
	fields.mu.Lock()
	defer fields.mu.Unlock()

	return t.dropped
}

// state returns the collection's state, scanning the collection first if this process has not.
func (c *collection) state(ctx context.Context, db *fsql.DB, meta *metadata.Collection) (*tableState, error) {
	key := stateKey(c.dbName, meta)
	if t := lookupState(key); t != nil {
		return t, nil
	}

	fields.loadMu.Lock()
	defer fields.loadMu.Unlock()

	if t := lookupState(key); t != nil {
		return t, nil
	}

	// Drops take loadMu too: the collection either is still there now, or its state is not made.
	list, err := c.r.CollectionList(ctx, c.dbName)
	if err != nil {
		return nil, lazyerrors.Error(err)
	}

	if !slices.ContainsFunc(list, func(l *metadata.Collection) bool { return stateKey(c.dbName, l) == stateKey(c.dbName, meta) }) {
		return nil, errCollectionGone
	}

	t := &tableState{dbName: c.dbName, side: membershipTable(meta), kinds: map[string]uint16{}, members: map[string]string{}}

	if err := scanDocuments(ctx, db, meta, func(doc *types.Document) { addKinds(t.kinds, doc) }); err != nil {
		return nil, err
	}

	// Pairs left by an earlier process (or an interrupted drop) are not trusted: built again below.
	if err := dropMembershipTables(ctx, db, meta); err != nil {
		return nil, err
	}

	var build []string

	if !meta.Capped() {
		for field := range indexLedFields(meta) {
			if t.kinds[field]&kindArray != 0 {
				build = append(build, field)
			}
		}
	}

	if len(build) > 0 {
		if err := buildMembership(ctx, db, meta, t.side, build); err != nil {
			return nil, err
		}

		for _, field := range build {
			t.members[field] = t.side
		}
	}

	fields.mu.Lock()
	fields.tables[key] = t
	fields.gen++
	fields.mu.Unlock()

	return t, nil
}

// view returns the collection's view and its generation. An index created on a field that already
// holds arrays gets its membership pairs here, before a query needs them.
func (c *collection) view(ctx context.Context, db *fsql.DB, meta *metadata.Collection) (fieldView, uint64, error) {
	t, err := c.state(ctx, db, meta)
	if err != nil {
		return fieldView{}, 0, err
	}

	if !meta.Capped() {
		for field := range indexLedFields(meta) {
			if v, _ := t.snapshot(); v.kinds[field]&kindArray != 0 && v.side[field] == "" {
				if err = c.addMembership(ctx, db, meta, t, field); err != nil {
					return fieldView{}, 0, err
				}
			}
		}
	}

	v, gen := t.snapshot()

	return v, gen, nil
}

// snapshot returns the state's view (shared, not copied) and its generation.
func (t *tableState) snapshot() (fieldView, uint64) {
	fields.mu.Lock()
	defer fields.mu.Unlock()

	return fieldView{kinds: t.kinds, side: t.members, state: t}, t.gen
}

// addMembership builds a field's membership pairs while no write of this process runs.
func (c *collection) addMembership(ctx context.Context, db *fsql.DB, meta *metadata.Collection, t *tableState, field string) error {
	t.writeMu.Lock()
	defer t.writeMu.Unlock()

	return t.ensureMembership(ctx, db, meta, field)
}

// ensureMembership builds a field's membership pairs unless they are there; the caller holds writeMu.
func (t *tableState) ensureMembership(ctx context.Context, db *fsql.DB, meta *metadata.Collection, field string) error {
	built := func() (bool, error) {
		fields.mu.Lock()
		defer fields.mu.Unlock()

		if t.dropped {
			return false, errCollectionGone
		}

		return t.members[field] != "", nil
	}

	if done, err := built(); done || err != nil {
		return err
	}

	fields.loadMu.Lock()
	defer fields.loadMu.Unlock()

	if done, err := built(); done || err != nil {
		return err
	}

	if err := buildMembership(ctx, db, meta, t.side, []string{field}); err != nil {
		return err
	}

	fields.mu.Lock()
	members := maps.Clone(t.members)
	members[field] = t.side
	t.members = members
	t.gen++
	fields.gen++
	fields.mu.Unlock()

	return nil
}

// eachKind calls f with the kind of each of a document's top-level fields, and of the fields of its
// embedded documents one level down (as "a.b"), so that `{"claimant.id": v}` can be pushed too.
func eachKind(doc *types.Document, f func(path string, kind uint16)) {
	values := doc.Values()

	for i, k := range doc.Keys() {
		f(k, kindOf(values[i]))

		if embedded, ok := values[i].(*types.Document); ok {
			nested := embedded.Values()
			for j, nk := range embedded.Keys() {
				f(k+"."+nk, kindOf(nested[j]))
			}
		}
	}
}

// addKinds records the kinds of a document's fields in kinds (a map nobody else reads yet).
func addKinds(kinds map[string]uint16, doc *types.Document) bool {
	changed := false

	eachKind(doc, func(path string, kind uint16) {
		if old := kinds[path]; old|kind != old {
			kinds[path] = old | kind
			changed = true
		}
	})

	return changed
}

// mergeKinds returns kinds with the documents' kinds added: the same map when they add nothing,
// else a new one (a published map is never modified).
func mergeKinds(kinds map[string]uint16, docs []*types.Document) (map[string]uint16, bool) {
	out, copied := kinds, false

	for _, doc := range docs {
		eachKind(doc, func(path string, kind uint16) {
			if old := out[path]; old|kind != old {
				if !copied {
					out, copied = maps.Clone(kinds), true
				}

				out[path] = old | kind
			}
		})
	}

	return out, copied
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
	return eachDocument(ctx, db, meta, func(doc *types.Document) error {
		each(doc)
		return nil
	})
}

func eachDocument(ctx context.Context, db *fsql.DB, meta *metadata.Collection, each func(*types.Document) error) error {
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

		if err = each(doc); err != nil {
			return err
		}
	}

	if err = rows.Err(); err != nil {
		return lazyerrors.Error(err)
	}

	return nil
}

// membershipPrefix starts the names of a table's membership tables (reserved prefix: FerretDB
// lists no such table).
func membershipPrefix(meta *metadata.Collection) string {
	return backends.ReservedPrefix + "coop_members_" + meta.TableName + "_"
}

// membershipTable names the collection's membership table: its table and its UUID, so that a
// collection created after a drop under the same name never meets the old one's pairs.
func membershipTable(meta *metadata.Collection) string {
	id := strings.ReplaceAll(meta.Settings.UUID, "-", "")
	if len(id) != 32 || !isHex(id) {
		h := fnv.New128a()
		_, _ = h.Write([]byte(meta.Settings.UUID))
		id = fmt.Sprintf("%x", h.Sum(nil))
	}

	return membershipPrefix(meta) + id
}

func isHex(s string) bool {
	return s != "" && strings.Trim(s, "0123456789abcdef") == ""
}

// dropMembershipTables drops every membership table of the collection's table: its own (rebuilt
// by the caller), and those of collections that held the table name before (a drop interrupted by
// a crash; an earlier build's tables, one per field, named by 8 hex digits).
func dropMembershipTables(ctx context.Context, db *fsql.DB, meta *metadata.Collection) error {
	prefix := membershipPrefix(meta)

	rows, err := db.QueryContext(ctx, `SELECT name FROM sqlite_master WHERE type = 'table' AND substr(name, 1, length(?)) = ?`, prefix, prefix)
	if err != nil {
		return lazyerrors.Error(err)
	}

	var stale []string

	for rows.Next() {
		var name string
		if err = rows.Scan(&name); err != nil {
			rows.Close()
			return lazyerrors.Error(err)
		}

		// Exactly the prefix and hex digits: not a membership table of a longer table name.
		if suffix, ok := strings.CutPrefix(name, prefix); ok && (len(suffix) == 32 || len(suffix) == 8) && isHex(suffix) {
			stale = append(stale, name)
		}
	}

	rows.Close()

	if err = rows.Err(); err != nil {
		return lazyerrors.Error(err)
	}

	for _, name := range stale {
		if _, err = db.ExecContext(ctx, fmt.Sprintf(`DROP TABLE IF EXISTS %q`, name)); err != nil {
			return lazyerrors.Error(err)
		}
	}

	return nil
}

// memberPair is one row of a membership table: a document (its _id's JSON text) holds the value
// (JSON text) in the field, as the field's value or as one of its elements.
type memberPair struct {
	f, v, id string
}

// buildMembership (re)writes the pairs of these fields from the collection as it is, creating the
// membership table if needed; one scan, one transaction.
func buildMembership(ctx context.Context, db *fsql.DB, meta *metadata.Collection, side string, build []string) error {
	for _, q := range []string{
		fmt.Sprintf(`CREATE TABLE IF NOT EXISTS %q (f TEXT NOT NULL, v TEXT NOT NULL, id TEXT NOT NULL, PRIMARY KEY (f, v, id)) WITHOUT ROWID`, side), //nolint:lll // for readability
		fmt.Sprintf(`CREATE INDEX IF NOT EXISTS %q ON %q (id)`, side+"_id", side),
	} {
		if _, err := db.ExecContext(ctx, q); err != nil {
			return lazyerrors.Error(err)
		}
	}

	return db.InTransaction(ctx, func(tx *fsql.Tx) error {
		args := make([]any, len(build))
		for i, field := range build {
			args[i] = field
		}

		q := fmt.Sprintf(`DELETE FROM %q WHERE f IN (%s)`, side, placeholders(len(build)))
		if _, err := tx.ExecContext(ctx, q, args...); err != nil {
			return lazyerrors.Error(err)
		}

		var batch []memberPair

		err := eachDocument(ctx, db, meta, func(doc *types.Document) error {
			batch = appendPairs(batch, doc, build)
			if len(batch) < pairsPerStatement {
				return nil
			}

			err := insertPairs(ctx, tx, side, batch)
			batch = batch[:0]

			return err
		})
		if err != nil {
			return err
		}

		return insertPairs(ctx, tx, side, batch)
	})
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

// appendPairs appends a document's pairs for these fields.
func appendPairs(pairs []memberPair, doc *types.Document, fieldNames []string) []memberPair {
	id := idText(doc)

	for _, field := range fieldNames {
		for _, text := range memberTexts(doc, field) {
			pairs = append(pairs, memberPair{f: field, v: text, id: id})
		}
	}

	return pairs
}

const (
	pairsPerStatement = 300 // 3 parameters each; SQLite allows 32766
	idsPerStatement   = 500
)

func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?, ", n), ", ")
}

type execer interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

func insertPairs(ctx context.Context, tx execer, side string, pairs []memberPair) error {
	for len(pairs) > 0 {
		n := min(len(pairs), pairsPerStatement)
		args := make([]any, 0, 3*n)

		for _, p := range pairs[:n] {
			args = append(args, p.f, p.v, p.id)
		}

		q := fmt.Sprintf(`INSERT OR IGNORE INTO %q (f, v, id) VALUES %s`, side, strings.TrimSuffix(strings.Repeat("(?, ?, ?), ", n), ", "))
		if _, err := tx.ExecContext(ctx, q, args...); err != nil {
			return lazyerrors.Error(err)
		}

		pairs = pairs[n:]
	}

	return nil
}

func deletePairs(ctx context.Context, tx execer, side string, pairs []memberPair) error {
	q := fmt.Sprintf(`DELETE FROM %q WHERE f = ? AND v = ? AND id = ?`, side)

	for _, p := range pairs {
		if _, err := tx.ExecContext(ctx, q, p.f, p.v, p.id); err != nil {
			return lazyerrors.Error(err)
		}
	}

	return nil
}

// storedPairs reads the pairs the membership table holds for these documents' _ids.
func storedPairs(ctx context.Context, db *fsql.DB, side string, ids []string) (map[memberPair]bool, error) {
	out := map[memberPair]bool{}

	for len(ids) > 0 {
		n := min(len(ids), idsPerStatement)
		args := make([]any, n)

		for i, id := range ids[:n] {
			args[i] = id
		}

		rows, err := db.QueryContext(ctx, fmt.Sprintf(`SELECT f, v, id FROM %q WHERE id IN (%s)`, side, placeholders(n)), args...)
		if err != nil {
			return nil, lazyerrors.Error(err)
		}

		for rows.Next() {
			var p memberPair
			if err = rows.Scan(&p.f, &p.v, &p.id); err != nil {
				rows.Close()
				return nil, lazyerrors.Error(err)
			}

			out[p] = true
		}

		rows.Close()

		if err = rows.Err(); err != nil {
			return nil, lazyerrors.Error(err)
		}

		ids = ids[n:]
	}

	return out, nil
}

// beforeWrite records the kinds of documents about to be written, and builds the pairs of a field
// that holds its first array where an index leads with it. It returns the fields whose pairs the
// write must keep (empty when there are none); the caller holds writeMu.
func (t *tableState) beforeWrite(ctx context.Context, db *fsql.DB, meta *metadata.Collection, docs []*types.Document) ([]string, error) { //nolint:lll // for readability
	fields.mu.Lock()
	kinds, changed := mergeKinds(t.kinds, docs)

	if changed {
		t.kinds = kinds
		t.gen++
		fields.gen++
	}

	fields.mu.Unlock()

	if meta.Capped() {
		return nil, nil // never pushed (coop_pushdown.go), so no pairs
	}

	// A field that holds its first array needs its pairs before that document is written.
	for field := range indexLedFields(meta) {
		if kinds[field]&kindArray != 0 {
			if err := t.ensureMembership(ctx, db, meta, field); err != nil {
				return nil, err
			}
		}
	}

	fields.mu.Lock()
	memberFields := make([]string, 0, len(t.members))

	for field := range t.members {
		memberFields = append(memberFields, field)
	}
	fields.mu.Unlock()

	return memberFields, nil
}

// lockState returns the collection's state with its writeMu held (the caller unlocks it), or nils
// when the collection does not exist; create creates it first, as a stock insert would.
func (c *collection) lockState(ctx context.Context, create bool) (*tableState, *fsql.DB, *metadata.Collection, error) {
	const attempts = 20 // the collection dropped (and created again) while the write waited

	for attempt := 1; ; attempt++ {
		if create && c.r.CollectionGet(ctx, c.dbName, c.name) == nil {
			if _, err := c.r.CollectionCreate(ctx, &metadata.CollectionCreateParams{DBName: c.dbName, Name: c.name}); err != nil {
				return nil, nil, nil, lazyerrors.Error(err)
			}
		}

		db := c.r.DatabaseGetExisting(ctx, c.dbName)
		meta := c.r.CollectionGet(ctx, c.dbName, c.name)

		if db == nil || meta == nil {
			if create && attempt < attempts {
				continue
			}

			return nil, nil, nil, nil
		}

		t, err := c.state(ctx, db, meta)
		if errors.Is(err, errCollectionGone) && attempt < attempts {
			continue
		}

		if err != nil {
			return nil, nil, nil, err
		}

		t.writeMu.Lock()

		if t.isDropped() {
			t.writeMu.Unlock()

			if attempt < attempts {
				continue
			}

			return nil, nil, nil, lazyerrors.Error(errCollectionGone)
		}

		return t, db, meta, nil
	}
}

// InsertAll implements backends.Collection interface.
func (c *collection) InsertAll(ctx context.Context, params *backends.InsertAllParams) (*backends.InsertAllResult, error) {
	t, db, meta, err := c.lockState(ctx, true)
	if err != nil {
		return nil, err
	}

	if t == nil {
		return c.insertAllStock(ctx, params)
	}

	defer t.writeMu.Unlock()

	memberFields, err := t.beforeWrite(ctx, db, meta, params.Docs)
	if err != nil {
		return nil, err
	}

	if len(memberFields) > 0 {
		var pairs []memberPair
		for _, doc := range params.Docs {
			pairs = appendPairs(pairs, doc, memberFields)
		}

		if len(pairs) > 0 {
			err = db.InTransaction(ctx, func(tx *fsql.Tx) error { return insertPairs(ctx, tx, t.side, pairs) })
			if err != nil {
				return nil, err
			}
		}
	}

	return c.insertAllStock(ctx, params)
}

// UpdateAll implements backends.Collection interface. Only the pairs that change are written: those
// the new documents hold and the table lacks before the write, those it holds and they do not after.
func (c *collection) UpdateAll(ctx context.Context, params *backends.UpdateAllParams) (*backends.UpdateAllResult, error) {
	t, db, meta, err := c.lockState(ctx, false)
	if err != nil {
		return nil, err
	}

	if t == nil {
		return c.updateAllStock(ctx, params)
	}

	defer t.writeMu.Unlock()

	memberFields, err := t.beforeWrite(ctx, db, meta, params.Docs)
	if err != nil {
		return nil, err
	}

	var stale []memberPair

	if len(memberFields) > 0 {
		ids := make([]string, len(params.Docs))
		var pairs []memberPair

		for i, doc := range params.Docs {
			ids[i] = idText(doc)
			pairs = appendPairs(pairs, doc, memberFields)
		}

		stored, err := storedPairs(ctx, db, t.side, ids)
		if err != nil {
			return nil, err
		}

		var added []memberPair
		held := make(map[memberPair]bool, len(pairs))

		for _, p := range pairs {
			held[p] = true
			if !stored[p] {
				added = append(added, p)
			}
		}

		for p := range stored {
			if !held[p] && slices.Contains(memberFields, p.f) {
				stale = append(stale, p)
			}
		}

		if len(added) > 0 {
			if err = db.InTransaction(ctx, func(tx *fsql.Tx) error { return insertPairs(ctx, tx, t.side, added) }); err != nil {
				return nil, err
			}
		}
	}

	res, err := c.updateAllStock(ctx, params)
	if err != nil {
		return nil, err
	}

	if len(stale) > 0 {
		if err = db.InTransaction(ctx, func(tx *fsql.Tx) error { return deletePairs(ctx, tx, t.side, stale) }); err != nil {
			return nil, err
		}
	}

	return res, nil
}

// DeleteAll implements backends.Collection interface.
func (c *collection) DeleteAll(ctx context.Context, params *backends.DeleteAllParams) (*backends.DeleteAllResult, error) {
	t, db, _, err := c.lockState(ctx, false)
	if err != nil {
		return nil, err
	}

	if t == nil {
		return c.deleteAllStock(ctx, params)
	}

	defer t.writeMu.Unlock()

	res, err := c.deleteAllStock(ctx, params)
	if err != nil || params.RecordIDs != nil || len(params.IDs) == 0 {
		return res, err
	}

	if v, _ := t.snapshot(); len(v.side) == 0 {
		return res, nil
	}

	err = db.InTransaction(ctx, func(tx *fsql.Tx) error {
		for ids := params.IDs; len(ids) > 0; {
			n := min(len(ids), idsPerStatement)
			args := make([]any, n)

			for i, id := range ids[:n] {
				args[i] = string(must.NotFail(sjson.MarshalSingleValue(id)))
			}

			if _, err := tx.ExecContext(ctx, fmt.Sprintf(`DELETE FROM %q WHERE id IN (%s)`, t.side, placeholders(n)), args...); err != nil {
				return lazyerrors.Error(err)
			}

			ids = ids[n:]
		}

		return nil
	})
	if err != nil {
		return nil, err
	}

	return res, nil
}

// generation reads a counter of every collection's view changes (a query compares its own
// collection's: fieldView.changedSince).
func generation() uint64 {
	fields.mu.Lock()
	defer fields.mu.Unlock()

	return fields.gen
}
