import { useQuery } from '@apollo/client/react';
import { BarChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef, useState } from 'react';
import { OrganizationStatisticsDocument } from '../generated/operations';
import { ClaimStatusLabel, ListKindLabel, MemberCategoryLabel, RequestCategoryLabel } from '../generated/labels';
import { currentSession } from '../session';
import { ErrorState, percent, Section, Skeleton } from '../ui';

// Only the charts the page draws (ECharts is modular: the bundle carries these, not the whole library).
echarts.use([BarChart, PieChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

/** A chart of fixed height (no layout shift when the figures come), redrawn when its option changes. */
function Chart({ option, label }: { option: echarts.EChartsCoreOption; label: string }) {
  const ref = useRef<HTMLDivElement>(null);
  // Redrawn when the figures change, not on every render (the option is a new object each time).
  const key = JSON.stringify(option);
  useEffect(() => {
    const chart = echarts.init(ref.current!, undefined, { renderer: 'canvas' });
    chart.setOption(option);
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return <div ref={ref} className="chart" role="img" aria-label={label} data-testid="chart" />;
}

const EXPORTS = [
  ['needs', '需求清单'],
  ['offers', '资源清单'],
  ['projects', '项目清单'],
  ['requests', '群众诉求'],
  ['statistics', '统计'],
] as const;

/**
 * 下载 · An export (gateway/exports.ts) needs the bearer token, which a plain link cannot send: it is
 * fetched with the token and handed to the browser as a file.
 */
async function download(path: string) {
  const session = currentSession();
  const response = await fetch(path, { headers: session ? { authorization: `Bearer ${session.token}` } : {} });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { errors?: { message: string }[] } | null;
    throw new Error(body?.errors?.[0]?.message ?? `下载失败（${response.status}）`);
  }
  const name = /filename\*=UTF-8''([^;]+)/.exec(response.headers.get('content-disposition') ?? '')?.[1];
  const url = URL.createObjectURL(await response.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name ? decodeURIComponent(name) : path.split('/').pop()!.split('?')[0];
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** 统计分析 · A territory's figures for a year: the three lists, claims, requests, hours; charts and downloads. */
export default function StatisticsPage({ id }: { id: string }) {
  const [year, setYear] = useState(new Date().getFullYear());
  const from = new Date(Date.UTC(year, 0, 1)).toISOString();
  const to = new Date(Date.UTC(year + 1, 0, 1)).toISOString();
  const { data, error, loading, refetch } = useQuery(OrganizationStatisticsDocument, { variables: { id, from, to } });
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const stats = data?.organization?.statistics;
  const query = `organization=${encodeURIComponent(id)}`;
  const period = `&from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;
  return (
    <>
      <h1>
        统计分析 <span className="muted">{data?.organization?.name ?? ''}</span>
      </h1>
      <div className="toolbar">
        <label>
          年度
          <select name="year" value={year} onChange={(e) => setYear(Number(e.target.value))}>
            {[0, 1, 2].map((d) => {
              const y = new Date().getFullYear() - d;
              return (
                <option key={y} value={y}>
                  {y}
                </option>
              );
            })}
          </select>
        </label>
        <span className="downloads" data-testid="downloads">
          下载：
          {EXPORTS.map(([name, label]) =>
            (['csv', 'xlsx'] as const).map((format) => {
              const path = `/export/${name}.${format}?${query}${name === 'statistics' ? period : ''}`;
              return (
                <a
                  key={`${name}.${format}`}
                  href={path}
                  onClick={(e) => {
                    e.preventDefault();
                    setDownloadError(null);
                    download(path).catch(setDownloadError);
                  }}
                >
                  {label}（{format === 'csv' ? 'CSV' : 'Excel'}）
                </a>
              );
            }),
          )}
        </span>
      </div>
      {downloadError ? <ErrorState error={downloadError} /> : null}
      {!stats && loading ? (
        <Skeleton rows={12} />
      ) : !stats ? (
        <ErrorState error={error} retry={() => void refetch()} />
      ) : (
        <>
          {stats.requests ? (
            <div className="figures">
              <div>
                <span className="figure">{stats.requests.received}</span>受理诉求
              </div>
              <div>
                <span className="figure">{stats.requests.resolved}</span>已办结
              </div>
              <div>
                <span className="figure">{percent(stats.requests.onTimeRate)}</span>按时办结率
              </div>
              <div>
                <span className="figure">{percent(stats.requests.satisfactionRate)}</span>满意率
              </div>
              <div className={stats.requests.overdueNow ? 'overdue' : undefined}>
                <span className="figure">{stats.requests.overdueNow}</span>当前超期
              </div>
            </div>
          ) : null}
          <div className="grid-2">
            {stats.lists ? (
              <Section title="三张清单">
                <Chart
                  label="三张清单：发布、认领、完成"
                  option={{
                    tooltip: {},
                    legend: { top: 0 },
                    grid: { left: 40, right: 10, top: 40, bottom: 30 },
                    xAxis: { type: 'category', data: stats.lists.map((l) => ListKindLabel[l.list]) },
                    yAxis: { type: 'value' },
                    series: [
                      { name: '发布', type: 'bar', data: stats.lists.map((l) => l.published) },
                      { name: '认领', type: 'bar', data: stats.lists.map((l) => l.claimed) },
                      { name: '完成', type: 'bar', data: stats.lists.map((l) => l.fulfilled) },
                    ],
                  }}
                />
              </Section>
            ) : null}
            {stats.claims ? (
              <Section title={`认领状态（共 ${stats.claims.total}）`}>
                <Chart
                  label="认领状态分布"
                  option={{
                    tooltip: { trigger: 'item' },
                    series: [{ type: 'pie', radius: ['35%', '65%'], data: stats.claims.byStatus.map((s) => ({ name: ClaimStatusLabel[s.status], value: s.count })) }],
                  }}
                />
              </Section>
            ) : null}
            {stats.requests ? (
              <Section title="诉求类别">
                <Chart
                  label="诉求按类别"
                  option={{
                    tooltip: {},
                    grid: { left: 90, right: 10, top: 10, bottom: 20 },
                    yAxis: { type: 'category', data: stats.requests.byCategory.map((c) => RequestCategoryLabel[c.category]) },
                    xAxis: { type: 'value' },
                    series: [{ type: 'bar', data: stats.requests.byCategory.map((c) => c.count) }],
                  }}
                />
              </Section>
            ) : null}
            {stats.volunteerHoursByCategory ? (
              <Section title="志愿服务时长（按党员类别）">
                <Chart
                  label="志愿服务时长"
                  option={{
                    tooltip: { trigger: 'item' },
                    series: [{ type: 'pie', radius: '65%', data: stats.volunteerHoursByCategory.map((c) => ({ name: MemberCategoryLabel[c.category], value: c.hours })) }],
                  }}
                />
              </Section>
            ) : null}
          </div>
          {stats.unitRanking?.length ? (
            <Section title="单位贡献排名">
              <ol className="rows">
                {stats.unitRanking.map((r) => (
                  <li key={r.rank}>
                    {r.unit?.name ?? '—'} · 履约 {r.deliveredClaims}
                  </li>
                ))}
              </ol>
            </Section>
          ) : null}
          {error ? <ErrorState error={error} /> : null}
        </>
      )}
    </>
  );
}
