import { launchBrowser } from './test/support/browser';
const origin = 'http://127.0.0.1:4600';
async function main() {
  const b = await launchBrowser(origin);
  for (const role of ['COMMUNITY_ADMIN', 'STREET_ADMIN', 'UNIT_ADMIN', 'MEMBER', 'GRID_WORKER', 'VIEWER', 'DEPARTMENT_ADMIN', 'RESIDENT']) {
    const page = await b.page();
    await page.goto(`${origin}/`);
    await page.waitForURL('**/sign-in');
    await page.selectOption('select[name=role]', role);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByTestId('who').waitFor();
    const links = await page.getByRole('navigation', { name: '导航' }).getByRole('link').evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
    for (const [label, href] of links) {
      const t0 = Date.now();
      await page.goto(`${origin}${href}`);
      await page.waitForLoadState('networkidle');
      const alerts = await page.getByRole('alert').allTextContents();
      const skeletons = await page.locator('.skeleton').count();
      console.log(role, label, href, `${Date.now() - t0}ms`, alerts.length ? `ALERT: ${alerts.join(' | ')}` : 'ok', skeletons ? `skeletons:${skeletons}` : '');
      await page.screenshot({ path: `/tmp/console-demo-shots/${role}-${label}.png`, fullPage: true });
    }
  }
  console.log('problems', b.problems);
  await b.close();
}
main();
