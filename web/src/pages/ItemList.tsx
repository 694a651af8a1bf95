import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { OrganizationNeedsDocument, OrganizationOffersDocument, OrganizationProjectsDocument, type ItemStatus } from '../generated/operations';
import { ItemStatusLabel, ServiceCategoryLabel, UnitOfMeasureLabel, UrgencyLabel } from '../generated/labels';
import { Link, navigate, useLocation } from '../router';
import type { Session } from '../session';
import { mayPublish } from './Publish';
import { Badge, ErrorState, formatDate, Pager, partyName, Section, Skeleton } from '../ui';

export type ListKind = 'needs' | 'offers' | 'projects';
export const LIST_TITLE: Record<ListKind, string> = { needs: '需求清单', offers: '资源清单', projects: '项目清单' };
const PAGE = 20;

export const statusTone = (s: ItemStatus) =>
  s === 'OPEN' || s === 'PARTLY_CLAIMED' ? 'info' : s === 'FULFILLED' || s === 'EVALUATED' ? 'ok' : s === 'CANCELLED' || s === 'EXPIRED' ? 'bad' : undefined;

/**
 * 三张清单 · A territory's needs, offers or projects: filtered by status (kept in the address, `?status=`),
 * a page of 20 at a time. Every row opens the item, its claims and its history.
 */
export function ItemListPage({ id, kind, session }: { id: string; kind: ListKind; session: Session }) {
  const { query } = useLocation();
  const status = (query.get('status') || null) as ItemStatus | null;
  // 含下级: the items of every organisation and unit inside the territory (the default), or its own only.
  const inTerritory = query.get('own') !== '1';
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const variables = { id, status, inTerritory, first: PAGE, after: cursors[cursors.length - 1] };
  const needs = useQuery(OrganizationNeedsDocument, { variables, skip: kind !== 'needs' });
  const offers = useQuery(OrganizationOffersDocument, { variables, skip: kind !== 'offers' });
  const projects = useQuery(OrganizationProjectsDocument, { variables, skip: kind !== 'projects' });
  const active = kind === 'needs' ? needs : kind === 'offers' ? offers : projects;
  const org = needs.data?.organization ?? offers.data?.organization ?? projects.data?.organization;
  const connection = kind === 'needs' ? needs.data?.organization?.needs : kind === 'offers' ? offers.data?.organization?.offers : projects.data?.organization?.projects;
  const filter = (value: string | null, own: boolean) => {
    setCursors([null]);
    const params = new URLSearchParams();
    if (value) params.set('status', value);
    if (own) params.set('own', '1');
    navigate(`/organizations/${id}/${kind}${params.size ? `?${params}` : ''}`, true);
  };
  return (
    <>
      <h1>
        {LIST_TITLE[kind]} <span className="muted">{org?.name ?? ''}</span>
      </h1>
      <div className="toolbar">
        <label>
          状态
          <select name="status" value={status ?? ''} onChange={(e) => filter(e.target.value || null, !inTerritory)}>
            <option value="">全部</option>
            {(Object.keys(ItemStatusLabel) as ItemStatus[]).map((s) => (
              <option key={s} value={s}>
                {ItemStatusLabel[s]}
              </option>
            ))}
          </select>
        </label>
        <label className="check">
          <input type="checkbox" name="inTerritory" checked={inTerritory} onChange={(e) => filter(status, !e.target.checked)} /> 含下级组织和驻区单位
        </label>
        {mayPublish(session, kind) ? (
          <Link className="button primary" to={`/organizations/${id}/${kind}/publish`}>
            {kind === 'needs' ? '发布需求' : kind === 'offers' ? '发布资源' : '发布项目'}
          </Link>
        ) : null}
      </div>
      <Section title={`共 ${connection?.nodes.length ?? 0} 条（本页）`}>
        {active.error && !connection ? (
          <ErrorState error={active.error} retry={() => void active.refetch()} />
        ) : !connection ? (
          <Skeleton rows={PAGE} />
        ) : connection.nodes.length === 0 ? (
          <p className="muted">没有符合条件的条目</p>
        ) : (
          <div className="table-wrap">
            <table className="list" data-testid="item-list">
              <thead>
                <tr>
                  <th>名称</th>
                  <th>类别</th>
                  <th>状态</th>
                  <th>已认领 / 总量</th>
                  <th>{kind === 'offers' ? '提供方' : kind === 'projects' ? '牵头方' : '发布方'}</th>
                  <th>截止</th>
                </tr>
              </thead>
              <tbody>
                {connection.nodes.map((item) => (
                  <tr key={item.id}>
                    <td data-label="名称">
                      <Link to={`/${kind}/${item.id}`}>{item.title}</Link>
                      {'urgency' in item && item.urgency !== 'NORMAL' ? <Badge tone="warn">{UrgencyLabel[item.urgency]}</Badge> : null}
                      {'smallWish' in item && item.smallWish ? <Badge tone="info">微心愿</Badge> : null}
                    </td>
                    <td data-label="类别">{ServiceCategoryLabel[item.category]}</td>
                    <td data-label="状态">
                      <Badge tone={statusTone(item.status)}>{ItemStatusLabel[item.status]}</Badge>
                    </td>
                    <td data-label="认领">
                      {item.claimedQuantity} / {item.quantity} {UnitOfMeasureLabel[item.unitOfMeasure]}
                    </td>
                    <td data-label="主体">
                      {'postedBy' in item
                        ? partyName(item.postedBy)
                        : 'provider' in item
                          ? partyName(item.provider)
                          : 'owners' in item
                            ? item.owners.map((o) => partyName(o)).join('、')
                            : '—'}
                    </td>
                    <td data-label="截止">{formatDate(item.deadline)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {active.error && connection ? <ErrorState error={active.error} /> : null}
        <Pager cursors={cursors} endCursor={connection?.pageInfo.endCursor} hasNextPage={connection?.pageInfo.hasNextPage ?? false} onChange={setCursors} disabled={active.loading} />
      </Section>
    </>
  );
}
