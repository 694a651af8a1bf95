import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { OrganizationUnitsDocument } from '../generated/operations';
import { AgreementStatusLabel, CapabilityLabel, ResidentUnitKindLabel } from '../generated/labels';
import { Link } from '../router';
import { Badge, ErrorState, formatDate, Pager, Section, Skeleton } from '../ui';

/** 单位与协议 · A territory's resident units and its co-building agreements. */
export function UnitsPage({ id }: { id: string }) {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const { data, error, loading, refetch } = useQuery(OrganizationUnitsDocument, { variables: { id, first: 20, after: cursors[cursors.length - 1] } });
  const org = data?.organization;
  if (!org && loading) return <Skeleton rows={20} />;
  if (!org) return error ? <ErrorState error={error} retry={() => void refetch()} /> : <div className="card">没有这个党组织</div>;
  return (
    <>
      <h1>
        单位与协议 <span className="muted">{org.name}</span>
      </h1>
      {error ? <ErrorState error={error} /> : null}
      <div className="grid-2">
        <Section title="驻区单位">
          {org.residentUnits ? (
            <>
              <ul className="rows">
                {org.residentUnits.nodes.map((u) => (
                  <li key={u.id}>
                    <Link to={`/units/${u.id}`}>{u.name}</Link> <Badge>{ResidentUnitKindLabel[u.kind]}</Badge>{' '}
                    <span className="muted">{u.capabilities.map((c) => CapabilityLabel[c]).join('、')}</span>
                  </li>
                ))}
              </ul>
              <Pager cursors={cursors} endCursor={org.residentUnits.pageInfo.endCursor} hasNextPage={org.residentUnits.pageInfo.hasNextPage} onChange={setCursors} disabled={loading} />
            </>
          ) : null}
        </Section>
        <Section title="共建协议">
          {org.agreements?.nodes.length ? (
            <ul className="rows">
              {org.agreements.nodes.map((a) => (
                <li key={a.id}>
                  {a.unit.name} — {a.partner?.name ?? '—'} <Badge>{AgreementStatusLabel[a.status]}</Badge> <span className="muted">至 {formatDate(a.expiresOn)}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">没有协议</p>
          )}
        </Section>
      </div>
    </>
  );
}
