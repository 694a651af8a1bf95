import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { PublishNeedDocument, type ConsoleRefusalFragment, type ServiceCategory, type UnitOfMeasure, type Urgency } from '../generated/operations';
import { ServiceCategoryLabel, UnitOfMeasureLabel, UrgencyLabel } from '../generated/labels';
import { navigate } from '../router';
import type { Session } from '../session';
import { ErrorState, Refusals } from '../ui';

/** 发布需求 · A committee (or a grid) publishes a need in its own name. */
export function PublishNeedPage({ organizationId }: { organizationId: string; session: Session }) {
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [category, setCategory] = useState<ServiceCategory>('ELDER_CARE');
  const [quantity, setQuantity] = useState(1);
  const [unitOfMeasure, setUnitOfMeasure] = useState<UnitOfMeasure>('PEOPLE');
  const [urgency, setUrgency] = useState<Urgency>('NORMAL');
  const [deadline, setDeadline] = useState('');
  const [smallWish, setSmallWish] = useState(false);
  const [publish, { loading }] = useMutation(PublishNeedDocument);
  const [refusals, setRefusals] = useState<readonly ConsoleRefusalFragment[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setRefusals(null);
    setError(null);
    try {
      const { data } = await publish({
        variables: {
          input: {
            postedBy: { type: 'ORGANIZATION', id: organizationId },
            title,
            description: description || null,
            category,
            quantity,
            unitOfMeasure,
            urgency,
            deadline: deadline ? new Date(`${deadline}T23:59:59+08:00`).toISOString() : null,
            smallWish,
          },
        },
      });
      const payload = data?.publishNeed;
      if (payload?.errors.length) setRefusals(payload.errors);
      else if (payload?.item) navigate(`/needs/${payload.item.id}`);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <form className="card form" onSubmit={submit} aria-label="发布需求">
      <h1>发布需求</h1>
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
          数量
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
      </div>
      <label>
        截止日期
        <input name="deadline" type="date" value={deadline} onChange={(e) => setDeadline(e.target.value)} />
      </label>
      <label className="check">
        <input name="smallWish" type="checkbox" checked={smallWish} onChange={(e) => setSmallWish(e.target.checked)} /> 微心愿（党员认领）
      </label>
      <Refusals errors={refusals} />
      {error ? <ErrorState error={error} /> : null}
      <button type="submit" className="primary" disabled={loading}>
        {loading ? '发布中…' : '发布'}
      </button>
    </form>
  );
}
