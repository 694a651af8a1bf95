import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import {
  PublishNeedDocument,
  PublishOfferDocument,
  PublishProjectDocument,
  type ConsoleRefusalFragment,
  type PartyInput,
  type ServiceCategory,
  type UnitOfMeasure,
  type Urgency,
} from '../generated/operations';
import { ServiceCategoryLabel, UnitOfMeasureLabel, UrgencyLabel } from '../generated/labels';
import { navigate } from '../router';
import type { Session } from '../session';
import { ErrorState, Refusals } from '../ui';
import type { ListKind } from './ItemList';

const TITLE: Record<ListKind, string> = { needs: '发布需求', offers: '发布资源', projects: '发布项目' };

/** Who publishes: a unit's admin in the unit's name, a committee (or a grid) in the organisation's. */
export function publisherOf(session: Session, organizationId: string): PartyInput {
  return session.role === 'UNIT_ADMIN' ? { type: 'RESIDENT_UNIT', id: session.scopeId } : { type: 'ORGANIZATION', id: organizationId };
}

/** Whether the role publishes on this list (the graph decides again). */
export function mayPublish(session: Session, kind: ListKind): boolean {
  const committee = session.role === 'STREET_ADMIN' || session.role === 'COMMUNITY_ADMIN';
  if (kind === 'needs') return committee || session.role === 'GRID_WORKER';
  return committee || session.role === 'UNIT_ADMIN';
}

/** 发布 · A need, an offer or a project put on its list, in the publisher's name; then its page. */
export function PublishPage({ organizationId, kind, session }: { organizationId: string; kind: ListKind; session: Session }) {
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [category, setCategory] = useState<ServiceCategory>('ELDER_CARE');
  const [quantity, setQuantity] = useState(1);
  const [unitOfMeasure, setUnitOfMeasure] = useState<UnitOfMeasure>('PEOPLE');
  const [urgency, setUrgency] = useState<Urgency>('NORMAL');
  const [deadline, setDeadline] = useState('');
  const [smallWish, setSmallWish] = useState(false);
  const [publishNeed, need] = useMutation(PublishNeedDocument);
  const [publishOffer, offer] = useMutation(PublishOfferDocument);
  const [publishProject, project] = useMutation(PublishProjectDocument);
  const [refusals, setRefusals] = useState<readonly ConsoleRefusalFragment[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const busy = need.loading || offer.loading || project.loading;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setRefusals(null);
    setError(null);
    const party = publisherOf(session, organizationId);
    const common = {
      title,
      description: description || null,
      category,
      unitOfMeasure,
      deadline: deadline ? new Date(`${deadline}T23:59:59+08:00`).toISOString() : null,
    };
    try {
      const payload =
        kind === 'needs'
          ? (await publishNeed({ variables: { input: { ...common, postedBy: party, quantity, urgency, smallWish } } })).data?.publishNeed
          : kind === 'offers'
            ? (await publishOffer({ variables: { input: { ...common, provider: party, capacity: quantity } } })).data?.publishOffer
            : (await publishProject({ variables: { input: { ...common, owner: party, quantity } } })).data?.publishProject;
      if (payload?.errors.length) setRefusals(payload.errors);
      else if (payload?.item) navigate(`/${kind}/${payload.item.id}`);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <form className="card form" onSubmit={submit} aria-label={TITLE[kind]}>
      <h1>{TITLE[kind]}</h1>
      <label>
        标题
        <input name="title" required value={title} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <label>
        说明
        <textarea name="description" value={description} onChange={(e) => setDescription(e.target.value)} />
      </label>
      <label>
        类别
        <select name="category" value={category} onChange={(e) => setCategory(e.target.value as ServiceCategory)}>
          {(Object.keys(ServiceCategoryLabel) as ServiceCategory[]).map((c) => (
            <option key={c} value={c}>
              {ServiceCategoryLabel[c]}
            </option>
          ))}
        </select>
      </label>
      <div className="row">
        <label>
          {kind === 'offers' ? '可提供数量' : '数量'}
          <input name="quantity" type="number" min={1} value={quantity} onChange={(e) => setQuantity(Number(e.target.value))} />
        </label>
        <label>
          单位
          <select name="unitOfMeasure" value={unitOfMeasure} onChange={(e) => setUnitOfMeasure(e.target.value as UnitOfMeasure)}>
            {(Object.keys(UnitOfMeasureLabel) as UnitOfMeasure[]).map((u) => (
              <option key={u} value={u}>
                {UnitOfMeasureLabel[u]}
              </option>
            ))}
          </select>
        </label>
        {kind === 'needs' ? (
          <label>
            紧急程度
            <select name="urgency" value={urgency} onChange={(e) => setUrgency(e.target.value as Urgency)}>
              {(Object.keys(UrgencyLabel) as Urgency[]).map((u) => (
                <option key={u} value={u}>
                  {UrgencyLabel[u]}
                </option>
              ))}
            </select>
          </label>
        ) : null}
      </div>
      <label>
        截止日期
        <input name="deadline" type="date" value={deadline} onChange={(e) => setDeadline(e.target.value)} />
      </label>
      {kind === 'needs' ? (
        <label className="check">
          <input name="smallWish" type="checkbox" checked={smallWish} onChange={(e) => setSmallWish(e.target.checked)} /> 微心愿（党员认领）
        </label>
      ) : null}
      <Refusals errors={refusals} />
      {error ? <ErrorState error={error} /> : null}
      <button type="submit" className="primary" disabled={busy}>
        {busy ? '发布中…' : '发布'}
      </button>
    </form>
  );
}
