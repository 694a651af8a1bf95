// coop-graph's addition to FerretDB v1.24.2 (applied at build time, see tools/ferretdb/_patch/edits.json).

package backends

import (
	"context"

	"github.com/FerretDB/FerretDB/internal/types"
)

// GroupRequest is an aggregation of the shape `[{$match: Filter}, {$group: Group}]`, which a backend
// may answer whole (handler/coop_aggregate.go). A backend answers it only when its answer is exactly
// the one the handler would compute from the documents; otherwise the handler runs the stages.
type GroupRequest struct {
	Filter *types.Document
	Group  *types.Document
}

// Grouper is a Collection that can answer a GroupRequest. ok is false when it does not (nothing
// was read then).
type Grouper interface {
	Group(ctx context.Context, req *GroupRequest) (docs []*types.Document, ok bool, err error)
}

// Group asks the collection to answer the request; the handler passes the collection it got
// from the backend, which wraps the backend's own.
func Group(ctx context.Context, c Collection, req *GroupRequest) ([]*types.Document, bool, error) {
	if cc, ok := c.(*collectionContract); ok {
		c = cc.c
	}

	g, ok := c.(Grouper)
	if !ok {
		return nil, false, nil
	}

	return g.Group(ctx, req)
}

type groupRequestKey struct{}

// WithGroup returns a context that asks Explain for the plan of the request instead of its filter's.
func WithGroup(ctx context.Context, req *GroupRequest) context.Context {
	return context.WithValue(ctx, groupRequestKey{}, req)
}

// RequestedGroup returns the request Explain was asked about, or nil.
func RequestedGroup(ctx context.Context) *GroupRequest {
	req, _ := ctx.Value(groupRequestKey{}).(*GroupRequest)
	return req
}
