import { launchBrowser } from './test/support/browser';
const origin = 'http://127.0.0.1:4600';
async function main() {
  const b = await launchBrowser(origin);
  for (const role of ['COMMUNITY_ADMIN', 'UNIT_ADMIN', 'MEMBER']) {
    const page = await b.page();
    await page.addInitScript(() => {
      (window as any).__shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as any[]) if (!e.hadRecentInput) (window as any).__shifts.push({ v: e.value, at: location.pathname, nodes: (e.sources ?? []).map((s: any) => s.node?.className ?? s.node?.nodeName) });
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${origin}/`);
    await page.selectOption('select[name=role]', role);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByTestId('who').waitFor();
    await page.route('**/graphql', async (route) => { await new Promise((r) => setTimeout(r, 800)); await route.continue(); });
    const links = await page.getByRole('navigation', { name: '导航' }).getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    for (const href of links) {
      await page.goto(`${origin}${href}`);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);
      const shifts = await page.evaluate(() => (window as any).__shifts);
      const total = shifts.reduce((a: number, s: any) => a + s.v, 0);
      console.log(role, href, total.toFixed(4), JSON.stringify(shifts.filter((s: any) => s.v > 0.001).map((s: any) => [s.v.toFixed(3), s.nodes.join(',')])));
    }
  }
  await b.close();
}
main();
