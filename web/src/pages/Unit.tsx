import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { AcceptInvitationDocument, DeclineInvitationDocument, UnitPageDocument } from '../generated/operations';
import { WhistleCall } from './WhistleCall';
import {
  AgreementStatusLabel,
  CapabilityLabel,
  ClaimStatusLabel,
  CommitmentKindLabel,
  InvitationStatusLabel,
  ItemStatusLabel,
  RequestCategoryLabel,
  RequestStatusLabel,
  ResidentUnitKindLabel,
  UnitOfMeasureLabel,
} from '../generated/labels';
import { Link } from '../router';
import type { Session } from '../session';
import { Badge, ErrorState, formatDate, Section, Skeleton, useAction } from '../ui';

const itemPath = (typename: string) => (typename === 'Need' ? 'needs' : typename === 'Offer' ? 'offers' : 'projects');

/** 本单位 · A resident unit's own page: its offers, its claims, the whistles that called it, its invitations, its agreements. */
export function UnitPage({ id, session }: { id: string; session: Session }) {
  const year = new Date().getFullYear();
  const { data, error, loading, refetch } = useQuery(UnitPageDocument, { variables: { id, year } });
  const unit = data?.residentUnit;
  const own = session.role === 'UNIT_ADMIN' && session.scopeId === id;
  if (!unit && loading) return <Skeleton rows={12} />;
  if (!unit) return error ? <ErrorState error={error} retry={() => void refetch()} /> : <div className="card">没有这个单位</div>;
  return (
    <>
      <h1>
        {unit.name} <Badge>{ResidentUnitKindLabel[unit.kind]}</Badge>
      </h1>
      <p className="muted">
        {unit.community ? <Link to={`/organizations/${unit.community.id}`}>{unit.community.name}</Link> : null}
        {unit.address ? ` · ${unit.address}` : ''} · 能力：{unit.capabilities.map((c) => CapabilityLabel[c]).join('、') || '—'}
        {unit.volunteerHours !== null ? ` · ${year} 年志愿服务 ${unit.volunteerHours} 小时` : ''}
      </p>
      {error ? <ErrorState error={error} /> : null}
      <div className="grid-2">
        <Section title="本单位资源">
          {unit.offers?.nodes.length ? (
            <ul className="rows">
              {unit.offers.nodes.map((o) => (
                <li key={o.id}>
                  <Link to={`/offers/${o.id}`}>{o.title}</Link> <Badge>{ItemStatusLabel[o.status]}</Badge>{' '}
                  <span className="muted">
                    余 {o.remainingQuantity} {UnitOfMeasureLabel[o.unitOfMeasure]}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">没有资源</p>
          )}
        </Section>
        <Section title="本单位的认领">
          {unit.claimsMade?.nodes.length ? (
            <ul className="rows" data-testid="unit-claims">
              {unit.claimsMade.nodes.map((c) => (
                <li key={c.id}>
                  <Link to={`/${itemPath(c.item.__typename)}/${c.item.id}`}>{c.item.title}</Link> · {c.quantity} {UnitOfMeasureLabel[c.item.unitOfMeasure]} <Badge>{ClaimStatusLabel[c.status]}</Badge>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">尚无认领</p>
          )}
        </Section>
        <Section title="吹哨报到">
          {unit.whistles?.nodes.length ? (
            <ul className="rows" data-testid="whistles">
              {unit.whistles.nodes.map((r) => (
                <li key={r.id} className={r.overdue ? 'overdue' : undefined}>
                  {RequestCategoryLabel[r.category]}：<Link to={`/requests/${r.id}`}>{r.description}</Link> <Badge>{RequestStatusLabel[r.status]}</Badge> <span className="muted">限 {formatDate(r.deadline)}</span>
                  {r.overdue ? <Badge tone="bad">超期</Badge> : null}
                  <WhistleCall request={r} party={{ unitId: unit.id }} own={own} onDone={() => void refetch()} />
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">没有吹哨</p>
          )}
        </Section>
        <Section title="派单邀请">
          {unit.invitations?.nodes.length ? (
            <ul className="rows" data-testid="invitations">
              {unit.invitations.nodes.map((i) => (
                <li key={i.id}>
                  <Link to={`/needs/${i.need.id}`}>{i.need.title}</Link> ← <Link to={`/offers/${i.offer.id}`}>{i.offer.title}</Link> · {i.quantity} <Badge>{InvitationStatusLabel[i.status]}</Badge>
                  {own && i.status === 'SENT' ? <InvitationAnswer id={i.id} onDone={() => void refetch()} /> : null}
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">没有邀请</p>
          )}
        </Section>
      </div>
      <Section title="共建协议">
        {unit.agreements.nodes.length ? (
          <ul className="rows">
            {unit.agreements.nodes.map((a) => (
              <li key={a.id}>
                与 {a.partner?.name ?? '—'} · {formatDate(a.startsOn)}–{formatDate(a.expiresOn)} <Badge>{AgreementStatusLabel[a.status]}</Badge>{' '}
                <span className="muted">{a.commitments.map((c) => `${CommitmentKindLabel[c.kind]} ${c.amount}`).join('、')}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">没有协议</p>
        )}
      </Section>
    </>
  );
}

/** 接受 claims the need with the offer (the graph makes the claim); 拒绝 needs a reason. */
function InvitationAnswer({ id, onDone }: { id: string; onDone: () => void }) {
  const [accept] = useMutation(AcceptInvitationDocument);
  const [decline] = useMutation(DeclineInvitationDocument);
  const [reason, setReason] = useState('');
  const { act, busy, view } = useAction(onDone);
  return (
    <div className="actions">
      <button type="button" className="primary" disabled={busy} onClick={() => void act(async () => (await accept({ variables: { id } })).data?.acceptInvitation)}>
        接受
      </button>
      <input aria-label="拒绝理由" placeholder="拒绝理由" value={reason} onChange={(e) => setReason(e.target.value)} />
      <button type="button" disabled={busy} onClick={() => void act(async () => (await decline({ variables: { id, reason } })).data?.declineInvitation)}>
        拒绝
      </button>
      {view}
    </div>
  );
}
