// coop-graph's addition to FerretDB v1.24.2 (applied at build time, see tools/ferretdb/_patch/edits.json).
//
// Stock v1.24.2 sends SQLite only `_id` equality (and in a form its index does not match), so every
// other query reads and decodes the whole collection. This file puts top-level equality and `$in`
// into the WHERE clause and the find's sort into ORDER BY, both written exactly as the collection's
// indexes are (`_ferretdb_sjson->"field"`, the JSON text of the value), so SQLite answers from them.
//
// What is pushed is only ever a superset of the answer: the handler still checks its filter on every
// row that comes back. Two facts about the stored JSON text decide what may be pushed, and they
// depend on the values a collection holds, so they are tracked per collection and top-level field
// (coop_fields.go):
//   - MongoDB's `{f: v}` also matches a document whose f is an array containing v; the JSON text of
//     an array never equals v's, so on a field that holds arrays equality is asked of the field's
//     membership table (one row per element) where it leads an index, and is not pushed otherwise.
//   - JSON text orders like BSON only for some values: ObjectIds (24 hex digits), booleans, dates of
//     13-digit milliseconds (2001-09-09 to 2286-11-20), and strings without characters that JSON
//     escapes or that sort below its closing quote. ORDER BY is pushed only on fields whose values,
//     in every document, are all of one of those kinds (or missing).

package sqlite

import (
	"context"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/FerretDB/FerretDB/internal/backends"
	"github.com/FerretDB/FerretDB/internal/backends/sqlite/metadata"
	"github.com/FerretDB/FerretDB/internal/handler/sjson"
	"github.com/FerretDB/FerretDB/internal/types"
	"github.com/FerretDB/FerretDB/internal/util/iterator"
	"github.com/FerretDB/FerretDB/internal/util/lazyerrors"
	"github.com/FerretDB/FerretDB/internal/util/must"
)

// Kinds of top-level values, as a bit set per field.
const (
	kindArray uint16 = 1 << iota
	kindObject
	kindNull
	kindNumber
	kindOrderedString // JSON text orders like the string
	kindOtherString
	kindObjectID
	kindBool
	kindOrderedDate // 13-digit milliseconds
	kindOtherDate
	kindOther // binary, regex, timestamp
)

var kindNamesInOrder = []string{
	"array", "object", "null", "number", "string", "escaped string", "objectId", "bool", "date", "date before 2001", "other",
}

func kindNames(kinds uint16) *types.Array {
	names := types.MakeArray(0)

	for i, name := range kindNamesInOrder {
		if kinds&(1<<i) != 0 {
			names.Append(name)
		}
	}

	return names
}

// orderedKinds are the kinds whose JSON text orders like BSON among values of the same kind.
var orderedKinds = []uint16{kindOrderedString, kindObjectID, kindBool, kindOrderedDate}

func kindOf(v any) uint16 {
	switch v := v.(type) {
	case *types.Array:
		return kindArray
	case *types.Document:
		return kindObject
	case types.NullType:
		return kindNull
	case float64, int32, int64:
		return kindNumber
	case string:
		if stringOrdersAsJSON(v) {
			return kindOrderedString
		}
		return kindOtherString
	case types.ObjectID:
		return kindObjectID
	case bool:
		return kindBool
	case time.Time:
		if ms := v.UnixMilli(); ms >= 1e12 && ms < 1e13 {
			return kindOrderedDate
		}
		return kindOtherDate
	default:
		return kindOther
	}
}

// stringOrdersAsJSON tells whether the string's JSON text (as encoding/json writes it) compares with
// other such texts as the strings do: nothing escaped, and no byte below the closing quote's 0x22
// (a shorter string's quote must sort before any continuation of it).
func stringOrdersAsJSON(s string) bool {
	if !utf8.ValidString(s) {
		return false
	}

	for _, r := range s {
		switch {
		case r <= '"', r == '\\', r == '<', r == '>', r == '&', r == '\u2028', r == '\u2029':
			return false
		}
	}

	return true
}

// pushdown is the SQL a query is narrowed and ordered by.
type pushdown struct {
	where   string
	args    []any
	orderBy string
}

// planPushdown writes the WHERE clause for the filter's top-level equalities and `$in`s that SQLite
// can answer exactly as stored, and the ORDER BY for the sort when every key orders as JSON text.
func planPushdown(filter, sort *types.Document, v fieldView) pushdown {
	var p pushdown

	conds, args := whereConditions(filter, v)
	p.args = args

	if len(conds) > 0 {
		p.where = " WHERE " + strings.Join(conds, " AND ")
	}

	p.orderBy = orderByClause(sort, v)

	return p
}

// fieldExpression is the expression the registry indexes a field by (`a.b` as `->"a"->"b"`).
func fieldExpression(field string) string {
	expr := metadata.DefaultColumn
	for _, part := range strings.Split(field, ".") {
		expr += fmt.Sprintf("->%q", part)
	}

	return expr
}

// pushablePath: a top-level field, or `a.b` where no document holds an array (or anything but an
// embedded document) at `a`: then `a.b` names one value per document, as a top-level field does.
// Deeper paths and numeric parts (array positions) are left to the handler.
func pushablePath(field string, v fieldView) bool {
	if strings.HasPrefix(field, "$") {
		return false
	}

	parts := strings.Split(field, ".")

	switch len(parts) {
	case 1:
		return true
	case 2:
		if parts[0] == "" || parts[1] == "" || strings.HasPrefix(parts[1], "$") || strings.Trim(parts[1], "0123456789") == "" {
			return false
		}

		return v.kinds[parts[0]]&^kindObject == 0
	default:
		return false
	}
}

// sqlCondition is one condition of a WHERE clause with its arguments.
type sqlCondition struct {
	sql  string
	args []any
}

// whereConditions are the conditions to AND for a filter. An `$or` is pushed only when nothing else
// of its level is: SQLite then needs it to read an index at all, and otherwise it only adds lookups
// (the handler checks it on each row anyway).
func whereConditions(filter *types.Document, v fieldView) ([]string, []any) {
	var ors []sqlCondition

	conds, args := filterConditions(filter, v, nil, nil, &ors)
	if len(conds) == 0 {
		for _, or := range ors {
			conds = append(conds, or.sql)
			args = append(args, or.args...)
		}
	}

	return conds, args
}

func filterConditions(filter *types.Document, v fieldView, conds []string, args []any, ors *[]sqlCondition) ([]string, []any) {
	if filter == nil {
		return conds, args
	}

	values := filter.Values()

	for i, field := range filter.Keys() {
		switch field {
		case "$and":
			for _, clause := range clauses(values[i]) {
				conds, args = filterConditions(clause, v, conds, args, ors)
			}

			continue
		case "$or":
			// Each branch narrowed by what it pushes; the union of those is a superset of the $or, but
			// only if every branch pushes something (a branch that pushes nothing matches anything).
			branches := clauses(values[i])
			alternatives := make([]string, 0, len(branches))
			var orArgs []any

			for _, branch := range branches {
				branchConds, branchArgs := whereConditions(branch, v)
				if len(branchConds) == 0 {
					alternatives = nil
					break
				}

				alternatives = append(alternatives, "("+strings.Join(branchConds, " AND ")+")")
				orArgs = append(orArgs, branchArgs...)
			}

			if len(alternatives) > 0 {
				*ors = append(*ors, sqlCondition{sql: "(" + strings.Join(alternatives, " OR ") + ")", args: orArgs})
			}

			continue
		}

		if !pushablePath(field, v) {
			continue
		}

		expr := fieldExpression(field)
		holdsArrays := v.kinds[field]&kindArray != 0

		if texts, ok := equalTexts(values[i]); ok {
			placeholders := strings.TrimSuffix(strings.Repeat("?, ", len(texts)), ", ")
			for _, text := range texts {
				args = append(args, text)
			}

			switch side := v.side[field]; {
			case !holdsArrays && len(texts) == 1:
				// `=`, not `IN (?)`: SQLite then knows the field is constant and reads an index whose
				// next column is the sort key in order (no temporary B-tree over every matching row).
				conds = append(conds, fmt.Sprintf("%s = ?", expr))
			case !holdsArrays:
				conds = append(conds, fmt.Sprintf("%s IN (%s)", expr, placeholders))
			case side != "":
				// Membership, as MongoDB's multikey index answers it (coop_fields.go). `+id` drops the
				// column's TEXT affinity, which would keep SQLite from the _id expression index.
				conds = append(conds, fmt.Sprintf("%s IN (SELECT +id FROM %q WHERE v IN (%s) AND f = ?)", fieldExpression("_id"), side, placeholders))
				args = append(args, field)
			default:
				args = args[:len(args)-len(texts)]
			}

			continue
		}

		if holdsArrays {
			continue
		}

		rangeConds, rangeArgs := rangeConditions(expr, values[i], v.kinds[field])
		conds = append(conds, rangeConds...)
		args = append(args, rangeArgs...)
	}

	return conds, args
}

// clauses returns the documents of an $and or $or array.
func clauses(v any) []*types.Document {
	arr, ok := v.(*types.Array)
	if !ok {
		return nil
	}

	out := make([]*types.Document, 0, arr.Len())

	for j := 0; j < arr.Len(); j++ {
		if clause, ok := must.NotFail(arr.Get(j)).(*types.Document); ok {
			out = append(out, clause)
		}
	}

	return out
}

// rangeConditions pushes $gt, $gte, $lt, $lte and an anchored literal $regex on a field whose values
// are all of one ordered kind, with a bound of that same kind: MongoDB compares only values of the
// bound's kind, and among them JSON text orders as BSON does.
func rangeConditions(expr string, condition any, fieldKinds uint16) ([]string, []any) {
	doc, ok := condition.(*types.Document)
	if !ok || fieldKinds == 0 || !ordersAsJSON(fieldKinds) {
		return nil, nil
	}

	var conds []string
	var args []any

	values := doc.Values()
	for i, op := range doc.Keys() {
		sqlOp := map[string]string{"$gt": ">", "$gte": ">=", "$lt": "<", "$lte": "<="}[op]

		switch {
		case sqlOp != "":
			if kindOf(values[i]) != fieldKinds {
				continue
			}

			conds = append(conds, fmt.Sprintf("%s %s ?", expr, sqlOp))
			args = append(args, string(must.NotFail(sjson.MarshalSingleValue(values[i]))))
		case op == "$regex" && fieldKinds == kindOrderedString:
			prefix, ok := literalPrefix(values[i], doc)
			if !ok {
				continue
			}

			// Strings that start with prefix are the JSON texts from `"prefix` up to, not including,
			// `"prefiy` (the last byte raised by one).
			upper := prefix[:len(prefix)-1] + string(prefix[len(prefix)-1]+1)
			conds = append(conds, fmt.Sprintf("%s >= ?", expr), fmt.Sprintf("%s < ?", expr))
			args = append(args, `"`+prefix, `"`+upper)
		}
	}

	return conds, args
}

// literalPrefix reads `^abc` (letters, digits, '_' and '-', no options) as the prefix abc.
func literalPrefix(pattern any, doc *types.Document) (string, bool) {
	var source string

	switch p := pattern.(type) {
	case string:
		source = p
	case types.Regex:
		if p.Options != "" {
			return "", false
		}
		source = p.Pattern
	default:
		return "", false
	}

	if options, _ := doc.Get("$options"); options != nil && options != "" {
		return "", false
	}

	if !strings.HasPrefix(source, "^") || len(source) < 2 {
		return "", false
	}

	prefix := source[1:]
	for _, r := range prefix {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' || r == '-') {
			return "", false
		}
	}

	return prefix, true
}

// equalTexts returns the JSON texts that a stored value equal to the condition can have: the
// condition is a value, or an operator document whose `$eq` and `$in` narrow it (other operators are
// left to the handler).
func equalTexts(condition any) ([]string, bool) {
	doc, isDoc := condition.(*types.Document)
	if !isDoc {
		return valueTexts(condition)
	}

	var texts []string
	narrowed := false

	values := doc.Values()
	for i, op := range doc.Keys() {
		if !strings.HasPrefix(op, "$") {
			return nil, false // an embedded document, compared whole
		}

		var candidates []string

		switch op {
		case "$eq":
			t, ok := valueTexts(values[i])
			if !ok {
				continue
			}
			candidates = t
		case "$in":
			arr, ok := values[i].(*types.Array)
			if !ok || arr.Len() == 0 {
				continue
			}

			usable := true
			for j := 0; j < arr.Len(); j++ {
				t, ok := valueTexts(must.NotFail(arr.Get(j)))
				if !ok {
					usable = false
					break
				}
				candidates = append(candidates, t...)
			}

			if !usable {
				continue
			}
		default:
			continue
		}

		if narrowed {
			// Two narrowing operators: either one is a superset of the answer; keep the first.
			continue
		}

		texts, narrowed = candidates, true
	}

	return texts, narrowed
}

// valueTexts returns the JSON texts of the stored values that equal v in MongoDB's comparison.
func valueTexts(v any) ([]string, bool) {
	switch v := v.(type) {
	case string, types.ObjectID, bool, time.Time:
		return []string{string(must.NotFail(sjson.MarshalSingleValue(v)))}, true
	case int32:
		return numberTexts(float64(v))
	case int64:
		if v > 1<<53 || v < -(1<<53) {
			return nil, false
		}
		return numberTexts(float64(v))
	case float64:
		return numberTexts(v)
	default:
		return nil, false
	}
}

// numberTexts: an int32, int64 or double that equals f. Integers below 2^53 are written alike by all
// three (a double by encoding/json's shortest form); zero also as -0; other doubles only as themselves.
func numberTexts(f float64) ([]string, bool) {
	switch {
	case math.IsNaN(f), math.IsInf(f, 0), math.Abs(f) > 1<<53:
		return nil, false
	case f == 0:
		return []string{"0", "-0"}, true
	case f == math.Trunc(f):
		return []string{strconv.FormatInt(int64(f), 10)}, true
	default:
		return []string{string(must.NotFail(sjson.MarshalSingleValue(f)))}, true
	}
}

func orderByClause(sort *types.Document, v fieldView) string {
	if sort.Len() == 0 {
		return ""
	}

	terms := make([]string, 0, sort.Len())
	values := sort.Values()

	for i, field := range sort.Keys() {
		if !pushablePath(field, v) || !ordersAsJSON(v.kinds[field]) {
			return ""
		}

		dir, ok := values[i].(int64)
		if !ok || (dir != 1 && dir != -1) {
			return ""
		}

		term := fieldExpression(field)
		if dir == -1 {
			term += " DESC"
		}

		terms = append(terms, term)
	}

	return " ORDER BY " + strings.Join(terms, ", ")
}

// ordersAsJSON: a field that is missing everywhere, or holds values of one ordered kind (a missing
// field is SQL NULL, first in ascending order as null is in MongoDB; a stored null is not NULL).
func ordersAsJSON(kinds uint16) bool {
	if kinds == 0 {
		return true
	}

	for _, k := range orderedKinds {
		if kinds == k {
			return true
		}
	}

	return false
}

// Query implements backends.Collection interface.
func (c *collection) Query(ctx context.Context, params *backends.QueryParams) (*backends.QueryResult, error) {
	db := c.r.DatabaseGetExisting(ctx, c.dbName)
	meta := c.r.CollectionGet(ctx, c.dbName, c.name)

	if db == nil || meta == nil || meta.Capped() || params.OnlyRecordIDs {
		return c.queryStock(ctx, params)
	}

	order := backends.RequestedOrder(ctx)

	var sort *types.Document
	if order != nil {
		sort = order.Sort
	}

	// A write of this process that changes the view after it was read, and lands before
	// SQLite's snapshot, could make the pushed SQL miss a document; read the generation again once the
	// first row is read (the snapshot is taken then) and plan again if it moved.
	for attempt := 0; ; attempt++ {
		view, gen, err := c.view(ctx, db, meta)
		if errors.Is(err, errCollectionGone) {
			return c.queryStock(ctx, params) // dropped meanwhile: read what the name holds now, unpushed
		}

		if err != nil {
			return nil, err
		}

		p := planPushdown(params.Filter, sort, view)
		if attempt == 3 {
			p = pushdown{} // never reached in practice: writes change kinds rarely
		}

		q := prepareSelectClause(meta.TableName, params.Comment, false, false) + p.where + p.orderBy
		args := p.args

		if params.Limit != 0 {
			q += ` LIMIT ?`
			args = append(args, params.Limit)
		}

		rows, err := db.QueryContext(ctx, q, args...)
		if err != nil {
			return nil, lazyerrors.Error(err)
		}

		iter := newQueryIterator(ctx, rows, false)

		_, first, firstErr := iter.Next()
		if firstErr != nil && !errors.Is(firstErr, iterator.ErrIteratorDone) {
			iter.Close()
			return nil, firstErr
		}

		if p.where != "" || p.orderBy != "" {
			if view.changedSince(gen) {
				iter.Close()
				continue
			}
		}

		if order != nil && p.orderBy != "" {
			order.Applied = true
		}

		return &backends.QueryResult{Iter: &peekedIterator{first: first, firstErr: firstErr, rest: iter}}, nil
	}
}

// peekedIterator returns the row read to take SQLite's snapshot, then the rest.
type peekedIterator struct {
	first    *types.Document
	firstErr error
	rest     types.DocumentsIterator
	started  bool
	mu       sync.Mutex
}

func (it *peekedIterator) Next() (struct{}, *types.Document, error) {
	it.mu.Lock()
	started := it.started
	it.started = true
	it.mu.Unlock()

	if !started {
		if it.firstErr != nil {
			return struct{}{}, nil, it.firstErr
		}

		return struct{}{}, it.first, nil
	}

	if it.firstErr != nil {
		return struct{}{}, nil, it.firstErr
	}

	return it.rest.Next()
}

func (it *peekedIterator) Close() { it.rest.Close() }

// Explain implements backends.Collection interface: SQLite's plan for the SQL that Query would send.
func (c *collection) Explain(ctx context.Context, params *backends.ExplainParams) (*backends.ExplainResult, error) {
	db := c.r.DatabaseGetExisting(ctx, c.dbName)
	meta := c.r.CollectionGet(ctx, c.dbName, c.name)

	if db == nil || meta == nil || meta.Capped() {
		return c.explainStock(ctx, params)
	}

	view, _, err := c.view(ctx, db, meta)
	if errors.Is(err, errCollectionGone) {
		return c.explainStock(ctx, params)
	}

	if err != nil {
		return nil, err
	}

	var sort *types.Document
	if order := backends.RequestedOrder(ctx); order != nil {
		sort = order.Sort
	}

	p := planPushdown(params.Filter, sort, view)
	sql := prepareSelectClause(meta.TableName, "", false, false) + p.where + p.orderBy
	args := p.args

	if params.Limit != 0 {
		sql += ` LIMIT ?`
		args = append(args, params.Limit)
	}

	// An aggregation that Group answers whole (coop_group.go): the plan of its GROUP BY. Whether
	// Group answers it depends on the group keys too, so the GROUP BY runs to tell.
	group := false

	if req := backends.RequestedGroup(ctx); req != nil {
		if plan, ok := planGroup(req, view, meta.TableName); ok {
			if _, group, err = plan.run(ctx, db); err != nil {
				return nil, err
			}

			sql, args = plan.sql, plan.args
		}
	}

	rows, err := db.QueryContext(ctx, `EXPLAIN QUERY PLAN `+sql, args...)
	if err != nil {
		return nil, lazyerrors.Error(err)
	}
	defer rows.Close()

	plan := types.MakeArray(0)

	for rows.Next() {
		var id, parent, notused int32
		var detail string

		if err = rows.Scan(&id, &parent, &notused, &detail); err != nil {
			return nil, lazyerrors.Error(err)
		}

		plan.Append(fmt.Sprintf("id=%d parent=%d notused=%d detail=%s", id, parent, notused, detail))
	}

	if err = rows.Err(); err != nil {
		return nil, lazyerrors.Error(err)
	}

	// The kinds of value each field of the filter and sort holds: why something was or was not pushed.
	kinds := must.NotFail(types.NewDocument())

	for _, d := range []*types.Document{params.Filter, sort} {
		if d == nil {
			continue
		}

		for _, field := range d.Keys() {
			if !strings.HasPrefix(field, "$") {
				kinds.Set(field, kindNames(view.kinds[field]))
			}
		}
	}

	return &backends.ExplainResult{
		QueryPlanner:   must.NotFail(types.NewDocument("Plan", plan, "SQL", sql, "Kinds", kinds, "GroupPushdown", group)),
		FilterPushdown: p.where != "" || group && params.Filter.Len() > 0,
		SortPushdown:   p.orderBy != "",
		LimitPushdown:  params.Limit != 0,
	}, nil
}
