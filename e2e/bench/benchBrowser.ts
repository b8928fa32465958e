// The browser benchmark: the app opens event sets of 100, 1,000 and 10,000 events in Chromium, and
// we report the time to the first drawn item and the frame times while zooming in and out.
// Run with `npm run bench:browser` (it builds first); the numbers are figures, not assertions.
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { preview, type Plugin } from 'vite';
import { makeEventSet } from './makeEventSet';

const sizes = (process.env.BENCH_SIZES ?? '100,1000,10000').split(',').map(Number);
const runs = Number(process.env.BENCH_RUNS ?? 3);

interface Figures {
  firstItemMs: number;
  frameMedianMs: number;
  frameP95Ms: number;
  frames: number;
}

/**
 * Runs in the page before the app: notes when the first item is drawn, and records frames on demand.
 * A string, not a function: tsx would wrap a function's inner functions in a helper the page lacks.
 */
const instrument = `
  const bench = { firstItem: -1, frames: [], recording: false };
  window.__bench = bench;
  // Visible, not only in the document: vis keeps its band hidden until its first window is set.
  const shown = () => [...document.querySelectorAll('.vis-item')].some((item) => item.checkVisibility({ visibilityProperty: true }));
  const observer = new MutationObserver(() => {
    if (!shown()) return;
    observer.disconnect();
    // The frame after the item is shown is the one that draws it.
    requestAnimationFrame(() => { bench.firstItem = performance.now(); });
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['style', 'class'] });
  window.__benchRecord = (on) => {
    bench.recording = on;
    if (!on) return;
    bench.frames = [];
    let last = performance.now();
    const frame = (now) => {
      bench.frames.push(now - last);
      last = now;
      if (bench.recording) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  };
`;

async function zoomInAndOut(page: Page): Promise<void> {
  const box = await page.getByTestId('timeline').boundingBox();
  if (!box) throw new Error('The timeline is not on the page.');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (const direction of [-1, 1]) {
    for (let step = 0; step < 8; step++) {
      await page.mouse.wheel(0, direction * 240);
      await page.waitForTimeout(80);
    }
  }
  for (const name of ['Zoom in', 'Zoom out']) {
    for (let step = 0; step < 4; step++) {
      await page.locator(`button[aria-label="${name}"]`).click();
      await page.waitForTimeout(150);
    }
  }
}

async function measure(page: Page, baseUrl: string, size: number): Promise<Figures> {
  await page.goto(`${baseUrl}?src=bench/events-${size}.json`);
  await page.waitForFunction(() => (window as unknown as { __bench: { firstItem: number } }).__bench.firstItem >= 0, null, {
    timeout: 120_000,
  });
  const firstItemMs = await page.evaluate(() => (window as unknown as { __bench: { firstItem: number } }).__bench.firstItem);
  await page.waitForTimeout(500);
  await page.evaluate(() => (window as unknown as { __benchRecord(on: boolean): void }).__benchRecord(true));
  await zoomInAndOut(page);
  await page.evaluate(() => (window as unknown as { __benchRecord(on: boolean): void }).__benchRecord(false));
  // The first delta spans the wait before recording began.
  const frames = (await page.evaluate(() => (window as unknown as { __bench: { frames: number[] } }).__bench.frames)).slice(1);
  return { firstItemMs, frameMedianMs: quantile(frames, 0.5), frameP95Ms: quantile(frames, 0.95), frames: frames.length };
}

/**
 * The event sets, served by the preview server itself like any file next to the app, so the time to
 * the first item includes a real download (Playwright's request interception is far slower). They
 * are compressed once, as a static host or a CDN serves them: compressed for each request, 3.4 MB
 * cost the server about 100 ms of the same two cores the browser is measured on.
 */
function serveEventSets(): Plugin {
  const bodies = new Map(sizes.map((size) => [`/bench/events-${size}.json`, gzipSync(JSON.stringify(makeEventSet(size)))]));
  return {
    name: 'dateline:bench-event-sets',
    configurePreviewServer(server) {
      server.middlewares.use((request, response, next) => {
        const body = bodies.get((request.url ?? '').split('?')[0]!);
        if (body === undefined) return next();
        response.setHeader('content-type', 'application/json');
        // Every browser accepts gzip; the preview server's own compression leaves an encoded body alone.
        response.setHeader('content-encoding', 'gzip');
        response.end(body);
      });
    },
  };
}

/**
 * Chromium's headless shell (Debian's chromium-headless-shell; Playwright's own choice for headless
 * runs) when it is there. The full browser opens a window for each new page, and each window loads
 * the browser's own address-bar popup in a renderer of its own: a whole core for the first 1.5–3 s,
 * which a reader's browser, its window open long before, does not spend.
 */
function chromiumPath(): { path: string; note: string } {
  if (process.env.CHROMIUM_PATH) return { path: process.env.CHROMIUM_PATH, note: process.env.CHROMIUM_PATH };
  const shell = '/usr/bin/chromium-headless-shell';
  if (existsSync(shell)) return { path: shell, note: 'headless shell' };
  return {
    path: '/usr/bin/chromium',
    note: 'full Chromium: its window start is counted too (apt-get install chromium-headless-shell for the shell)',
  };
}

/** The browser's first pages pay for its own start (its pools, caches): one page of each size first, not counted. */
async function warmUp(browser: Browser, baseUrl: string): Promise<void> {
  for (const size of sizes) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.addInitScript({ content: instrument });
    await page.goto(`${baseUrl}?src=bench/events-${size}.json`);
    await page.waitForFunction(() => (window as unknown as { __bench: { firstItem: number } }).__bench.firstItem >= 0, null, {
      timeout: 120_000,
    });
    await page.close();
  }
}

function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

const median = (values: readonly number[]) => quantile(values, 0.5);

async function main(): Promise<void> {
  // BENCH_DIST serves another build than dist/, e.g. one made while others rebuild dist/.
  const outDir = process.env.BENCH_DIST;
  const server = await preview({
    configFile: 'vite.config.ts',
    logLevel: 'warn',
    preview: { port: 0, open: false },
    plugins: [serveEventSets()],
    ...(outDir ? { build: { outDir } } : {}),
  });
  const baseUrl = server.resolvedUrls?.local[0];
  if (!baseUrl) throw new Error('The preview server did not start: run `npx vite build` first.');
  const browser = await chromium.launch({
    executablePath: chromiumPath().path,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  const results = new Map<number, Figures>();
  try {
    await warmUp(browser, baseUrl);
    for (const size of sizes) {
      const samples: Figures[] = [];
      for (let run = 0; run < runs; run++) {
        const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
        await page.addInitScript({ content: instrument });
        const figures = await measure(page, baseUrl, size);
        console.error(`  ${size} events, run ${run + 1}: first item ${figures.firstItemMs.toFixed(0)} ms, frame p95 ${figures.frameP95Ms.toFixed(1)} ms`);
        samples.push(figures);
        await page.close();
      }
      results.set(size, {
        firstItemMs: median(samples.map((s) => s.firstItemMs)),
        frameMedianMs: median(samples.map((s) => s.frameMedianMs)),
        frameP95Ms: median(samples.map((s) => s.frameP95Ms)),
        frames: median(samples.map((s) => s.frames)),
      });
    }
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
  report(results);
}

function report(results: Map<number, Figures>): void {
  const ms = (value: number) => `${value.toFixed(1)} ms`.padStart(10);
  const load = loadavg()[0]!.toFixed(1);
  console.log(`Browser benchmark, Chromium (${chromiumPath().note}), medians of ${runs} runs; zoom frames are requestAnimationFrame intervals.`);
  console.log(`${cpus().length} cores, load average ${load} (figures from a busy machine are slower)`);
  console.log('events    first item   frame median   frame p95   frames');
  for (const [size, figures] of results) {
    console.log(
      `${String(size).padStart(6)}  ${ms(figures.firstItemMs)}   ${ms(figures.frameMedianMs)}  ${ms(figures.frameP95Ms)}   ${String(figures.frames).padStart(6)}`,
    );
  }
  const small = results.get(sizes[0]!);
  const large = results.get(sizes.at(-1)!);
  if (small && large && small !== large) {
    console.log(
      `${sizes.at(-1)} vs ${sizes[0]} events: first item ×${(large.firstItemMs / small.firstItemMs).toFixed(2)}, frame p95 ×${(large.frameP95Ms / small.frameP95Ms).toFixed(2)}`,
    );
    console.log(
      `targets at ${sizes.at(-1)} events: first item < 1500 ms (${large.firstItemMs < 1500 ? 'met' : 'missed'}), frame p95 < 50 ms (${large.frameP95Ms < 50 ? 'met' : 'missed'})`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(`bench:browser: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
