// coop-graph's addition to FerretDB v1.24.2 (applied at build time, see tools/ferretdb/_patch/edits.json).

package handler

import (
	"context"
	"errors"
	"math"

	"github.com/FerretDB/FerretDB/internal/backends"
	"github.com/FerretDB/FerretDB/internal/handler/common"
	"github.com/FerretDB/FerretDB/internal/types"
	"github.com/FerretDB/FerretDB/internal/util/iterator"
	"github.com/FerretDB/FerretDB/internal/util/lazyerrors"
)

// coopQuery runs a find's backend query, asking the backend to return the documents in the find's
// sort order. When the backend did, the returned parameters carry no sort, so that makeFindIter does
// not re-sort the documents (the filter is still checked on every document), and the documents are
// read now (readOrdered).
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

	docs, err := readOrdered(res.Iter, params)
	if err != nil {
		return nil, nil, err
	}

	sorted := *params
	sorted.Sort = nil

	return &backends.QueryResult{Iter: iterator.Values(iterator.ForSlice(docs))}, &sorted, nil
}

// readOrdered reads the documents of a find whose order the backend applied, and closes the rows
// (and their pool connection) before the first batch goes out, as stock's in-memory sort did: a
// cursor the client never drains holds no connection. With a limit, reading stops once skip + limit
// documents have passed the filter (the documents after them can't be returned); without one, it
// reads every document. Only the documents that pass the filter are kept; the find's own filter,
// skip and limit iterators then run over them as before.
func readOrdered(iter types.DocumentsIterator, params *common.FindParams) ([]*types.Document, error) {
	defer iter.Close()

	want := int64(-1)
	if params.Limit > 0 && params.Skip >= 0 && params.Limit <= math.MaxInt64-params.Skip {
		want = params.Skip + params.Limit
	}

	var docs []*types.Document

	for want < 0 || int64(len(docs)) < want {
		_, doc, err := iter.Next()
		if errors.Is(err, iterator.ErrIteratorDone) {
			break
		}

		if err != nil {
			return nil, lazyerrors.Error(err)
		}

		matches, err := common.FilterDocument(doc, params.Filter)
		if err != nil {
			return nil, lazyerrors.Error(err)
		}

		if matches {
			docs = append(docs, doc)
		}
	}

	return docs, nil
}

// coopExplainContext asks the backend to explain a find with its sort (aggregations sort in memory),
// and an aggregation that the backend may answer whole with that answer's plan (coop_aggregate.go).
func (h *Handler) coopExplainContext(ctx context.Context, params *common.ExplainParams) context.Context {
	if params.Aggregate {
		if req := groupRequest(h, params.StagesDocs); req != nil {
			return backends.WithGroup(ctx, req)
		}

		return ctx
	}

	if h.DisablePushdown || params.Sort.Len() == 0 {
		return ctx
	}

	orderCtx, _ := backends.WithOrder(ctx, params.Sort)

	return orderCtx
}
