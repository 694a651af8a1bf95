import { useQuery } from '@apollo/client/react';
import { DepartmentPageDocument } from '../generated/operations';
import { RequestCategoryLabel, RequestStatusLabel } from '../generated/labels';
import { Link } from '../router';
import type { Session } from '../session';
import { Badge, ErrorState, formatDate, Section, Skeleton } from '../ui';
import { WhistleCall } from './WhistleCall';

/**
 * 本部门 · A street's functional department (职能部门): the whistles that called it, where its admin reports
 * in and answers, and the requests handed on to it (转办), each opening the request's page to close it.
 */
export function DepartmentPage({ id, session }: { id: string; session: Session }) {
  const { data, error, loading, refetch } = useQuery(DepartmentPageDocument, { variables: { id } });
  const org = data?.organization;
  if (!org && loading) return <Skeleton rows={12} />;
  if (!org) return error ? <ErrorState error={error} retry={() => void refetch()} /> : <div className="card">没有这个部门</div>;
  const own = session.role === 'DEPARTMENT_ADMIN' && session.scopeId === id;
  return (
    <>
      <h1>
        {org.name} <span className="muted">{org.parent?.name ?? ''}</span>
      </h1>
      {error ? <ErrorState error={error} /> : null}
      <div className="grid-2">
        <Section title="吹哨报到">
          {org.whistles?.nodes.length ? (
            <ul className="rows" data-testid="whistles">
              {org.whistles.nodes.map((r) => (
                <li key={r.id} className={r.overdue ? 'overdue' : undefined}>
                  {RequestCategoryLabel[r.category]}：<Link to={`/requests/${r.id}`}>{r.description}</Link> <Badge>{RequestStatusLabel[r.status]}</Badge>{' '}
                  <span className="muted">限 {formatDate(r.deadline)}</span>
                  <WhistleCall request={r} party={{ departmentId: org.id }} own={own} onDone={() => void refetch()} />
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">没有吹哨</p>
          )}
        </Section>
        <Section title="转办来的诉求">
          {org.handledRequests?.nodes.length ? (
            <ul className="rows">
              {org.handledRequests.nodes.map((r) => (
                <li key={r.id} className={r.overdue ? 'overdue' : undefined}>
                  {RequestCategoryLabel[r.category]}：<Link to={`/requests/${r.id}`}>{r.description}</Link> <Badge>{RequestStatusLabel[r.status]}</Badge>{' '}
                  <span className="muted">限 {formatDate(r.deadline)}</span>
                  {r.overdue ? <Badge tone="bad">超期</Badge> : null}
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">没有转办来的诉求</p>
          )}
        </Section>
      </div>
    </>
  );
}
