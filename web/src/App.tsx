import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { client } from './apollo';
import { Link, matchRoute, navigate, useLocation } from './router';
import { currentSession, homeOrganization, onSessionChange, ROLE_LABEL, saveSession, type Session } from './session';
import { Skeleton } from './ui';
import { SignInPage } from './pages/SignIn';
import { OrganizationPage } from './pages/Organization';
import { ItemListPage, type ListKind } from './pages/ItemList';
import { ItemPage } from './pages/Item';
import { PublishPage } from './pages/Publish';
import { UnitPage } from './pages/Unit';
import { UnitsPage } from './pages/Units';
import { RequestsPage } from './pages/Requests';
import { RequestPage } from './pages/Request';
import { DepartmentPage } from './pages/Department';
import { MatchingPage } from './pages/Matching';
import { MemberPage } from './pages/Member';

// ECharts is loaded with the statistics page only.
const StatisticsPage = lazy(() => import('./pages/Statistics'));

interface NavItem {
  to: string;
  label: string;
}

/** 角色导航 · What each role's navigation offers (the graph decides what each page shows it). */
export function navigationFor(session: Session): NavItem[] {
  const home = homeOrganization(session);
  const org = (path = '') => `/organizations/${home}${path}`;
  const lists = [
    { to: org('/needs'), label: '需求清单' },
    { to: org('/offers'), label: '资源清单' },
    { to: org('/projects'), label: '项目清单' },
  ];
  switch (session.role) {
    case 'STREET_ADMIN':
    case 'COMMUNITY_ADMIN':
      return [
        { to: org(), label: session.role === 'STREET_ADMIN' ? '街道与社区' : '大党委' },
        ...lists,
        { to: org('/requests'), label: '群众诉求' },
        { to: org('/units'), label: '单位与协议' },
        { to: org('/matching'), label: '智能匹配' },
        { to: org('/statistics'), label: '统计分析' },
      ];
    case 'VIEWER':
      return [{ to: org(), label: '组织架构' }, ...lists, { to: org('/units'), label: '单位与协议' }];
    case 'GRID_WORKER':
      return [{ to: org(), label: '本网格' }, { to: org('/needs'), label: '需求清单' }, { to: org('/requests'), label: '群众诉求' }];
    case 'UNIT_ADMIN':
      return [{ to: `/units/${session.scopeId}`, label: '本单位' }, ...lists];
    case 'MEMBER':
      return [{ to: `/members/${session.scopeId}`, label: '我的主页' }];
    case 'DEPARTMENT_ADMIN':
      return [{ to: `/departments/${session.scopeId}`, label: '本部门' }];
    case 'RESIDENT':
      return [{ to: org(), label: '我的网格' }];
  }
}

function route(path: string, session: Session): ReactNode {
  let m: Record<string, string> | null;
  if ((m = matchRoute('/organizations/:id', path))) return <OrganizationPage id={m.id} session={session} />;
  if ((m = matchRoute('/organizations/:id/:list/publish', path)) && ['needs', 'offers', 'projects'].includes(m.list)) {
    return <PublishPage organizationId={m.id} kind={m.list as ListKind} session={session} />;
  }
  if ((m = matchRoute('/organizations/:id/requests', path))) return <RequestsPage id={m.id} />;
  if ((m = matchRoute('/organizations/:id/units', path))) return <UnitsPage id={m.id} />;
  if ((m = matchRoute('/organizations/:id/matching', path))) return <MatchingPage id={m.id} session={session} />;
  if ((m = matchRoute('/organizations/:id/statistics', path))) return <StatisticsPage id={m.id} />;
  if ((m = matchRoute('/organizations/:id/:list', path)) && ['needs', 'offers', 'projects'].includes(m.list)) {
    return <ItemListPage id={m.id} kind={m.list as ListKind} session={session} />;
  }
  if ((m = matchRoute('/:list/:id', path)) && ['needs', 'offers', 'projects'].includes(m.list)) {
    return <ItemPage kind={m.list as ListKind} id={m.id} session={session} />;
  }
  if ((m = matchRoute('/requests/:id', path))) return <RequestPage id={m.id} session={session} />;
  if ((m = matchRoute('/units/:id', path))) return <UnitPage id={m.id} session={session} />;
  if ((m = matchRoute('/departments/:id', path))) return <DepartmentPage id={m.id} session={session} />;
  if ((m = matchRoute('/members/:id', path))) return <MemberPage id={m.id} session={session} />;
  return (
    <div className="card">
      <h1>页面不存在</h1>
      <p>
        <Link to="/">回到首页</Link>
      </p>
    </div>
  );
}

export function App() {
  const { path } = useLocation();
  const [session, setSession] = useState(currentSession);
  useEffect(() => onSessionChange(() => setSession(currentSession())), []);

  // Signed out: the sign-in page, whatever was asked for. Signed in at `/`: the role's first page.
  useEffect(() => {
    if (!session && path !== '/sign-in') navigate('/sign-in', true);
    else if (session && (path === '/' || path === '/sign-in')) navigate(navigationFor(session)[0].to, true);
  }, [session, path]);

  if (!session) return <SignInPage />;
  const nav = navigationFor(session);
  const signOut = () => {
    saveSession(null);
    void client.clearStore();
  };
  return (
    <div className="shell">
      <header className="topbar">
        <Link to="/" className="brand">
          共驻共建
        </Link>
        <nav className="nav" aria-label="导航">
          {nav.map((n) => (
            <Link key={n.to} to={n.to} className={path === n.to ? 'active' : undefined}>
              {n.label}
            </Link>
          ))}
        </nav>
        <div className="who">
          <span data-testid="who">
            {ROLE_LABEL[session.role]}
            {session.label ? ` · ${session.label}` : ''}
          </span>
          <button type="button" className="link" onClick={signOut}>
            退出
          </button>
        </div>
      </header>
      <main className="content">
        <Suspense fallback={<Skeleton rows={8} />}>{route(path, session)}</Suspense>
      </main>
    </div>
  );
}
