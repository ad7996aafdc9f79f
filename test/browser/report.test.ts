import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../support/cli.js';

// The report page in a real browser: Debian's chromium, driven by playwright-core.
const CHROMIUM = process.env.DIGIRAAD_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const hasChromium = existsSync(CHROMIUM);
const inCi = Boolean(process.env.CI);

if (!hasChromium) {
  console.warn(`test/browser: skipped, no chromium at ${CHROMIUM} (apt-get install chromium, or set DIGIRAAD_CHROMIUM); in CI this fails`);
}

describe.runIf(!hasChromium && inCi)('browser test in CI', () => {
  it('needs chromium', () => {
    throw new Error(`CI is set but there is no chromium at ${CHROMIUM}: install it (apt-get install chromium) so the report page is tested in a browser`);
  });
});

describe.skipIf(!hasChromium)('index.html in chromium', () => {
  let browser: Browser;
  let page: Page;
  let url: string;
  const consoleErrors: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    const cwd = tempDir();
    const out = join(cwd, 'site');
    const run = await runCli(['report', '--out', out], { cwd });
    expect(run.code, run.stderr).toBe(0);
    url = pathToFileURL(join(out, 'index.html')).href;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('loads without console errors and fetches nothing but itself', () => {
    expect(consoleErrors).toEqual([]);
    // The font is inlined as a data: URL, which is not a request to any network.
    expect(requests.filter((r) => r !== url && !r.startsWith('data:'))).toEqual([]);
  });

  it('sets the text in the embedded font', async () => {
    expect(await page.evaluate(() => document.fonts.check('16px "Source Sans 3"'))).toBe(true);
    expect(await page.evaluate(() => [...document.fonts].filter((f) => f.status === 'loaded').length)).toBeGreaterThan(0);
  });

  it('shows every chart with a size, labelled, next to a data table', async () => {
    const charts = page.locator('figure > svg');
    expect(await charts.count()).toBe(6);
    for (const chart of await charts.all()) {
      expect(await chart.isVisible()).toBe(true);
      const box = await chart.boundingBox();
      expect(box!.width).toBeGreaterThan(100);
      expect(box!.height).toBeGreaterThan(100);
      expect(await chart.getAttribute('role')).toBe('img');
    }
    expect(await page.locator('figure figcaption').count()).toBe(6);
    expect(await page.locator('figure table caption').count()).toBe(6);
  });

  it('names each chart figure by its caption, which comes first, then the chart and its table', async () => {
    const figures = page.locator('main figure');
    expect(await figures.count()).toBe(6);
    for (const figure of await figures.all()) {
      const children = await figure.evaluate((f) => [...f.children].map((c) => c.tagName.toLowerCase()));
      expect(children.slice(0, 2)).toEqual(['figcaption', 'svg']);
      expect(await figure.locator(':scope > svg ~ div table').count()).toBe(1);
      const caption = (await figure.locator('figcaption').textContent())!;
      // The accessible name the browser computes, as a screen reader gets it.
      expect(await page.getByRole('figure', { name: caption, exact: true }).count()).toBe(1);
      expect(await figure.locator('svg[role=img]').getAttribute('aria-labelledby')).toContain((await figure.locator('figcaption').getAttribute('id'))!);
    }
  });

  it('has no WCAG 2.1 A/AA violations (axe-core)', async () => {
    const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    await page.addScriptTag({ content: axeSource });
    const result = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run: (
              context: Document,
              options: object,
            ) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[]; passes: unknown[] }>;
          };
        }
      ).axe;
      const { violations, passes } = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      return {
        passes: passes.length,
        violations: violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) })),
      };
    });
    expect(result.violations).toEqual([]);
    expect(result.passes).toBeGreaterThan(10);
  });

  it('reflows at 320 px: no horizontal scrolling', async () => {
    await page.setViewportSize({ width: 320, height: 640 });
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
      body: document.body.scrollWidth,
    }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    expect(widths.body).toBeLessThanOrEqual(320);
    for (const chart of await page.locator('figure > svg').all()) expect((await chart.boundingBox())!.width).toBeLessThanOrEqual(320);
  });
});
