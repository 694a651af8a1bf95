// coop-graph's addition to FerretDB v1.24.2 (applied at build time, see tools/ferretdb/_patch/edits.json).

package handler

import (
	"context"

	"github.com/FerretDB/FerretDB/internal/backends"
	"github.com/FerretDB/FerretDB/internal/types"
	"github.com/FerretDB/FerretDB/internal/util/iterator"
)

// coopProcessStages answers `[{$match}, {$group}]` from the backend when it can do so exactly (the
// SQLite backend: coop_group.go), and runs the stages over the documents otherwise. The stages
// were parsed and validated before, so an invalid pipeline still fails as it did.
func (h *Handler) coopProcessStages(ctx context.Context, closer *iterator.MultiCloser, p *stagesDocumentsParams, raw []any) (types.DocumentsIterator, error) { //nolint:lll // for readability
	if req := groupRequest(h, raw); req != nil {
		docs, ok, err := backends.Group(ctx, p.c, req)
		if err != nil {
			closer.Close()
			return nil, err
		}

		if ok {
			iter := iterator.Values(iterator.ForSlice(docs))
			closer.Add(iter)

			return iter, nil
		}
	}

	return processStagesDocuments(ctx, closer, p)
}

// groupRequest reads a pipeline of exactly a $match and a $group (what the project's dashboards and
// countDocuments send); other pipelines get nil.
func groupRequest(h *Handler, raw []any) *backends.GroupRequest {
	if h.DisablePushdown || len(raw) != 2 {
		return nil
	}

	stage := func(v any, name string) *types.Document {
		d, ok := v.(*types.Document)
		if !ok || d.Len() != 1 || d.Command() != name {
			return nil
		}

		arg, _ := d.Get(name)
		doc, _ := arg.(*types.Document)

		return doc
	}

	match, group := stage(raw[0], "$match"), stage(raw[1], "$group")
	if match == nil || group == nil {
		return nil
	}

	return &backends.GroupRequest{Filter: match, Group: group}
}
