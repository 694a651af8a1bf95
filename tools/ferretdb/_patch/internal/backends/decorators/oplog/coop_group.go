// coop-graph's addition to FerretDB v1.24.2 (applied at build time, see tools/ferretdb/_patch/edits.json).

package oplog

import (
	"context"

	"github.com/FerretDB/FerretDB/internal/backends"
	"github.com/FerretDB/FerretDB/internal/types"
)

// Group implements backends.Grouper: the handler's collections come through this decorator, which
// writes only; an aggregation goes to the collection it wraps (backends/coop_group.go).
func (c *collection) Group(ctx context.Context, req *backends.GroupRequest) ([]*types.Document, bool, error) {
	return backends.Group(ctx, c.origC, req)
}

// check interfaces
var _ backends.Grouper = (*collection)(nil)
