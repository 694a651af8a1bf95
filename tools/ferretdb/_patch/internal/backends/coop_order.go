// coop-graph's addition to FerretDB v1.24.2 (applied at build time, see tools/ferretdb/_patch/edits.json).

package backends

import (
	"context"

	"github.com/FerretDB/FerretDB/internal/types"
)

// OrderRequest carries a find's sort document to a backend that can return documents already in that
// order (QueryParams.Sort may only hold $natural, so the request travels beside it in the context).
// The backend sets Applied when it did; the handler then skips its own in-memory sort, and reads
// the rows only until skip + limit documents have passed its filter (handler/coop_order.go).
type OrderRequest struct {
	Sort    *types.Document
	Applied bool
}

type orderRequestKey struct{}

// WithOrder returns a context asking the backend for the given order.
func WithOrder(ctx context.Context, sort *types.Document) (context.Context, *OrderRequest) {
	req := &OrderRequest{Sort: sort}
	return context.WithValue(ctx, orderRequestKey{}, req), req
}

// RequestedOrder returns the order asked for in the context, or nil.
func RequestedOrder(ctx context.Context) *OrderRequest {
	req, _ := ctx.Value(orderRequestKey{}).(*OrderRequest)
	return req
}
