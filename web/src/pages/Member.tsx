import { useQuery } from '@apollo/client/react';
import { MemberPageDocument, SmallWishesDocument } from '../generated/operations';
import { ClaimStatusLabel, MemberCategoryLabel, UnitOfMeasureLabel } from '../generated/labels';
import { Link } from '../router';
import type { Session } from '../session';
import { Badge, ErrorState, formatDate, Section, Skeleton } from '../ui';

/** 党员主页 · A member's hours, service records and claims, and the small wishes (微心愿) of their community. */
export function MemberPage({ id, session }: { id: string; session: Session }) {
  const year = new Date().getFullYear();
  const { data, error, loading, refetch } = useQuery(MemberPageDocument, { variables: { id, year } });
  const member = data?.member;
  if (!member && loading) return <Skeleton rows={12} />;
  if (!member) return error ? <ErrorState error={error} retry={() => void refetch()} /> : <div className="card">没有这名党员</div>;
  const own = session.role === 'MEMBER' && session.scopeId === id;
  // The small wishes of the member's community (their branch's, or the one above it) and of the community
  // they reported to (双报到).
  const home = member.organization;
  const homeCommunity = home?.kind === 'COMMUNITY' ? home.id : home?.ancestors.find((a) => a.kind === 'COMMUNITY')?.id;
  const communities = [...new Set([homeCommunity, member.reportsTo?.id].filter((c): c is string => !!c))];
  return (
    <>
      <h1>
        {member.name} <Badge>{MemberCategoryLabel[member.category]}</Badge>
      </h1>
      <p className="muted">
        {member.organization ? <Link to={`/organizations/${member.organization.id}`}>{member.organization.name}</Link> : null}
        {member.reportsTo ? ` · 报到社区 ${member.reportsTo.name}` : ''}
        {member.employer ? ` · 工作单位 ${member.employer.name}` : ''}
      </p>
      <div className="figures">
        <div data-testid="hours">
          <span className="figure">{member.volunteerHours}</span>
          {year} 年志愿服务小时
        </div>
      </div>
      {error ? <ErrorState error={error} /> : null}
      <div className="grid-2">
        {own ? communities.map((c) => <SmallWishes key={c} organizationId={c} />) : null}
        <Section title="服务记录">
          {member.serviceRecords.nodes.length ? (
            <ul className="rows">
              {member.serviceRecords.nodes.map((r) => (
                <li key={r.id}>
                  {formatDate(r.servedOn)} · {r.hours} 小时 · {r.description} {r.confirmedAt ? <Badge tone="ok">已确认</Badge> : <Badge>待确认</Badge>}
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">今年尚无服务记录</p>
          )}
        </Section>
        <Section title="我的认领">
          {member.claimsMade?.nodes.length ? (
            <ul className="rows">
              {member.claimsMade.nodes.map((c) => (
                <li key={c.id}>
                  <Link to={`/${c.item.__typename === 'Need' ? 'needs' : c.item.__typename === 'Offer' ? 'offers' : 'projects'}/${c.item.id}`}>{c.item.title}</Link> · {c.quantity} <Badge>{ClaimStatusLabel[c.status]}</Badge>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">尚无认领</p>
          )}
        </Section>
      </div>
    </>
  );
}

function SmallWishes({ organizationId }: { organizationId: string }) {
  const { data, error, loading } = useQuery(SmallWishesDocument, { variables: { id: organizationId } });
  const wishes = data?.organization?.needs?.nodes.filter((n) => n.smallWish);
  return (
    <Section title={`微心愿 · ${data?.organization?.name ?? ''}`}>
      {!wishes && loading ? (
        <Skeleton rows={5} />
      ) : !wishes ? (
        <ErrorState error={error} />
      ) : wishes.length ? (
        <ul className="rows" data-testid="small-wishes">
          {wishes.map((n) => (
            <li key={n.id}>
              <Link to={`/needs/${n.id}`}>{n.title}</Link>{' '}
              <span className="muted">
                余 {n.remainingQuantity} {UnitOfMeasureLabel[n.unitOfMeasure]} · 截止 {formatDate(n.deadline)}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">社区暂无待认领的微心愿</p>
      )}
    </Section>
  );
}
