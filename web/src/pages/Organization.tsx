import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { CommitteeViewDocument, OrganizationTreeDocument, type CommitteeViewQuery } from '../generated/operations';
import { CapabilityLabel, GradingLevelLabel, OrganizationKindLabel, ResidentUnitKindLabel, SeatRoleLabel, UnitOfMeasureLabel } from '../generated/labels';
import { Link } from '../router';
import type { Session } from '../session';
import { Badge, ErrorState, formatDate, Pager, Section, Skeleton } from '../ui';

const PAGE = 20;

/** 组织架构 · An organisation in the tree: its path, its children, and for a community or a street its committee. */
export function OrganizationPage({ id, session }: { id: string; session: Session }) {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [unitCursors, setUnitCursors] = useState<(string | null)[]>([null]);
  const { data, previousData, error, loading, refetch } = useQuery(OrganizationTreeDocument, {
    variables: { id, first: PAGE, after: cursors[cursors.length - 1] },
  });
  // Asked at once beside the tree, and the page drawn when both have answered: nothing moves when the
  // committee comes. A grid's or a department's answer (no seats, or refused to a resident) is not shown.
  const governs = session.role === 'STREET_ADMIN' || session.role === 'COMMUNITY_ADMIN';
  const committee = useQuery(CommitteeViewDocument, { variables: { id, first: 10, after: unitCursors[unitCursors.length - 1], decisions: governs } });
  // While another page of children or units comes, the page stays as it was (its pager disabled).
  const org = (data ?? previousData)?.organization;
  const committeeData = committee.data ?? committee.previousData;
  if ((!org && loading) || (!committeeData && committee.loading)) return <Skeleton rows={12} />;
  if (!org) return error ? <ErrorState error={error} retry={() => void refetch()} /> : <div className="card">没有这个党组织</div>;
  return (
    <>
      <nav className="breadcrumb" aria-label="上级组织">
        {org.ancestors.map((a) => (
          <span key={a.id}>
            <Link to={`/organizations/${a.id}`}>{a.name}</Link> ›{' '}
          </span>
        ))}
        <span>{org.name}</span>
      </nav>
      <h1>
        {org.name} <Badge>{OrganizationKindLabel[org.kind]}</Badge>
        {org.grading ? <Badge tone={org.grading.level === 'ADVANCED' ? 'ok' : org.grading.level === 'AVERAGE' ? undefined : 'warn'}>{GradingLevelLabel[org.grading.level]}</Badge> : null}
      </h1>
      <p className="muted">
        区划代码 {org.territoryCode}
        {org.households ? ` · ${org.households} 户` : ''}
        {org.buildings ? ` · ${org.buildings} 栋` : ''}
      </p>
      {governs && (org.kind === 'COMMUNITY' || org.kind === 'STREET' || org.kind === 'GRID') ? (
        <p>
          <Link className="button primary" to={`/organizations/${org.id}/needs/publish`}>
            发布需求
          </Link>
        </p>
      ) : null}
      {org.kind === 'COMMUNITY' || org.kind === 'STREET' ? (
        <CommitteeView
          data={committeeData}
          error={committee.error}
          retry={() => void committee.refetch()}
          loading={committee.loading}
          cursors={unitCursors}
          setCursors={setUnitCursors}
        />
      ) : null}
      <Section title="下级组织">
        {org.children.nodes.length ? (
          <ul className="rows" data-testid="children">
            {org.children.nodes.map((c) => (
              <li key={c.id}>
                <Link to={`/organizations/${c.id}`}>{c.name}</Link> <Badge>{OrganizationKindLabel[c.kind]}</Badge>
                {c.grading ? <span className="muted"> {GradingLevelLabel[c.grading.level]}</span> : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">没有下级组织</p>
        )}
        <Pager cursors={cursors} endCursor={org.children.pageInfo.endCursor} hasNextPage={org.children.pageInfo.hasNextPage} onChange={setCursors} disabled={loading} />
      </Section>
    </>
  );
}

/** 大党委 · The committee's seats (full-time and part-time: 兼职委员 with their units), its units, what is open. */
function CommitteeView({
  data,
  error,
  retry,
  loading,
  cursors,
  setCursors,
}: {
  data: CommitteeViewQuery | undefined;
  error: unknown;
  retry: () => void;
  loading: boolean;
  cursors: (string | null)[];
  setCursors: (cursors: (string | null)[]) => void;
}) {
  const org = data?.organization;
  // Still to be claimed: the open needs and those partly claimed.
  const toClaim = [...(org?.openNeeds?.nodes ?? []), ...(org?.partlyClaimedNeeds?.nodes ?? [])];
  if (!org) return error ? <ErrorState error={error} retry={retry} /> : null;
  return (
    <div className="grid-2" data-testid="committee">
      <Section title={org.kind === 'COMMUNITY' ? '社区大党委' : '街道党工委'}>
        {org.bigPartyCommittee.length ? (
          <table>
            <thead>
              <tr>
                <th>职务</th>
                <th>委员</th>
                <th>所在单位</th>
              </tr>
            </thead>
            <tbody>
              {org.bigPartyCommittee.map((s) => (
                <tr key={s.id}>
                  <td>
                    {SeatRoleLabel[s.role]}
                    {s.partTime ? <Badge tone="info">兼职</Badge> : null}
                  </td>
                  <td>{s.member ? <Link to={`/members/${s.member.id}`}>{s.member.name}</Link> : '—'}</td>
                  <td>{s.unit ? <Link to={`/units/${s.unit.id}`}>{s.unit.name}</Link> : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="muted">尚无委员</p>
        )}
      </Section>
      <Section title="待认领需求" actions={<Link to={`/organizations/${org.id}/needs`}>全部</Link>}>
        {error ? <ErrorState error={error} /> : null}
        {toClaim.length ? (
          <ul className="rows">
            {toClaim.map((n) => (
              <li key={n.id}>
                <Link to={`/needs/${n.id}`}>{n.title}</Link>{' '}
                <span className="muted">
                  余 {n.remainingQuantity} {UnitOfMeasureLabel[n.unitOfMeasure]} · 截止 {formatDate(n.deadline)}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">没有待认领的需求</p>
        )}
        {org.openDecisions?.nodes.length ? (
          <>
            <h3>联席会议决定（办理中）</h3>
            <ul className="rows">
              {org.openDecisions.nodes.map((d) => (
                <li key={d.id} className={d.overdue ? 'overdue' : undefined}>
                  {d.text} <span className="muted">限 {formatDate(d.dueOn)}</span> {d.overdue ? <Badge tone="bad">逾期</Badge> : null}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </Section>
      <Section title="驻区单位">
        {org.residentUnits ? (
          <>
            <ul className="rows" data-testid="committee-units">
              {org.residentUnits.nodes.map((u) => (
                <li key={u.id}>
                  <Link to={`/units/${u.id}`}>{u.name}</Link> <Badge>{ResidentUnitKindLabel[u.kind]}</Badge>{' '}
                  <span className="muted">{u.capabilities.map((c) => CapabilityLabel[c]).join('、')}</span>
                </li>
              ))}
            </ul>
            <Pager cursors={cursors} endCursor={org.residentUnits.pageInfo.endCursor} hasNextPage={org.residentUnits.pageInfo.hasNextPage} onChange={setCursors} disabled={loading} />
          </>
        ) : (
          <p className="muted">无权查看</p>
        )}
      </Section>
    </div>
  );
}
