import { CombinedGraphQLErrors, ServerError } from '@apollo/client';
import { useState, type ReactNode } from 'react';

/**
 * The console's building blocks: skeletons of fixed height (a page keeps its layout while it loads,
 * nothing moves when the answer comes), error states in Chinese, a pager for Relay connections.
 */

/** A loading placeholder of `rows` lines of the height the loaded rows take. */
export function Skeleton({ rows = 5, label = '加载中…' }: { rows?: number; label?: string }) {
  return (
    <div className="skeleton" role="status" aria-busy="true" aria-label={label}>
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="skeleton-row" />
      ))}
    </div>
  );
}

const CODE_MESSAGE: Record<string, string> = {
  UNAUTHENTICATED: '请先登录，或登录已过期',
  FORBIDDEN: '无权查看或操作：不在您的职责范围内',
  RATE_LIMITED: '请求过于频繁，请稍后再试',
  QUERY_TOO_COSTLY: '查询过大，请缩小范围',
  BAD_USER_INPUT: '输入有误',
  GRAPHQL_VALIDATION_FAILED: '请求格式有误',
  SUBGRAPH_UNAVAILABLE: '服务暂不可用，请稍后再试',
};

/** An error as a user reads it: a Chinese sentence first, what the server said after. */
export function describeError(error: unknown): { title: string; detail?: string; code?: string } {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const code = first?.extensions?.code as string | undefined;
    return { title: (code && CODE_MESSAGE[code]) ?? first?.message ?? '出错了', detail: first?.message, code };
  }
  if (ServerError.is(error)) {
    const code = error.statusCode === 401 ? 'UNAUTHENTICATED' : error.statusCode === 429 ? 'RATE_LIMITED' : undefined;
    return { title: (code && CODE_MESSAGE[code]) ?? `服务器错误（${error.statusCode}）`, detail: error.message, code };
  }
  if (error instanceof TypeError) return { title: '网络错误：无法连接服务器', detail: error.message };
  return { title: '出错了', detail: error instanceof Error ? error.message : String(error) };
}

export function ErrorState({ error, retry }: { error: unknown; retry?: () => void }) {
  const { title, detail, code } = describeError(error);
  return (
    <div className="error-state" role="alert" data-code={code}>
      <strong>{title}</strong>
      {detail && detail !== title ? <p className="muted">{detail}</p> : null}
      {retry ? (
        <button type="button" onClick={retry}>
          重试
        </button>
      ) : null}
    </div>
  );
}

/** A mutation's refusals (UserError: a Chinese · English message). */
export function Refusals({ errors }: { errors: readonly { message: string; code: string }[] | null | undefined }) {
  if (!errors?.length) return null;
  return (
    <div className="error-state" role="alert">
      {errors.map((e, i) => (
        <p key={i} data-code={e.code}>
          {e.message}
        </p>
      ))}
    </div>
  );
}

/**
 * Page through a connection: the cursors of the pages seen so far are kept, so that 上一页 goes back
 * exactly; the first page has no cursor.
 */
export function Pager({
  cursors,
  endCursor,
  hasNextPage,
  onChange,
  disabled,
}: {
  cursors: (string | null)[];
  endCursor: string | null | undefined;
  hasNextPage: boolean;
  onChange: (cursors: (string | null)[]) => void;
  disabled?: boolean;
}) {
  return (
    <nav className="pager" aria-label="分页">
      <button type="button" disabled={disabled || cursors.length <= 1} onClick={() => onChange(cursors.slice(0, -1))}>
        上一页
      </button>
      <span>第 {cursors.length} 页</span>
      <button type="button" disabled={disabled || !hasNextPage || !endCursor} onClick={() => onChange([...cursors, endCursor ?? null])}>
        下一页
      </button>
    </nav>
  );
}

export function Section({ title, children, actions, sticky }: { title: string; children: ReactNode; actions?: ReactNode; sticky?: boolean }) {
  return (
    <section className={sticky ? 'card sticky' : 'card'}>
      <header className="card-head">
        <h2>{title}</h2>
        {actions}
      </header>
      {children}
    </section>
  );
}

export function Badge({ children, tone }: { children: ReactNode; tone?: 'ok' | 'warn' | 'bad' | 'info' }) {
  return <span className={`badge ${tone ?? ''}`}>{children}</span>;
}

export const formatDate = (iso: string | null | undefined) => (iso ? new Date(iso).toLocaleDateString('zh-CN') : '—');
export const formatDateTime = (iso: string | null | undefined) =>
  iso ? new Date(iso).toLocaleString('zh-CN', { dateStyle: 'short', timeStyle: 'short' }) : '—';
export const percent = (x: number | null | undefined) => (x === null || x === undefined ? '—' : `${Math.round(x * 100)}%`);

/** The name of a party (an organisation, a unit or a member) in a union. */
export const partyName = (p: { name?: string } | null | undefined) => p?.name ?? '—';

/** What a mutation answers: its payload, whose `errors` are the user's mistakes (UserError). */
type Payload = { errors: readonly { code: string; message: string }[] } | null | undefined;

/**
 * Runs a mutation where the user acted: `act(() => …payload)`; while it runs `busy`, then `view` shows
 * its refusals (in the payload's Chinese words) or the error it threw, and `onDone` runs when it went through.
 */
export function useAction(onDone: () => void) {
  const [problem, setProblem] = useState<{ refusals?: readonly { code: string; message: string }[]; error?: unknown } | null>(null);
  const [busy, setBusy] = useState(false);
  const act = async (run: () => Promise<Payload>) => {
    setBusy(true);
    setProblem(null);
    try {
      const payload = await run();
      if (payload?.errors.length) setProblem({ refusals: payload.errors });
      else onDone();
    } catch (error) {
      setProblem({ error });
    } finally {
      setBusy(false);
    }
  };
  const view = problem?.refusals ? <Refusals errors={problem.refusals} /> : problem?.error ? <ErrorState error={problem.error} /> : null;
  return { act, busy, view };
}
