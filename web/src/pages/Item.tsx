import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import {
  AcceptClaimDocument,
  ClaimItemDocument,
  DeliverClaimDocument,
  EvaluateClaimDocument,
  NeedPageDocument,
  OfferPageDocument,
  ProjectPageDocument,
  RejectClaimDocument,
  WithdrawClaimDocument,
  type ClaimRowFragment,
} from '../generated/operations';
import { ClaimStatusLabel, ItemStatusLabel, ServiceCategoryLabel, UnitOfMeasureLabel, UrgencyLabel, VisibilityLabel } from '../generated/labels';
import { Link } from '../router';
import type { Session } from '../session';
import { Badge, ErrorState, formatDate, formatDateTime, partyName, Section, Skeleton, useAction } from '../ui';
import { LIST_TITLE, statusTone, type ListKind } from './ItemList';

/** What the history's actions read as (the ledger's action names). */
const ACTION_LABEL: Record<string, string> = {
  PUBLISH: '发布',
  OPEN: '开放认领',
  CLAIM: '认领',
  ACCEPT: '接受认领',
  REJECT: '拒绝认领',
  WITHDRAW: '撤回认领',
  CANCEL: '取消',
  CANCEL_CLAIM: '取消认领',
  DELIVER: '确认履约',
  EVALUATE: '评价',
  EXPIRE: '过期',
  CLOSE: '关闭',
  MILESTONE: '完成里程碑',
};

/** An entry's states: an item's or a claim's (the ledger holds both). */
const statusLabel = (s: string) => ItemStatusLabel[s as keyof typeof ItemStatusLabel] ?? ClaimStatusLabel[s as keyof typeof ClaimStatusLabel] ?? s;

const GOVERNING = new Set(['STREET_ADMIN', 'COMMUNITY_ADMIN', 'GRID_WORKER']);

/**
 * 条目详情 · One need, offer or project: what it is, its claims with what the caller may do to each
 * (认领 / 接受 / 拒绝 / 履约 / 评价), and its history from the ledger.
 */
export function ItemPage({ kind, id, session }: { kind: ListKind; id: string; session: Session }) {
  const need = useQuery(NeedPageDocument, { variables: { id }, skip: kind !== 'needs' });
  const offer = useQuery(OfferPageDocument, { variables: { id }, skip: kind !== 'offers' });
  const project = useQuery(ProjectPageDocument, { variables: { id }, skip: kind !== 'projects' });
  const active = kind === 'needs' ? need : kind === 'offers' ? offer : project;
  const item = need.data?.need ?? offer.data?.offer ?? project.data?.project;
  if (!item && active.loading) return <Skeleton rows={12} />;
  if (!item) return active.error ? <ErrorState error={active.error} retry={() => void active.refetch()} /> : <div className="card">没有这个条目，或您无权查看</div>;

  const owners = 'postedBy' in item ? [item.postedBy] : 'provider' in item ? [item.provider] : 'owners' in item ? item.owners : [];
  const ownerIds = owners.map((o) => (o && 'id' in o ? o.id : null));
  // The item's side: a committee over it, or the unit that offers or leads it. The graph checks again.
  const ownerSide = GOVERNING.has(session.role) || (session.role === 'UNIT_ADMIN' && ownerIds.includes(session.scopeId));
  // Who claims what (README, "Two-way claiming"): a unit needs and projects, a member small wishes, a
  // committee offers.
  const committee = session.role === 'STREET_ADMIN' || session.role === 'COMMUNITY_ADMIN';
  const mayClaim =
    !ownerIds.includes(session.scopeId) &&
    (kind === 'offers' ? committee : session.role === 'UNIT_ADMIN' || (session.role === 'MEMBER' && 'smallWish' in item && item.smallWish));
  const refresh = () => void active.refetch();

  return (
    <>
      <nav className="breadcrumb">
        <Link to={`/organizations/${session.territory[session.territory.length - 1] ?? session.scopeId}/${kind}`}>{LIST_TITLE[kind]}</Link> ›
      </nav>
      <h1>
        {item.title} <Badge tone={statusTone(item.status)}>{ItemStatusLabel[item.status]}</Badge>
        {'urgency' in item && item.urgency !== 'NORMAL' ? <Badge tone="warn">{UrgencyLabel[item.urgency]}</Badge> : null}
      </h1>
      <dl className="facts">
        <dt>类别</dt>
        <dd>{ServiceCategoryLabel[item.category]}</dd>
        <dt>数量</dt>
        <dd data-testid="quantities">
          已认领 {item.claimedQuantity} / 共 {item.quantity} {UnitOfMeasureLabel[item.unitOfMeasure]}（余 {item.remainingQuantity}）
        </dd>
        <dt>{kind === 'needs' ? '发布方' : kind === 'offers' ? '提供方' : '牵头方'}</dt>
        <dd>{owners.map((o) => partyName(o)).join('、')}</dd>
        <dt>可见范围</dt>
        <dd>{VisibilityLabel[item.visibility]}</dd>
        <dt>截止</dt>
        <dd>{formatDate(item.deadline)}</dd>
        {'progress' in item ? (
          <>
            <dt>进度</dt>
            <dd>{Math.round(item.progress * 100)}%</dd>
          </>
        ) : null}
      </dl>
      {item.description ? <p>{item.description}</p> : null}
      {mayClaim && item.remainingQuantity > 0 ? <ClaimForm itemId={item.id} remaining={item.remainingQuantity} unit={UnitOfMeasureLabel[item.unitOfMeasure]} onDone={refresh} /> : null}
      <Section title="认领">
        {item.claims.nodes.length ? (
          <ul className="claims" data-testid="claims">
            {item.claims.nodes.map((c) => (
              <ClaimRow key={c.id} claim={c} kind={kind} ownerSide={ownerSide} session={session} onDone={refresh} unit={UnitOfMeasureLabel[item.unitOfMeasure]} />
            ))}
          </ul>
        ) : (
          <p className="muted">尚无认领</p>
        )}
      </Section>
      <Section title="历史记录">
        <ol className="history" data-testid="history">
          {item.history.nodes.map((h) => (
            <li key={h.sequence}>
              <span className="muted">{formatDateTime(h.at)}</span> {ACTION_LABEL[h.action] ?? h.action}
              {h.by ? ` · ${partyName(h.by)}` : ''}
              {h.quantity ? ` · ${h.quantity}` : ''}
              {h.from ? ` · ${statusLabel(h.from)} → ` : ' · '}
              {statusLabel(h.to)}
              {h.reason ? `（${h.reason}）` : ''}
            </li>
          ))}
        </ol>
      </Section>
    </>
  );
}

function ClaimForm({ itemId, remaining, unit, onDone }: { itemId: string; remaining: number; unit: string; onDone: () => void }) {
  const [quantity, setQuantity] = useState(1);
  const [note, setNote] = useState('');
  const [claim] = useMutation(ClaimItemDocument);
  const { act, busy, view } = useAction(onDone);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void act(async () => (await claim({ variables: { input: { itemId, quantity, note: note || null, idempotencyKey: crypto.randomUUID() } } })).data?.claimItem);
  };
  return (
    <form className="card inline-form" onSubmit={submit} aria-label="认领">
      <h2>认领</h2>
      <label>
        数量（{unit}，余 {remaining}）
        <input name="quantity" type="number" min={1} max={remaining} value={quantity} onChange={(e) => setQuantity(Number(e.target.value))} />
      </label>
      <label>
        留言
        <input name="note" value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      <button type="submit" className="primary" disabled={busy}>
        认领
      </button>
      {view}
    </form>
  );
}

/**
 * A claim and what the caller may do to it: the item's side accepts or rejects; the claimant withdraws;
 * the side that receives the help — the need's or the project's side, the claimant of an offer —
 * confirms the delivery (履约) and evaluates it (README, "Two-way claiming"). The graph decides again.
 */
function ClaimRow({
  claim,
  kind,
  ownerSide,
  session,
  onDone,
  unit,
}: {
  claim: ClaimRowFragment;
  kind: ListKind;
  ownerSide: boolean;
  session: Session;
  onDone: () => void;
  unit: string;
}) {
  const [accept] = useMutation(AcceptClaimDocument);
  const [reject] = useMutation(RejectClaimDocument);
  const [withdraw] = useMutation(WithdrawClaimDocument);
  const [deliver] = useMutation(DeliverClaimDocument);
  const [evaluate] = useMutation(EvaluateClaimDocument);
  const { act, busy, view } = useAction(onDone);
  const [reason, setReason] = useState('');
  const [score, setScore] = useState(5);
  const mine = !!claim.claimant && 'id' in claim.claimant && claim.claimant.id === session.scopeId;
  const receiving = kind === 'offers' ? mine : ownerSide;
  const s = claim.status;
  return (
    <li data-status={s}>
      <div>
        <strong>{partyName(claim.claimant)}</strong> · {claim.quantity} {unit} · <Badge tone={s === 'REJECTED' || s === 'WITHDRAWN' ? 'bad' : s === 'EVALUATED' || s === 'DELIVERED' ? 'ok' : 'info'}>{ClaimStatusLabel[s]}</Badge>{' '}
        <span className="muted">{formatDateTime(claim.createdAt)}</span>
        {claim.note ? <p className="muted">留言：{claim.note}</p> : null}
        {claim.rejectionReason ? <p className="muted">拒绝理由：{claim.rejectionReason}</p> : null}
        {claim.deliveryNote ? <p className="muted">履约说明：{claim.deliveryNote}</p> : null}
        {claim.score ? (
          <p className="muted">
            评分 {claim.score}/5{claim.evaluation ? `：${claim.evaluation}` : ''}
          </p>
        ) : null}
      </div>
      <div className="actions">
        {ownerSide && s === 'PENDING' ? (
          <>
            <button type="button" className="primary" disabled={busy} onClick={() => void act(async () => (await accept({ variables: { id: claim.id } })).data?.acceptClaim)}>
              接受
            </button>
            <input aria-label="拒绝理由" placeholder="拒绝理由" value={reason} onChange={(e) => setReason(e.target.value)} />
            <button type="button" disabled={busy} onClick={() => void act(async () => (await reject({ variables: { id: claim.id, reason } })).data?.rejectClaim)}>
              拒绝
            </button>
          </>
        ) : null}
        {mine && s === 'PENDING' ? (
          <button type="button" disabled={busy} onClick={() => void act(async () => (await withdraw({ variables: { id: claim.id } })).data?.withdrawClaim)}>
            撤回
          </button>
        ) : null}
        {receiving && s === 'ACCEPTED' ? (
          <>
            <input aria-label="履约说明" placeholder="履约说明" value={reason} onChange={(e) => setReason(e.target.value)} />
            <button type="button" className="primary" disabled={busy} onClick={() => void act(async () => (await deliver({ variables: { id: claim.id, note: reason || null } })).data?.deliverClaim)}>
              确认履约
            </button>
          </>
        ) : null}
        {receiving && s === 'DELIVERED' ? (
          <>
            <label>
              评分
              <select aria-label="评分" value={score} onChange={(e) => setScore(Number(e.target.value))}>
                {[5, 4, 3, 2, 1].map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </select>
            </label>
            <input aria-label="评价" placeholder="评价" value={reason} onChange={(e) => setReason(e.target.value)} />
            <button type="button" className="primary" disabled={busy} onClick={() => void act(async () => (await evaluate({ variables: { id: claim.id, score, comment: reason || null } })).data?.evaluateClaim)}>
              评价
            </button>
          </>
        ) : null}
      </div>
      {view}
    </li>
  );
}

