import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { OrganizationRequestsDocument, type RequestStatus } from '../generated/operations';
import { RequestCategoryLabel, RequestChannelLabel, RequestStatusLabel } from '../generated/labels';
import { Link, navigate, useLocation } from '../router';
import { Badge, ErrorState, formatDateTime, Pager, Section, Skeleton } from '../ui';

const PAGE = 20;

/** 群众诉求 · A territory's residents' requests: status, deadline, overdue ones highlighted (filter `?overdue=1`). */
export function RequestsPage({ id }: { id: string }) {
  const { query } = useLocation();
  const status = (query.get('status') || null) as RequestStatus | null;
  const overdue = query.get('overdue') === '1' ? true : null;
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const { data, error, loading, refetch } = useQuery(OrganizationRequestsDocument, {
    variables: { id, status, overdue, first: PAGE, after: cursors[cursors.length - 1] },
  });
  const org = data?.organization;
  const list = org?.requests;
  const go = (s: string | null, o: boolean | null) => {
    setCursors([null]);
    const params = new URLSearchParams();
    if (s) params.set('status', s);
    if (o) params.set('overdue', '1');
    navigate(`/organizations/${id}/requests${params.size ? `?${params}` : ''}`, true);
  };
  return (
    <>
      <h1>
        群众诉求 <span className="muted">{org?.name ?? ''}</span>
      </h1>
      <div className="toolbar">
        <label>
          状态
          <select name="status" value={status ?? ''} onChange={(e) => go(e.target.value || null, overdue)}>
            <option value="">全部</option>
            {(Object.keys(RequestStatusLabel) as RequestStatus[]).map((s) => (
              <option key={s} value={s}>
                {RequestStatusLabel[s]}
              </option>
            ))}
          </select>
        </label>
        <label className="check">
          <input type="checkbox" name="overdue" checked={!!overdue} onChange={(e) => go(status, e.target.checked || null)} /> 只看超期
        </label>
      </div>
      <Section title="诉求">
        {error && !list ? (
          <ErrorState error={error} retry={() => void refetch()} />
        ) : !list ? (
          <Skeleton rows={PAGE} />
        ) : list.nodes.length === 0 ? (
          <p className="muted">没有符合条件的诉求</p>
        ) : (
          <div className="table-wrap">
            <table className="list" data-testid="requests">
              <thead>
                <tr>
                  <th>类别</th>
                  <th>内容</th>
                  <th>网格</th>
                  <th>状态</th>
                  <th>登记</th>
                  <th>办结时限</th>
                </tr>
              </thead>
              <tbody>
                {list.nodes.map((r) => (
                  <tr key={r.id} className={r.overdue ? 'overdue' : undefined} data-overdue={r.overdue || undefined}>
                    <td data-label="类别">{RequestCategoryLabel[r.category]}</td>
                    <td data-label="内容">
                      <Link to={`/requests/${r.id}`}>{r.description}</Link>
                      <span className="muted"> · {RequestChannelLabel[r.channel]}</span>
                    </td>
                    <td data-label="网格">{r.grid?.name ?? '—'}</td>
                    <td data-label="状态">
                      <Badge>{RequestStatusLabel[r.status]}</Badge>
                      {r.handledBy ? <span className="muted"> {r.handledBy.name}</span> : null}
                    </td>
                    <td data-label="登记">{formatDateTime(r.receivedAt)}</td>
                    <td data-label="时限">
                      {formatDateTime(r.deadline)} {r.overdue ? <Badge tone="bad">超期</Badge> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {error && list ? <ErrorState error={error} /> : null}
        <Pager cursors={cursors} endCursor={list?.pageInfo.endCursor} hasNextPage={list?.pageInfo.hasNextPage ?? false} onChange={setCursors} disabled={loading} />
      </Section>
    </>
  );
}
