/** The bench's printed report: a few context lines and a markdown table ready for docs/benchmarks.md. */
import type { LighthouseResult } from './lighthouse.js';
import type { RawSearchResult } from './raw-sql.js';
import type { BenchReport, ScenarioResult } from './results.js';

export function formatReport(report: BenchReport): string {
  const { machine, settings } = report;
  const lines = [
    `Relais bench, ${report.date}, dataset "${report.dataset}"`,
    `Machine: ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memoryGiB} GiB, ${machine.os}, Node ${machine.node}`,
    `Load average (1/5/15 min): ${machine.loadAverageAtStart.join(' / ')} at start, ${report.loadAverageAtEnd.join(' / ')} at end`,
    `autocannon: ${settings.connections} connections, ${settings.duration} s measured after ${settings.warmup} s of warm-up, ` +
      `${settings.rounds} round(s)${settings.rounds > 1 ? ' (median round shown)' : ''}`,
    'Latency in ms: mean = connections ÷ req/s; p50, p90, p99 from autocannon (it reports p2.5, p50, p75, p90,',
    'p97.5, p99 in whole ms: 0 means under 1 ms); p95 from every response time of the measured run.',
    `Ratio: req/s divided by the req/s of ${report.baseline} measured in the same round.`,
    '',
    formatTable(report.results, settings.rounds > 1),
    ...(report.raw.length > 0
      ? [
          '',
          'The same directory search, its SQL alone straight on the driver (the limit; one run of the measured duration):',
          '',
          formatRawTable(report.raw),
        ]
      : []),
    ...(report.lighthouse.length > 0
      ? [
          '',
          'Lighthouse, mobile profile (goals: performance ≥ 90, accessibility 100):',
          '',
          formatLighthouseTable(report.lighthouse),
        ]
      : []),
  ];
  return lines.join('\n');
}

export function formatLighthouseTable(results: LighthouseResult[]): string {
  return markdownTable(
    ['Page', 'Path', 'Performance', 'Accessibility', 'FCP ms', 'LCP ms', 'TBT ms', 'Failed a11y audits'],
    ['Page', 'Path', 'Failed a11y audits'],
    results.map((r) => [
      r.page,
      r.path,
      String(r.performance),
      String(r.accessibility),
      String(r.firstContentfulPaint),
      String(r.largestContentfulPaint),
      String(r.totalBlockingTime),
      r.failedAccessibilityAudits.join(', ') || '—',
    ]),
  );
}

export function formatRawTable(raw: RawSearchResult[]): string {
  return markdownTable(
    ['Search', 'Engine', 'Relais', 'Matching', 'searches/s', 'p50 ms', 'p95 ms', 'p99 ms'],
    ['Search', 'Engine', 'Relais'],
    raw.map((r) => [
      `raw SQL, ${r.search}`,
      r.engine,
      r.slug,
      String(r.matching),
      String(Math.round(r.searchesPerSec)),
      r.latencyMs.p50.toFixed(2),
      r.latencyMs.p95.toFixed(2),
      r.latencyMs.p99.toFixed(2),
    ]),
  );
}

export function formatTable(results: ScenarioResult[], showRange: boolean): string {
  const header = [
    'Scenario',
    'Engine',
    'req/s',
    ...(showRange ? ['req/s range'] : []),
    'mean ms',
    'p50 ms',
    'p90 ms',
    'p95 ms',
    'p99 ms',
    'Failed',
    'Log B/req',
    'Ratio',
  ];
  const rows = results.map(({ scenario, engine, summary }) => [
    scenario,
    engine ?? '—',
    String(Math.round(summary.reqPerSec)),
    ...(showRange ? [summary.reqPerSecRange.map((speed) => Math.round(speed)).join('–')] : []),
    summary.latencyMs.mean.toFixed(2),
    milliseconds(summary.latencyMs.p50),
    milliseconds(summary.latencyMs.p90),
    summary.latencyMs.p95.toFixed(1),
    milliseconds(summary.latencyMs.p99),
    String(summary.failures),
    String(Math.round(summary.logBytesPerRequest)),
    summary.ratio.toFixed(2),
  ]);
  return markdownTable(header, ['Scenario', 'Engine'], rows);
}

function markdownTable(header: string[], textColumns: string[], rows: string[][]): string {
  const numeric = header.map((title) => !textColumns.includes(title));
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) =>
    `| ${cells.map((cell, column) => (numeric[column] ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!))).join(' | ')} |`;
  // Laid out as prettier lays out markdown tables: pasted into docs, it stays as is.
  const rule = line(widths.map((width, column) => (numeric[column] ? `${'-'.repeat(width - 1)}:` : '-'.repeat(width))));
  return [line(header), rule, ...rows.map(line)].join('\n');
}

function milliseconds(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2);
}
