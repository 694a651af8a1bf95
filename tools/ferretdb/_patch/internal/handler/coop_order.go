// coop-graph's addition to FerretDB v1.24.2 (applied at build time, see tools/ferretdb/_patch/edits.json).

package handler

import (
	"context"

	"github.com/FerretDB/FerretDB/internal/backends"
	"github.com/FerretDB/FerretDB/internal/handler/common"
)

// coopQuery runs a find's backend query, asking the backend to return the documents in the find's
// sort order. When the backend did, the returned parameters carry no sort, so that makeFindIter
// neither buffers nor re-sorts the documents (the filter is still checked on every document).
func (h *Handler) coopQuery(ctx context.Context, coll backends.Collection, qp *backends.QueryParams, params *common.FindParams) (*backends.QueryResult, *common.FindParams, error) { //nolint:lll // for readability
	if h.DisablePushdown || params.Sort.Len() == 0 || qp.Sort.Len() != 0 {
		res, err := coll.Query(ctx, qp)
		return res, params, err
	}

	orderCtx, order := backends.WithOrder(ctx, params.Sort)

	res, err := coll.Query(orderCtx, qp)
	if err != nil || !order.Applied {
		return res, params, err
	}

	sorted := *params
	sorted.Sort = nil

	return res, &sorted, nil
}

// coopExplainContext asks the backend to explain a find with its sort (aggregations sort in memory).
func (h *Handler) coopExplainContext(ctx context.Context, params *common.ExplainParams) context.Context {
	if h.DisablePushdown || params.Aggregate || params.Sort.Len() == 0 {
		return ctx
	}

	orderCtx, _ := backends.WithOrder(ctx, params.Sort)

	return orderCtx
}
