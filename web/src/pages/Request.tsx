import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { AcceptRequestDocument, RequestPageDocument, ResolveRequestDocument } from '../generated/operations';
import { RequestCategoryLabel, RequestChannelLabel, RequestStatusLabel } from '../generated/labels';
import { Link } from '../router';
import type { Session } from '../session';
import { Badge, ErrorState, formatDateTime, Section, Skeleton, useAction } from '../ui';

/** The request ledger's actions as a clerk names them. */
const ACTION_LABEL: Record<string, string> = {
  RAISE: '登记',
  ACCEPT: '受理',
  WHISTLE: '吹哨',
  REPORT: '报到',
  RESPOND: '答复',
  REQUEST_EXTENSION: '申请延期',
  DECIDE_EXTENSION: '审批延期',
  RESOLVE: '办结',
  RATE: '回访评价',
  ESCALATE: '超期上报',
  TRANSFER: '转办',
  REMIND: '督办',
};
const statusLabel = (s: string | null | undefined) => (s ? (RequestStatusLabel[s as keyof typeof RequestStatusLabel] ?? s) : '');

/**
 * 诉求详情 · A resident's request: its deadline (overdue highlighted), who handles it, the calls of its
 * whistle, its history; a committee or grid worker takes it in hand (受理, first come: 首问负责) and its
 * handler closes it with what was done (办结). The graph decides who may.
 */
export function RequestPage({ id, session }: { id: string; session: Session }) {
  const { data, error, loading, refetch } = useQuery(RequestPageDocument, { variables: { id } });
  const [accept] = useMutation(AcceptRequestDocument);
  const [resolve] = useMutation(ResolveRequestDocument);
  const [resolution, setResolution] = useState('');
  const { act, busy, view } = useAction(() => void refetch());
  const request = data?.request;
  if (!request && loading) return <Skeleton rows={12} />;
  if (!request) return error ? <ErrorState error={error} retry={() => void refetch()} /> : <div className="card">没有这条诉求，或您无权查看</div>;
  const handles = session.role === 'STREET_ADMIN' || session.role === 'COMMUNITY_ADMIN' || session.role === 'GRID_WORKER' || session.role === 'DEPARTMENT_ADMIN';
  return (
    <>
      <h1>
        {RequestCategoryLabel[request.category]} <Badge>{RequestStatusLabel[request.status]}</Badge>
        {request.overdue ? <Badge tone="bad">超期</Badge> : null}
      </h1>
      <dl className="facts" data-testid="request-facts">
        <dt>内容</dt>
        <dd>{request.description}</dd>
        <dt>网格</dt>
        <dd>{request.grid ? <Link to={`/organizations/${request.grid.id}`}>{request.grid.name}</Link> : '—'}</dd>
        {request.address ? (
          <>
            <dt>地点</dt>
            <dd>{request.address}</dd>
          </>
        ) : null}
        <dt>渠道</dt>
        <dd>{RequestChannelLabel[request.channel]}</dd>
        <dt>登记</dt>
        <dd>{formatDateTime(request.receivedAt)}</dd>
        <dt>办结时限</dt>
        <dd className={request.overdue ? 'overdue' : undefined}>{formatDateTime(request.deadline)}</dd>
        <dt>承办</dt>
        <dd>{request.handledBy?.name ?? '尚未受理'}</dd>
        {request.resolution ? (
          <>
            <dt>办理结果</dt>
            <dd>
              {request.resolution}（{formatDateTime(request.resolvedAt)}，{request.resolvedOnTime ? '按时' : '超时'}）
            </dd>
          </>
        ) : null}
        {request.rating ? (
          <>
            <dt>回访</dt>
            <dd>
              {request.rating.score} 分{request.rating.satisfied ? '，满意' : '，不满意'}
              {request.rating.comment ? `：${request.rating.comment}` : ''}
            </dd>
          </>
        ) : null}
      </dl>
      {handles && request.status === 'RECEIVED' ? (
        <p>
          <button type="button" className="primary" disabled={busy} onClick={() => void act(async () => (await accept({ variables: { id } })).data?.acceptRequest)}>
            受理
          </button>
        </p>
      ) : null}
      {handles && (request.status === 'ACCEPTED' || request.status === 'WHISTLED') ? (
        <div className="card inline-form">
          <label>
            办理结果
            <input name="resolution" value={resolution} onChange={(e) => setResolution(e.target.value)} />
          </label>
          <button type="button" className="primary" disabled={busy} onClick={() => void act(async () => (await resolve({ variables: { id, resolution } })).data?.resolveRequest)}>
            办结
          </button>
        </div>
      ) : null}
      {view}
      {request.whistles.length ? (
        <Section title="吹哨报到">
          <ul className="rows">
            {request.whistles.map((w, i) => (
              <li key={i}>
                {w.unit?.name ?? w.department?.name ?? '—'}：{w.instruction}{' '}
                {w.respondedAt ? <Badge tone="ok">已答复</Badge> : w.reportedAt ? <Badge tone="info">已报到</Badge> : w.reportOverdue ? <Badge tone="bad">报到超时</Badge> : <Badge>待报到</Badge>}
                {w.response ? <span className="muted"> {w.response}</span> : null}
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      <Section title="历史记录">
        <ol className="history" data-testid="history">
          {request.history.nodes.map((h) => (
            <li key={h.sequence}>
              <span className="muted">{formatDateTime(h.at)}</span> {ACTION_LABEL[h.action] ?? h.action}
              {h.from && h.from !== h.to ? ` · ${statusLabel(h.from)} → ${statusLabel(h.to)}` : ` · ${statusLabel(h.to)}`}
              {h.reason ? `（${h.reason}）` : ''}
            </li>
          ))}
        </ol>
      </Section>
    </>
  );
}
