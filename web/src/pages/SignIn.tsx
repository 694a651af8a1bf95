import { useEffect, useState, type FormEvent } from 'react';
import { clearNotice, notice, ROLE_LABEL, ROLES, signIn, signInWithToken, type Role } from '../session';

/**
 * 登录 · Development sign-in: a role of the demo territory (and, optionally, the id of the organisation,
 * unit or member it is bound to), as `npm run token` mints it — the gateway offers it outside production
 * only —, or a token got elsewhere, pasted.
 */
export function SignInPage() {
  const [role, setRole] = useState<Role>('COMMUNITY_ADMIN');
  const [scopeId, setScopeId] = useState('');
  const [error, setError] = useState<string | null>(notice);
  // Said once: a reload of the sign-in page starts clean.
  useEffect(clearNotice, []);
  const [busy, setBusy] = useState(false);
  const [token, setToken] = useState('');
  const useToken = (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      signInWithToken(token);
    } catch (err) {
      setError((err as Error).message);
    }
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(role, scopeId.trim() || undefined);
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <main className="sign-in">
      <form className="card" onSubmit={submit} aria-label="登录">
        <h1>区域化党建 · 共驻共建</h1>
        <p className="muted">开发环境登录：选择角色，获得演示辖区的令牌。</p>
        <label>
          角色
          <select name="role" value={role} onChange={(e) => setRole(e.target.value as Role)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABEL[r]}
              </option>
            ))}
          </select>
        </label>
        <label>
          范围标识（可选）
          <input name="scopeId" value={scopeId} onChange={(e) => setScopeId(e.target.value)} placeholder="党组织、单位或党员的标识；留空取第一个" />
        </label>
        <div className="form-error" role={error ? 'alert' : undefined}>
          {error}
        </div>
        <button type="submit" className="primary" disabled={busy}>
          {busy ? '登录中…' : '登录'}
        </button>
      </form>
      <form className="card" onSubmit={useToken} aria-label="令牌登录">
        <label>
          已有令牌（由本单位的登录系统签发）
          <textarea name="token" rows={3} value={token} onChange={(e) => setToken(e.target.value)} />
        </label>
        <button type="submit">使用令牌登录</button>
      </form>
    </main>
  );
}
