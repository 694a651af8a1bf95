// coop-graph's addition to FerretDB v1.24.2 (applied at build time, see tools/ferretdb/_patch/edits.json).
//
// `[{$match}, {$group}]` with counts and sums (the dashboards' figures, and countDocuments) is
// answered by one SQLite GROUP BY instead of decoding every matched document in Go. Unlike a find's
// pushdown (coop_pushdown.go), nothing checks the answer afterwards, so it is used only when it is
// exactly the handler's answer; anything else returns ok false and the handler runs the stages:
//   - every condition of the $match is written in SQL exactly (exactConditions), on fields that hold
//     no arrays (per the kinds coop_fields.go tracks) and whose other kinds can't share a value's JSON
//     text (a string and an ObjectId are both `"…"`, a number and a date both digits);
//   - the group key is a constant, `$path` or `{name: $path, …}` over such fields holding scalars;
//     SQL groups by the values' JSON texts, which are equal exactly when the values are, except for
//     numbers: -0 and 0, or an int64 and a double above 2^53, are equal with different texts, and an
//     int and a double with the same text are one group whose key takes the first document's type.
//     A group whose documents' key values differ in type or text, or a number key that is -0 or above
//     2^53, sends the whole aggregation back to the handler;
//   - `$sum` of an int32, int64 or double constant, or of `$path` (coop_sum: the types come from the
//     document's sjson schema, integers are summed exactly, doubles in the order the stock build reads
//     the documents, rowid order), and `$count: {}`.
// Groups come in the order of their first document, as the handler's do.

package sqlite

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"math"
	"math/big"
	"regexp"
	"strconv"
	"strings"
	"time"

	msqlite "modernc.org/sqlite"

	"github.com/FerretDB/FerretDB/internal/backends"
	"github.com/FerretDB/FerretDB/internal/backends/sqlite/metadata"
	"github.com/FerretDB/FerretDB/internal/handler/sjson"
	"github.com/FerretDB/FerretDB/internal/types"
	"github.com/FerretDB/FerretDB/internal/util/fsql"
	"github.com/FerretDB/FerretDB/internal/util/lazyerrors"
	"github.com/FerretDB/FerretDB/internal/util/must"
)

func init() {
	// Every connection is opened after this (the pool opens them on demand).
	must.NoError(msqlite.RegisterFunction("coop_sum", &msqlite.FunctionImpl{
		NArgs:         2,
		Deterministic: true,
		MakeAggregate: func(msqlite.FunctionContext) (msqlite.AggregateFunction, error) { return new(sumAggregate), nil },
	}))
	must.NoError(msqlite.RegisterDeterministicScalarFunction("coop_number", 1, coopNumber))
}

// coopNumber reads a number's JSON text as sjson does (strconv), exactly: an integer literal as the
// int64 it is, anything else as the float64 strconv rounds it to. SQLite's own reading of decimals
// is not guaranteed to round as strconv does; it then compares INTEGER and REAL exactly.
// Non-numbers (null, missing) are NULL.
func coopNumber(_ *msqlite.FunctionContext, args []driver.Value) (driver.Value, error) {
	text, ok := sqlText(args[0])
	if !ok || text == "" || !(text[0] == '-' || text[0] >= '0' && text[0] <= '9') {
		return nil, nil
	}

	if n, err := strconv.ParseInt(text, 10, 64); err == nil {
		return n, nil
	}

	f, err := strconv.ParseFloat(text, 64)
	if err != nil {
		return nil, nil
	}

	return f, nil
}

func sqlText(v driver.Value) (string, bool) {
	switch v := v.(type) {
	case string:
		return v, true
	case []byte:
		return string(v), true
	default:
		return "", false
	}
}

// sumAggregate is coop_sum(type, text): a $sum over the values of one field, by their sjson types.
type sumAggregate struct {
	ints              big.Int
	floats            float64
	hasFloat, hasLong bool
}

func (s *sumAggregate) Step(_ *msqlite.FunctionContext, args []driver.Value) error {
	t, _ := sqlText(args[0])
	text, _ := sqlText(args[1])

	switch t {
	case "int", "long":
		n, err := strconv.ParseInt(text, 10, map[string]int{"int": 32, "long": 64}[t])
		if err != nil {
			return lazyerrors.Error(err)
		}

		s.ints.Add(&s.ints, big.NewInt(n))
		s.hasLong = s.hasLong || t == "long"
	case "double":
		f, err := strconv.ParseFloat(text, 64)
		if err != nil {
			return lazyerrors.Error(err)
		}

		s.floats += f
		s.hasFloat = true
	}

	return nil // not a number: $sum leaves it out
}

func (s *sumAggregate) WindowInverse(*msqlite.FunctionContext, []driver.Value) error {
	return errors.New("coop_sum is not a window function")
}

func (s *sumAggregate) WindowValue(*msqlite.FunctionContext) (driver.Value, error) {
	return encodeNumber(sumValue(&s.ints, s.floats, s.hasFloat, s.hasLong)), nil
}

func (s *sumAggregate) Final(*msqlite.FunctionContext) {}

// sumValue is a $sum's result as the handler's $sum gives it: the integers summed exactly and the
// doubles in order; an int32 unless an int64 was summed or the total needs one; a double when a
// double was summed or the total exceeds int64 (the integers rounded once, then the doubles added).
func sumValue(ints *big.Int, floats float64, hasFloat, hasLong bool) any {
	if hasFloat || !ints.IsInt64() {
		f, _ := new(big.Float).SetInt(ints).Float64()
		return f + floats
	}

	n := ints.Int64()
	if !hasLong && n >= math.MinInt32 && n <= math.MaxInt32 {
		return int32(n)
	}

	return n
}

// encodeNumber passes a number out of SQLite with its type (decodeNumber reads it back).
func encodeNumber(v any) string {
	switch v := v.(type) {
	case int32:
		return "i" + strconv.FormatInt(int64(v), 10)
	case int64:
		return "l" + strconv.FormatInt(v, 10)
	default:
		return "d" + strconv.FormatUint(math.Float64bits(v.(float64)), 16)
	}
}

func decodeNumber(s string) (any, error) {
	if s == "" {
		return nil, lazyerrors.New("empty sum")
	}

	switch s[0] {
	case 'i':
		n, err := strconv.ParseInt(s[1:], 10, 32)
		return int32(n), err
	case 'l':
		return strconv.ParseInt(s[1:], 10, 64)
	default:
		bits, err := strconv.ParseUint(s[1:], 16, 64)
		return math.Float64frombits(bits), err
	}
}

// plainPart: path parts written into SQL (JSON paths, sjson schema paths) without quoting questions.
var plainPart = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

// exactPath: a field that names one value per document in SQL (pushablePath) and holds no array.
func exactPath(field string, v fieldView) bool {
	for _, part := range strings.Split(field, ".") {
		if !plainPart.MatchString(part) {
			return false
		}
	}

	return pushablePath(field, v) && v.kinds[field]&kindArray == 0
}

// typeExpression is the sjson type of a field's value ("int", "long", "double", "string", …), NULL
// when the field is missing.
func typeExpression(field string) string {
	path := "$"
	for _, part := range strings.Split(field, ".") {
		path += `."$s".p."` + part + `"`
	}

	return fmt.Sprintf(`%s->>'%s.t'`, metadata.DefaultColumn, path)
}

// typedExpression is "type text" of a group key's value (decodeTyped reads it back), `missing` when
// the field is missing. Where every value the field has ever held is of one sjson type, null never
// among them (the kinds coop_fields.go tracks only grow), the type is written as a constant: reading it
// from the document's "$s" schema made SQLite walk each row's JSON once more. Numbers are one kind for
// int, long and double, so theirs is read, as is any type beside null.
func typedExpression(path, expr, missing string, kinds uint16) string {
	static := map[uint16]string{
		kindOrderedString: "string", kindOtherString: "string", kindOrderedString | kindOtherString: "string",
		kindObjectID: "objectId", kindBool: "bool",
		kindOrderedDate: "date", kindOtherDate: "date", kindOrderedDate | kindOtherDate: "date",
	}[kinds]

	if static != "" {
		return fmt.Sprintf("coalesce('%s ' || (%s), %s)", static, expr, missing)
	}

	// (`||` binds as tightly as `->`: the parentheses keep the concatenation off the paths.)
	return fmt.Sprintf("coalesce((%s) || ' ' || (%s), %s)", typeExpression(path), expr, missing)
}

// exactConditions are conditions that select exactly the documents the filter matches, or ok
// false. Supported: `$and`, and per field a value, `$eq`, `$ne`, `$in` of values, and `$gt`, `$gte`,
// `$lt`, `$lte` of numbers or of a kind whose JSON text orders like its values.
func exactConditions(filter *types.Document, v fieldView) ([]string, []any, bool) {
	var conds []string
	var args []any

	values := filter.Values()

	for i, field := range filter.Keys() {
		if field == "$and" {
			arr, ok := values[i].(*types.Array)
			if !ok || arr.Len() == 0 {
				return nil, nil, false
			}

			for j := 0; j < arr.Len(); j++ {
				clause, ok := must.NotFail(arr.Get(j)).(*types.Document)
				if !ok {
					return nil, nil, false
				}

				c, a, ok := exactConditions(clause, v)
				if !ok {
					return nil, nil, false
				}

				conds, args = append(conds, c...), append(args, a...)
			}

			continue
		}

		if !exactPath(field, v) {
			return nil, nil, false
		}

		c, a, ok := exactFieldConditions(fieldExpression(field), values[i], v.kinds[field])
		if !ok {
			return nil, nil, false
		}

		conds, args = append(conds, c...), append(args, a...)
	}

	return conds, args, true
}

func exactFieldConditions(expr string, condition any, kinds uint16) ([]string, []any, bool) {
	ops, isDoc := condition.(*types.Document)
	if !isDoc {
		c, a, ok := equalCondition(expr, []any{condition}, kinds, false)
		return []string{c}, a, ok
	}

	if ops.Len() == 0 {
		return nil, nil, false // equality with an empty document
	}

	var conds []string
	var args []any

	values := ops.Values()

	for i, op := range ops.Keys() {
		var c string
		var a []any
		ok := false

		switch op {
		case "$eq", "$ne":
			c, a, ok = equalCondition(expr, []any{values[i]}, kinds, op == "$ne")
		case "$in":
			if arr, isArr := values[i].(*types.Array); isArr && arr.Len() > 0 {
				elems := make([]any, arr.Len())
				for j := range elems {
					elems[j] = must.NotFail(arr.Get(j))
				}

				c, a, ok = equalCondition(expr, elems, kinds, false)
			}
		case "$gt", "$gte", "$lt", "$lte":
			c, a, ok = rangeCondition(expr, op, values[i], kinds)
		}

		if !ok {
			return nil, nil, false // another operator, or an embedded document compared whole
		}

		conds, args = append(conds, c), append(args, a...)
	}

	return conds, args, true
}

// collidingKinds are the kinds whose JSON texts can equal those of a value of kind k without the
// values being equal.
func collidingKinds(k uint16) uint16 {
	switch k {
	case kindOrderedString, kindOtherString:
		return kindObjectID | kindOther
	case kindObjectID:
		return kindOrderedString | kindOtherString | kindOther
	case kindNumber:
		return kindOrderedDate | kindOtherDate | kindOther
	case kindOrderedDate, kindOtherDate:
		return kindNumber | kindOther
	default:
		return kindOther
	}
}

// equalCondition: the field equals one of the values (or, negated, none of them). On a field without
// arrays MongoDB's equality is the value's; a stored value equal to v has one of valueTexts(v), and
// no other kind the field holds can have those texts. null also matches a missing field.
func equalCondition(expr string, values []any, kinds uint16, negate bool) (string, []any, bool) {
	if len(values) == 1 && values[0] == types.Null {
		if negate {
			return fmt.Sprintf("(%[1]s IS NOT NULL AND %[1]s <> 'null')", expr), nil, true
		}

		return fmt.Sprintf("(%[1]s IS NULL OR %[1]s = 'null')", expr), nil, true
	}

	var args []any

	for _, v := range values {
		texts, ok := valueTexts(v)
		if !ok || kinds&collidingKinds(kindOf(v)) != 0 {
			return "", nil, false
		}

		for _, text := range texts {
			args = append(args, text)
		}
	}

	in := fmt.Sprintf("%s IN (%s)", expr, placeholders(len(args)))
	if len(args) == 1 {
		in = fmt.Sprintf("%s = ?", expr)
	}

	if negate {
		return fmt.Sprintf("(%s IS NULL OR NOT %s)", expr, in), args, true
	}

	return in, args, true
}

// rangeCondition: MongoDB compares a bound only with values of its type (numbers with numbers). A
// number bound is compared with coop_number of fields that hold only numbers (or null); another
// bound, of a kind whose JSON text orders as its values do, with the texts of fields that hold only
// that kind (or null, excluded by its text).
func rangeCondition(expr, op string, bound any, kinds uint16) (string, []any, bool) {
	sqlOp := map[string]string{"$gt": ">", "$gte": ">=", "$lt": "<", "$lte": "<="}[op]
	k := kindOf(bound)

	switch {
	case k == kindNumber:
		if kinds&^(kindNumber|kindNull) != 0 {
			return "", nil, false
		}

		var arg any

		switch b := bound.(type) {
		case float64:
			if math.IsNaN(b) {
				return "", nil, false
			}
			arg = b
		case int32:
			arg = int64(b)
		case int64:
			arg = b
		}

		return fmt.Sprintf("coop_number(%s) %s ?", expr, sqlOp), []any{arg}, true

	case k == kindOrderedString || k == kindObjectID || k == kindBool || k == kindOrderedDate:
		if kinds&^(k|kindNull) != 0 {
			return "", nil, false
		}

		text := string(must.NotFail(sjson.MarshalSingleValue(bound)))

		return fmt.Sprintf("(%[1]s %[2]s ? AND %[1]s <> 'null')", expr, sqlOp), []any{text}, true
	}

	return "", nil, false
}

// groupAccumulator is one output field of the $group besides _id.
type groupAccumulator struct {
	name     string
	count    bool   // $count: {}
	constant any    // $sum of an int32, int64 or double
	path     string // $sum of "$path"
}

// groupPlan is the SQL of a [$match, $group] and how to read its rows.
type groupPlan struct {
	sql  string
	args []any

	constant any      // _id when it is a constant
	single   bool     // _id: "$path"
	names    []string // _id: {name: "$path", …}
	paths    []string // the key's paths (one for single)
	sums     []groupAccumulator
}

// planGroup writes the SQL of the request, or ok false when it would not be exact.
func planGroup(req *backends.GroupRequest, v fieldView, table string) (*groupPlan, bool) {
	var p groupPlan

	conds, args, ok := exactConditions(req.Filter, v)
	if !ok {
		return nil, false
	}

	keyPath := func(expr any) (string, bool) {
		s, ok := expr.(string)
		if !ok || !strings.HasPrefix(s, "$") || strings.HasPrefix(s, "$$") {
			return "", false
		}

		path := s[1:]

		// Arrays, documents and other kinds are not equal exactly when their texts are.
		return path, exactPath(path, v) && v.kinds[path]&(kindObject|kindOther) == 0
	}

	seen := map[string]bool{}

	groupValues := req.Group.Values()
	for i, name := range req.Group.Keys() {
		if seen[name] {
			return nil, false
		}
		seen[name] = true

		value := groupValues[i]

		if name == "_id" {
			switch key := value.(type) {
			case types.NullType, int32, int64, float64, bool, types.ObjectID, time.Time:
				p.constant = key
			case string:
				path, ok := keyPath(key)
				if !ok {
					return nil, false
				}

				p.single, p.paths = true, []string{path}
			case *types.Document:
				if key.Len() == 0 {
					return nil, false
				}

				keyValues := key.Values()
				for j, keyName := range key.Keys() {
					path, ok := keyPath(keyValues[j])
					if !ok || !plainPart.MatchString(keyName) {
						return nil, false
					}

					p.names, p.paths = append(p.names, keyName), append(p.paths, path)
				}
			default:
				return nil, false
			}

			continue
		}

		acc, ok := value.(*types.Document)
		if !ok || acc.Len() != 1 {
			return nil, false
		}

		a := groupAccumulator{name: name}
		arg := must.NotFail(acc.Get(acc.Command()))

		switch acc.Command() {
		case "$count":
			if d, ok := arg.(*types.Document); !ok || d.Len() != 0 {
				return nil, false
			}

			a.count = true
		case "$sum":
			switch arg := arg.(type) {
			case int32, int64, float64:
				a.constant = arg
			case string:
				if !strings.HasPrefix(arg, "$") || strings.HasPrefix(arg, "$$") || !exactPath(arg[1:], v) {
					return nil, false
				}

				a.path = arg[1:]
			default:
				return nil, false
			}
		default:
			return nil, false
		}

		p.sums = append(p.sums, a)
	}

	if !seen["_id"] {
		return nil, false
	}

	// A missing field is null in `_id: "$f"` and `_id: {name: "$f"}`, as a stored null is; with more
	// names it is left out of the key (the handler's evaluateDocument), unlike a null.
	merged := len(p.paths) == 1

	var cols, groupBy []string

	for _, path := range p.paths {
		expr := fieldExpression(path)
		missing := "NULL"

		if merged {
			missing = "'null null'"
			groupBy = append(groupBy, fmt.Sprintf("coalesce(%s, 'null')", expr))
		} else {
			groupBy = append(groupBy, expr)
		}

		typed := typedExpression(path, expr, missing, v.kinds[path])
		cols = append(cols, fmt.Sprintf("min(%[1]s), max(%[1]s)", typed))
	}

	cols = append(cols, "count(*)")

	for _, a := range p.sums {
		if a.path != "" {
			cols = append(cols, fmt.Sprintf("coop_sum(%s, %s ORDER BY rowid)", typeExpression(a.path), fieldExpression(a.path)))
		}
	}

	p.sql = fmt.Sprintf("SELECT %s FROM %q", strings.Join(cols, ", "), table)
	if len(conds) > 0 {
		p.sql += " WHERE " + strings.Join(conds, " AND ")
	}

	if len(groupBy) > 0 {
		p.sql += " GROUP BY " + strings.Join(groupBy, ", ")
	} else {
		p.sql += " HAVING count(*) > 0" // no documents, no group
	}

	p.sql += " ORDER BY min(rowid)"
	p.args = args

	return &p, true
}

// run reads the groups; exact is false when a group's key is not one value (see the file's comment).
func (p *groupPlan) run(ctx context.Context, db *fsql.DB) (docs []*types.Document, exact bool, err error) {
	rows, err := db.QueryContext(ctx, p.sql, p.args...)
	if err != nil {
		return nil, false, lazyerrors.Error(err)
	}
	defer rows.Close()

	exact = true
	pathSums := 0

	for _, a := range p.sums {
		if a.path != "" {
			pathSums++
		}
	}

	for rows.Next() {
		keys := make([]sql.NullString, 2*len(p.paths))
		sums := make([]string, pathSums)
		var count int64

		dest := make([]any, 0, len(keys)+1+len(sums))
		for i := range keys {
			dest = append(dest, &keys[i])
		}

		dest = append(dest, &count)
		for i := range sums {
			dest = append(dest, &sums[i])
		}

		if err = rows.Scan(dest...); err != nil {
			return nil, false, lazyerrors.Error(err)
		}

		doc, ok, err := p.groupDocument(keys, count, sums)
		if err != nil {
			return nil, false, err
		}

		if !ok {
			exact = false
		}

		docs = append(docs, doc)
	}

	if err = rows.Err(); err != nil {
		return nil, false, lazyerrors.Error(err)
	}

	return docs, exact, nil
}

// groupDocument builds one group's output document as the handler's $group does: _id, then the
// accumulators in their order.
func (p *groupPlan) groupDocument(keys []sql.NullString, count int64, sums []string) (*types.Document, bool, error) {
	var id any = p.constant

	if len(p.paths) > 0 {
		key := must.NotFail(types.NewDocument())

		for i := range p.paths {
			lo, hi := keys[2*i], keys[2*i+1]
			if lo != hi {
				return nil, false, nil // values of different types or texts in one group
			}

			if !lo.Valid {
				continue // missing: left out of a key of several names
			}

			value, ok, err := decodeTyped(lo.String)
			if err != nil || !ok {
				return nil, false, err
			}

			if p.single {
				id = value
				break
			}

			key.Set(p.names[i], value)
		}

		if !p.single {
			id = key
		}
	}

	doc := must.NotFail(types.NewDocument("_id", id))
	next := 0

	for _, a := range p.sums {
		var value any

		switch {
		case a.count:
			value = int32(count) // the handler's $count counts in an int32
		case a.path != "":
			v, err := decodeNumber(sums[next])
			if err != nil {
				return nil, false, lazyerrors.Error(err)
			}

			next++
			value = v
		default:
			value = constantSum(a.constant, count)
		}

		doc.Set(a.name, value)
	}

	return doc, true, nil
}

// constantSum is $sum of a constant over n documents: n times it, as $sum adds it n times.
func constantSum(c any, n int64) any {
	ints := new(big.Int)
	var floats float64

	switch c := c.(type) {
	case int32:
		ints.Mul(big.NewInt(int64(c)), big.NewInt(n))
		return sumValue(ints, 0, false, false)
	case int64:
		ints.Mul(big.NewInt(c), big.NewInt(n))
		return sumValue(ints, 0, false, true)
	default:
		for i := int64(0); i < n; i++ {
			floats += c.(float64)
		}

		return sumValue(ints, floats, true, false)
	}
}

// decodeTyped reads "type text" (the sjson type and the JSON text of a value) as sjson does. ok is
// false for a number whose equal values may have other texts: -0, and beyond 2^53.
func decodeTyped(typed string) (any, bool, error) {
	t, text, found := strings.Cut(typed, " ")
	if !found || !plainPart.MatchString(t) {
		return nil, false, lazyerrors.Errorf("unexpected group key %q", typed)
	}

	doc, err := sjson.Unmarshal([]byte(`{"$s":{"p":{"v":{"t":"` + t + `"}},"$k":["v"]},"v":` + text + `}`))
	if err != nil {
		return nil, false, lazyerrors.Error(err)
	}

	value := must.NotFail(doc.Get("v"))

	switch n := value.(type) {
	case float64:
		if text == "-0" || math.Abs(n) > 1<<53 {
			return nil, false, nil
		}
	case int64:
		if n > 1<<53 || n < -(1<<53) {
			return nil, false, nil
		}
	}

	return value, true, nil
}

// Group implements backends.Grouper.
func (c *collection) Group(ctx context.Context, req *backends.GroupRequest) ([]*types.Document, bool, error) {
	db := c.r.DatabaseGetExisting(ctx, c.dbName)
	meta := c.r.CollectionGet(ctx, c.dbName, c.name)

	if db == nil || meta == nil || meta.Capped() {
		return nil, false, nil
	}

	// As in Query: the plan rests on the view; a write that changed it before SQLite's snapshot
	// (taken by the statement, which reads every row before the first comes out) shows in gen.
	for attempt := 0; attempt < 3; attempt++ {
		view, gen, err := c.view(ctx, db, meta)
		if errors.Is(err, errCollectionGone) {
			return nil, false, nil
		}

		if err != nil {
			return nil, false, err
		}

		plan, ok := planGroup(req, view, meta.TableName)
		if !ok {
			return nil, false, nil
		}

		docs, exact, err := plan.run(ctx, db)
		if err != nil {
			return nil, false, err
		}

		if view.changedSince(gen) {
			continue
		}

		return docs, exact, nil
	}

	return nil, false, nil
}

// check interfaces
var _ backends.Grouper = (*collection)(nil)
