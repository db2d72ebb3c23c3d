import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type LaunchOptions, type Page } from 'playwright-core';
import { INTRANET_HOST } from './site';

export const SCREENSHOT_DIR = path.resolve(import.meta.dirname, '../../test-results/screenshots');

const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // The intranet host name resolves to the loopback test server; nothing else is remapped.
  `--host-resolver-rules=MAP ${INTRANET_HOST} 127.0.0.1`,
  // Tests stand in for an intranet portal with pages answered by `route.fulfill`: such a response has
  // no server address, so Chromium counts the portal as public and blocks its iframe to the
  // (loopback) app as "public page → local network". A real portal is on the intranet too, where no
  // such check applies; this only removes the artefact of the stand-in.
  '--disable-features=LocalNetworkAccessChecks',
];

/**
 * Launch options shared by every browser the tests start (persistent profiles included).
 * `secureOrigin` makes Chromium treat that one http origin as secure, as https would: only for the
 * test of what a secure deployment adds (the image clipboard), never the default.
 */
export function chromiumLaunchOptions(options: { secureOrigin?: string } = {}): LaunchOptions {
  const args = [...CHROMIUM_FLAGS];
  if (options.secureOrigin) args.push(`--unsafely-treat-insecure-origin-as-secure=${options.secureOrigin}`);
  return { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args, headless: true };
}

export function launchChromium(options: { secureOrigin?: string } = {}): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions(options));
}

export interface TrackedPage {
  context: BrowserContext;
  page: Page;
  /** Every URL the page, its workers and its subresources asked for. */
  requests: string[];
  /** Requests to any host other than the app's own (they are also blocked). */
  foreignRequests: () => string[];
  pageErrors: string[];
  dialogs: string[];
}

/** A fresh context that records every request and aborts those that leave the app's origin. */
export async function openTrackedPage(
  browser: Browser,
  baseUrl: string,
  options: { width?: number; height?: number; deviceScaleFactor?: number } = {},
): Promise<TrackedPage> {
  const origin = new URL(baseUrl).origin;
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1440, height: options.height ?? 900 },
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
    locale: 'zh-CN',
  });
  const requests: string[] = [];
  const isForeign = (url: string) => !url.startsWith(origin) && !/^(data|blob|about):/.test(url);
  context.on('request', (req) => {
    requests.push(req.url());
  });
  await context.route(
    (url) => isForeign(url.href),
    (route) => route.abort('blockedbyclient'),
  );
  const page = await context.newPage();
  const pageErrors: string[] = [];
  const dialogs: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return { context, page, requests, foreignRequests: () => requests.filter(isForeign), pageErrors, dialogs };
}

export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Waits until the ranking chart has drawn (ECharts canvas present and the summary caption shown). */
export async function waitForRanking(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="ranking-chart"] canvas', { timeout: 60_000 });
  await page.waitForSelector('[data-testid="ranking-summary"]', { timeout: 60_000 });
}

/** The detail of the page's first performance mark of that name (the app marks its start-up steps). */
export const markDetail = (page: Page, name: string) =>
  page.evaluate(
    (n) => (performance.getEntriesByName(n)[0] as PerformanceMark | undefined)?.detail ?? null,
    name,
  );
