// axe-core on every page: WCAG 2.0/2.1 A and AA, and WCAG 2.2 AA. Failures are printed readably.
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

export function describeViolations(where: string, violations: readonly Violation[]): string {
  const lines = [`axe found ${violations.length} accessibility violation${violations.length === 1 ? '' : 's'} on ${where}:`];
  for (const v of violations) {
    lines.push(`  • ${v.id} [${v.impact ?? 'unknown impact'}] ${v.help}`, `    ${v.helpUrl}`);
    for (const node of v.nodes) {
      lines.push(`    - at ${node.target.join(' ')}`, `      ${node.html.replace(/\s+/g, ' ').slice(0, 200)}`);
      const why = node.failureSummary?.replace(/\s*\n\s*/g, ' ').trim();
      if (why) lines.push(`      ${why}`);
    }
  }
  return lines.join('\n');
}

/**
 * Legacy mode runs axe.run() in the page itself. The default opens a blank page per run to merge
 * the results of every frame, which took half or more of each check on a loaded 2-core machine; Accord's
 * pages have no frames, and a page that gains one is refused here rather than checked only in part.
 */
async function analyze(page: Page): Promise<Violation[]> {
  assert.equal(page.frames().length, 1, `${page.url()} has frames: axe's legacy mode checks only the top document`);
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).setLegacyMode().analyze();
  return results.violations;
}

const SCRIPTS = /<script\b[^>]*>[\s\S]*?<\/script\s*>/gi;

/**
 * axe runs inside the page, so it cannot run where JavaScript is disabled. It checks the same document
 * instead, scripts removed (exactly what a browser without JavaScript shows), served at the same
 * address to a page that runs axe (one per browser, in a context of its own); stylesheets still load
 * from the app.
 */
const mirrors = new WeakMap<Browser, Promise<Page>>();

function mirrorPage(browser: Browser): Promise<Page> {
  let mirror = mirrors.get(browser);
  if (!mirror) {
    mirror = browser.newContext().then((context) => context.newPage());
    mirrors.set(browser, mirror);
  }
  return mirror;
}

async function analyzeWithoutScripts(browser: Browser, page: Page): Promise<Violation[]> {
  const url = page.url().split('#')[0]!;
  const html = (await page.content()).replace(SCRIPTS, '');
  const mirror = await mirrorPage(browser);
  const viewport = page.viewportSize();
  if (viewport) await mirror.setViewportSize(viewport);
  await mirror.unrouteAll();
  await mirror.route((u) => u.href === url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  await mirror.goto(url);
  return analyze(mirror);
}

/** Asserts axe finds nothing on the page as it is now. */
export async function expectNoAxeViolations(page: Page, options: { javaScript: boolean; browser: Browser }): Promise<void> {
  const violations = options.javaScript ? await analyze(page) : await analyzeWithoutScripts(options.browser, page);
  if (violations.length === 0) return;
  const where = `"${await page.title()}" (${page.url()})${options.javaScript ? '' : ' without JavaScript'}`;
  assert.fail(describeViolations(where, violations));
}
