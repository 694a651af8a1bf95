// coop-graph's addition to FerretDB v1.24.2 (applied at build time, see tools/ferretdb/_patch/edits.json).

package stages

import (
	"github.com/FerretDB/FerretDB/internal/handler/common/aggregations/operators/accumulators"
	"github.com/FerretDB/FerretDB/internal/types"
	"github.com/FerretDB/FerretDB/internal/util/iterator"
)

// coopAccumulate gives an accumulator its own iterator over the group's documents. Stock $group
// handed every accumulator the same iterator, so all but the first found it exhausted and
// answered as for an empty group (a second $sum came back 0).
func coopAccumulate(accumulator accumulators.Accumulator, docs []*types.Document) (any, error) {
	iter := iterator.Values(iterator.ForSlice(docs))
	defer iter.Close()

	return accumulator.Accumulate(iter)
}
