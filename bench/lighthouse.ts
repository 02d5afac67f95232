/**
 * Lighthouse (the npm package) on the public pages, against Debian's Chromium, offline, with its
 * default mobile profile (an emulated mid-range phone, simulated slow 4G and 4× CPU slowdown).
 * Goals of the public door: performance at least 90, accessibility 100.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

export const LIGHTHOUSE_PAGES = [
  { name: 'home', path: '/' },
  { name: 'relais', path: '/r/{slug}' },
  { name: 'directory', path: '/r/{slug}/annuaire' },
  // A search near Aizenay (demo relais): the results with their contact forms, and the map's table.
  { name: 'directory-results', path: '/r/{slug}/annuaire?commune=85003&radiusKm=10&days=1&days=2' },
  // Pages of the single-page app that parents reach from the relais page.
  { name: 'activities', path: '/r/{slug}/animations' },
  { name: 'employer-help', path: '/aide-employeur/salaire' },
];

export interface LighthouseResult {
  page: string;
  path: string;
  /** 0–100, as Lighthouse shows them. */
  performance: number;
  accessibility: number;
  /** Milliseconds (simulated on the mobile profile). */
  firstContentfulPaint: number;
  largestContentfulPaint: number;
  totalBlockingTime: number;
  /** Audits of the accessibility category that did not pass. */
  failedAccessibilityAudits: string[];
}

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function runLighthouse(baseUrl: string, slug: string): Promise<LighthouseResult[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  try {
    const results: LighthouseResult[] = [];
    for (const page of LIGHTHOUSE_PAGES) {
      const path = page.path.replace('{slug}', slug);
      const run = await lighthouse(baseUrl + path, {
        port: chrome.port,
        onlyCategories: ['performance', 'accessibility'],
        logLevel: 'error',
        output: 'json',
      });
      if (!run) throw new Error(`Lighthouse gave no result for ${path}`);
      const { lhr } = run;
      if (lhr.runtimeError) throw new Error(`Lighthouse on ${path}: ${lhr.runtimeError.message}`);
      const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const metric = (id: string) => Math.round(lhr.audits[id]?.numericValue ?? 0);
      results.push({
        page: page.name,
        path,
        performance: score('performance'),
        accessibility: score('accessibility'),
        firstContentfulPaint: metric('first-contentful-paint'),
        largestContentfulPaint: metric('largest-contentful-paint'),
        totalBlockingTime: metric('total-blocking-time'),
        failedAccessibilityAudits: (lhr.categories.accessibility?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => ref.id),
      });
    }
    return results;
  } finally {
    chrome.kill();
  }
}
