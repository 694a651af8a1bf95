/**
 * The signed-in caller (登录信息), kept in sessionStorage: a tab's session ends with the tab, and the
 * token never reaches localStorage or a cookie. Written by the sign-in page, read by the Apollo link
 * (the bearer token) and by the navigation (the role's pages).
 */
export const ROLES = ['STREET_ADMIN', 'COMMUNITY_ADMIN', 'GRID_WORKER', 'UNIT_ADMIN', 'MEMBER', 'VIEWER', 'DEPARTMENT_ADMIN', 'RESIDENT'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABEL: Record<Role, string> = {
  STREET_ADMIN: '街道党工委管理员',
  COMMUNITY_ADMIN: '社区大党委管理员',
  GRID_WORKER: '网格员',
  UNIT_ADMIN: '驻区单位管理员',
  MEMBER: '党员',
  VIEWER: '查看者',
  DEPARTMENT_ADMIN: '职能部门管理员',
  RESIDENT: '群众',
};

export interface Session {
  token: string;
  role: Role;
  /** What the role is bound to: an organisation, a unit (UNIT_ADMIN) or a member (MEMBER). */
  scopeId: string;
  /** The scope's name ('' for a pasted token, which does not carry it). */
  label: string;
  /** The scope's territory path, root first: for a unit or a member, their community's. */
  territory: string[];
}

const KEY = 'coop-graph.session';
const listeners = new Set<() => void>();

export function currentSession(): Session | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
}

export function saveSession(session: Session | null) {
  if (session) sessionStorage.setItem(KEY, JSON.stringify(session));
  else sessionStorage.removeItem(KEY);
  listeners.forEach((l) => l());
}

const NOTICE = 'coop-graph.notice';

/** Ends the session with a word for the sign-in page (an expired token). */
export function endSession(notice: string) {
  sessionStorage.setItem(NOTICE, notice);
  saveSession(null);
}

/** Why the last session ended, if it was ended so (the sign-in page says it, then `clearNotice`). */
export const notice = (): string | null => sessionStorage.getItem(NOTICE);
export const clearNotice = () => sessionStorage.removeItem(NOTICE);

export function onSessionChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** The organisation whose lists the role works on: its own, or (a unit, a member) its community. */
export function homeOrganization(session: Session): string {
  return session.role === 'UNIT_ADMIN' || session.role === 'MEMBER' ? session.territory[session.territory.length - 1] : session.scopeId;
}

/**
 * Signs in with a token got elsewhere (a deployment's own sign-in): its claims say the role, the scope and
 * the territory (read here only to choose the pages; the gateway verifies the token on every request, and
 * one it does not take ends the session).
 */
export function signInWithToken(token: string): Session {
  const payload = token.trim().split('.')[1];
  let claims: { role?: string; scope?: string; territory?: string[]; exp?: number } = {};
  try {
    claims = JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(payload.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0))));
  } catch {
    throw new Error('令牌格式不正确 · this is not a token');
  }
  if (!ROLES.includes(claims.role as Role) || typeof claims.scope !== 'string' || !Array.isArray(claims.territory)) {
    throw new Error('令牌中没有角色和范围 · the token names no role and scope');
  }
  if (claims.exp && claims.exp * 1000 < Date.now()) throw new Error('令牌已过期 · the token has expired');
  const role = claims.role as Role;
  const session: Session = { token: token.trim(), role, scopeId: claims.scope, label: '', territory: claims.territory };
  saveSession(session);
  return session;
}

/** Asks the gateway for a development token (POST /dev/sign-in; not offered in production). */
export async function signIn(role: Role, scopeId?: string): Promise<Session> {
  const response = await fetch('/dev/sign-in', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ role, ...(scopeId ? { scopeId } : {}) }),
  });
  const body = (await response.json().catch(() => ({}))) as Partial<Session> & { errors?: { message: string }[] };
  if (response.status === 404 && !body.errors) throw new Error('此环境未开放开发登录 · development sign-in is not offered here');
  if (!response.ok || !body.token) throw new Error(body.errors?.[0]?.message ?? `登录失败（${response.status}）`);
  const session: Session = { token: body.token, role: body.role as Role, scopeId: body.scopeId!, label: body.label!, territory: body.territory ?? [] };
  saveSession(session);
  return session;
}
