import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { MatchingBoardDocument, NeedSuggestionsDocument, SendInvitationDocument } from '../generated/operations';
import { MatchFactorLabel, ServiceCategoryLabel } from '../generated/labels';
import { Link } from '../router';
import type { Session } from '../session';
import { Badge, ErrorState, partyName, percent, Refusals, Section, Skeleton } from '../ui';

/**
 * 智能匹配 · The territory's assignment of offers to open needs beside the greedy one, what stays unmet,
 * and for a chosen need the suggested offers with each factor's share of the score; a committee sends
 * an invitation (派单) from a suggestion.
 */
export function MatchingPage({ id, session }: { id: string; session: Session }) {
  const { data, error, loading, refetch } = useQuery(MatchingBoardDocument, { variables: { within: id } });
  const [needId, setNeedId] = useState<string | null>(null);
  const board = data?.territoryAssignment;
  const governs = session.role === 'STREET_ADMIN' || session.role === 'COMMUNITY_ADMIN';
  return (
    <>
      <h1>智能匹配</h1>
      {!board && loading ? (
        <Skeleton rows={10} />
      ) : !board ? (
        <ErrorState error={error} retry={() => void refetch()} />
      ) : (
        <>
          <div className="figures">
            <div>
              <span className="figure">{percent(board.coverage)}</span>最优分配覆盖率
            </div>
            <div>
              <span className="figure">{percent(board.greedyCoverage)}</span>贪心分配覆盖率
            </div>
            <div>
              <span className="figure">{board.openNeeds}</span>待满足需求
            </div>
            <div>
              <span className="figure">{board.availableOffers}</span>可用资源
            </div>
          </div>
          <div className="grid-2">
            <Section title="分配方案">
              <div className="table-wrap">
                <table className="list" data-testid="assignment">
                  <thead>
                    <tr>
                      <th>需求</th>
                      <th>资源</th>
                      <th>数量</th>
                      <th>得分</th>
                    </tr>
                  </thead>
                  <tbody>
                    {board.matches.slice(0, 30).map((m) => (
                      <tr key={`${m.need.id}-${m.offer.id}`} className={m.need.id === needId ? 'selected' : undefined}>
                        <td data-label="需求">
                          <button type="button" className="link" onClick={() => setNeedId(m.need.id)}>
                            {m.need.title}
                          </button>
                        </td>
                        <td data-label="资源">
                          {m.offer.title} <span className="muted">{partyName(m.offer.provider)}</span>
                        </td>
                        <td data-label="数量">{m.quantity}</td>
                        <td data-label="得分">{m.score.toFixed(2)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {board.unmetByCategory.length ? (
                <p className="muted">未满足：{board.unmetByCategory.map((u) => `${ServiceCategoryLabel[u.category]} ${u.unmetQuantity}`).join('、')}</p>
              ) : null}
            </Section>
            <Section title="推荐与解释" sticky>{needId ? <Suggestions needId={needId} governs={governs} /> : <p className="muted">选择左侧的需求，查看推荐的资源及各因素得分。</p>}</Section>
          </div>
        </>
      )}
    </>
  );
}

function Suggestions({ needId, governs }: { needId: string; governs: boolean }) {
  const { data, error, loading } = useQuery(NeedSuggestionsDocument, { variables: { id: needId } });
  const [send] = useMutation(SendInvitationDocument);
  const [sent, setSent] = useState<Record<string, string>>({});
  const [refusals, setRefusals] = useState<readonly { code: string; message: string }[] | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const need = data?.need;
  if (!need && loading) return <Skeleton rows={6} />;
  if (!need) return <ErrorState error={error} />;
  const invite = async (offerId: string, quantity: number) => {
    setRefusals(null);
    setFailure(null);
    try {
      const { data: answer } = await send({ variables: { input: { needId, offerId, quantity } } });
      if (answer?.sendInvitation.errors.length) setRefusals(answer.sendInvitation.errors);
      else setSent((s) => ({ ...s, [offerId]: '已派单' }));
    } catch (err) {
      setFailure(err);
    }
  };
  return (
    <div data-testid="suggestions">
      <h3>
        <Link to={`/needs/${need.id}`}>{need.title}</Link> <span className="muted">余 {need.remainingQuantity}</span>
      </h3>
      {need.suggestedOffers.length === 0 ? <p className="muted">没有可推荐的资源</p> : null}
      {need.suggestedOffers.map((m) => (
        <div key={m.offer.id} className="suggestion">
          <div className="suggestion-head">
            <Link to={`/offers/${m.offer.id}`}>{m.offer.title}</Link> <span className="muted">{partyName(m.offer.provider)}</span> <Badge tone="info">得分 {m.score.toFixed(2)}</Badge>
            {governs ? (
              sent[m.offer.id] ? (
                <Badge tone="ok">{sent[m.offer.id]}</Badge>
              ) : (
                <button type="button" className="primary" onClick={() => void invite(m.offer.id, m.quantity)}>
                  派单（{m.quantity}）
                </button>
              )
            ) : null}
          </div>
          <ul className="factors">
            {m.factors.map((f) => (
              <li key={f.factor}>
                <span className="factor-name">{MatchFactorLabel[f.factor]}</span>
                <span className="bar" aria-hidden="true">
                  <meter min={0} max={1} value={Math.max(0, Math.min(1, f.value))} />
                </span>
                <span className="muted">
                  分值 {f.value.toFixed(2)} · 权重 {f.weight} · 计入 {f.contribution.toFixed(2)} · {f.note}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ))}
      <Refusals errors={refusals} />
      {failure ? <ErrorState error={failure} /> : null}
    </div>
  );
}
