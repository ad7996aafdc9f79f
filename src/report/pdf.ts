import { accessSync, constants } from 'node:fs';
import { join } from 'node:path';
import { DigiraadError, EXIT } from '../errors.js';

/** Where Chromium, Chrome and Edge install themselves, in the order they are tried. */
export function usualBrowserPaths(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === 'darwin') {
    return ['Chromium', 'Google Chrome', 'Microsoft Edge'].map((app) => `/Applications/${app}.app/Contents/MacOS/${app}`);
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES ?? 'C:\\Program Files', env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)', env.LOCALAPPDATA].filter((r): r is string =>
      Boolean(r),
    );
    return roots.flatMap((root) => [
      join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
      join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
      join(root, 'Chromium', 'Application', 'chrome.exe'),
    ]);
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/microsoft-edge',
    '/usr/bin/microsoft-edge-stable',
    '/snap/bin/chromium',
  ];
}

const executable = (path: string) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/**
 * The browser to print with: `--browser PATH`, else DIGIRAAD_BROWSER, else the first usual install
 * path that holds one. Never downloads one: exit 3, naming the setting, when there is none.
 */
export function findBrowser(
  given: string | undefined,
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform = process.platform,
  isExecutable = executable,
): string {
  const chosen = given ?? (env.DIGIRAAD_BROWSER || undefined);
  if (chosen !== undefined) {
    if (!isExecutable(chosen)) throw new DigiraadError((t) => t.report.browserMissing(chosen), EXIT.io);
    return chosen;
  }
  const found = usualBrowserPaths(platform, env).find(isExecutable);
  if (found === undefined) throw new DigiraadError((t) => t.report.noBrowser, EXIT.io);
  return found;
}

/** For a browser running as root in a closed network: no sandbox, no GPU, nothing fetched in the background. */
const BROWSER_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/**
 * Prints the report page (self-contained: nothing to fetch) to PDF as the print stylesheet lays it
 * out: A4, its own margins. Chromium stamps the PDF with the clock; the stamp becomes `date`, so
 * the same page in the same browser build gives the same bytes.
 */
export async function printPdf(html: string, browserPath: string, date: Date): Promise<Uint8Array> {
  // playwright-core loads here, for `digiraad report --pdf` only.
  const { chromium } = await import('playwright-core');
  let browser: Awaited<ReturnType<typeof chromium.launch>>;
  try {
    browser = await chromium.launch({ executablePath: browserPath, args: BROWSER_ARGS });
  } catch (error) {
    throw pdfFailed(error);
  }
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
    return fixPdfDates(pdf, date);
  } catch (error) {
    throw pdfFailed(error);
  } finally {
    await browser.close();
  }
}

/** The browser's reason, in its own words: the first line of playwright's message. */
const pdfFailed = (error: unknown) => {
  const reason = String((error as Error)?.message ?? error).split('\n')[0]!;
  return new DigiraadError((t) => t.report.pdfFailed(reason), EXIT.io);
};

/**
 * Sets /CreationDate and /ModDate to `date`. The new stamp has the length of the old one
 * (`D:YYYYMMDDHHmmSS+00'00'`), so the cross-reference offsets stay right.
 */
export function fixPdfDates(pdf: Uint8Array, date: Date): Uint8Array {
  const iso = date.toISOString();
  const stamp = `D:${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}+00'00'`;
  const text = Buffer.from(pdf).toString('latin1');
  const fixed = text.replace(/\/(CreationDate|ModDate) \(D:\d{14}[^)]*\)/g, (match, key: string) => {
    const replaced = `/${key} (${stamp})`;
    return replaced.length === match.length ? replaced : match;
  });
  return Buffer.from(fixed, 'latin1');
}
