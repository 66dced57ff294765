// A person at a browser: every page they reach is checked by axe and for the council's branding.
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { expectNoAxeViolations } from './axe.ts';
import type { Server } from './server.ts';

/** What a visitor needs to know of the app: where it is and whose it is. */
export type Site = Pick<Server, 'baseUrl' | 'councilName'>;

export interface VisitorOptions {
  javaScript?: boolean;
}

export class Visitor {
  readonly page: Page;
  readonly javaScript: boolean;
  /** Every page checked, as "status path" (for example "400 /users"). */
  readonly checked: string[] = [];
  private readonly browser: Browser;
  private readonly context: BrowserContext;
  private readonly server: Site;
  private lastStatus = 0;

  private constructor(browser: Browser, context: BrowserContext, page: Page, server: Site, javaScript: boolean) {
    this.browser = browser;
    this.context = context;
    this.page = page;
    this.server = server;
    this.javaScript = javaScript;
    page.on('response', (response) => {
      const request = response.request();
      const status = response.status();
      if (request.isNavigationRequest() && request.frame() === page.mainFrame() && (status < 300 || status >= 400)) this.lastStatus = status;
    });
  }

  /** A new browser context (axe needs one from newContext, not browser.newPage()). */
  static async open(browser: Browser, server: Site, options: VisitorOptions = {}): Promise<Visitor> {
    const javaScript = options.javaScript ?? true;
    const context = await browser.newContext({ javaScriptEnabled: javaScript, viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    return new Visitor(browser, context, page, server, javaScript);
  }

  /** The address of the app this visitor visits. */
  get baseUrl(): string {
    return this.server.baseUrl;
  }

  /** The path and query of the page shown. */
  get path(): string {
    const url = new URL(this.page.url());
    return url.pathname + url.search;
  }

  /** The HTTP status of the page shown. */
  get status(): number {
    return this.lastStatus;
  }

  /** Goes to a page without checking it: for a page whose state a crawl already checks (crawl-*.test.ts). */
  async visit(path: string): Promise<void> {
    await this.page.goto(this.server.baseUrl + path);
  }

  async goto(path: string): Promise<void> {
    await this.page.goto(this.server.baseUrl + path);
    await this.check();
  }

  /** Clicks something that loads a new page (a link, a form's button), waits for it and checks it. */
  async clickThrough(target: Locator): Promise<void> {
    const navigated = this.page.waitForEvent('framenavigated', { predicate: (frame) => frame === this.page.mainFrame() });
    navigated.catch(() => {}); // when the click fails, its error is the one to report
    await target.click();
    await navigated;
    await this.page.waitForLoadState('load');
    await this.check();
  }

  press(button: string): Promise<void> {
    return this.clickThrough(this.page.getByRole('button', { name: button, exact: true }));
  }

  /** Follows a link, or a link drawn as a button (GOV.UK's button with an href). */
  follow(link: string): Promise<void> {
    const { page } = this;
    const target = page.getByRole('link', { name: link, exact: true }).or(page.locator('a').and(page.getByRole('button', { name: link, exact: true })));
    return this.clickThrough(target.first());
  }

  async fill(label: string, value: string): Promise<void> {
    await this.page.getByLabel(label, { exact: true }).fill(value);
  }

  async choose(label: string): Promise<void> {
    await this.page.getByLabel(label, { exact: true }).check();
  }

  value(label: string): Promise<string> {
    return this.page.getByLabel(label, { exact: true }).inputValue();
  }

  /** Whether the element the selector finds has the keyboard focus. */
  isFocused(selector: string): Promise<boolean> {
    return this.page.locator(selector).evaluate((element) => element === element.ownerDocument.activeElement);
  }

  async heading(): Promise<string> {
    return (await this.page.locator('h1').innerText()).trim();
  }

  /** The messages in the GOV.UK error summary, each with the field it links to. */
  async errorSummary(): Promise<Array<{ message: string; href: string }>> {
    const summary = this.page.locator('.govuk-error-summary');
    if ((await summary.count()) === 0) return [];
    assert.equal((await summary.locator('.govuk-error-summary__title').innerText()).trim(), 'There is a problem');
    const links = summary.locator('.govuk-error-summary__list a');
    const out = [];
    for (const link of await links.all()) out.push({ message: (await link.innerText()).trim(), href: (await link.getAttribute('href')) ?? '' });
    return out;
  }

  /** The message shown by a field (the GOV.UK error message, without its hidden "Error:" prefix). */
  async fieldError(id: string): Promise<string> {
    const text = await this.page.locator(`#${id}-error`).innerText();
    return text.replace(/^Error:\s*/, '').trim();
  }

  async successBanner(): Promise<string> {
    return (await this.page.locator('.govuk-notification-banner--success').innerText()).replace(/\s+/g, ' ').trim();
  }

  /** The value of a row of a GOV.UK summary list. */
  async summaryValue(key: string): Promise<string> {
    const row = this.page.locator('.govuk-summary-list__row').filter({ has: this.page.locator('.govuk-summary-list__key', { hasText: key }) });
    return (await row.locator('.govuk-summary-list__value').innerText()).trim();
  }

  async signIn(email: string, password: string): Promise<void> {
    if (!this.path.startsWith('/sign-in')) await this.goto('/sign-in');
    await this.fill('Email address', email);
    await this.fill('Password', password);
    await this.press('Sign in');
  }

  signOut(): Promise<void> {
    return this.press('Sign out');
  }

  /** axe (zero violations) and the council's own branding, on the page as it is now. */
  async check(): Promise<void> {
    await this.checkPage(this.page, `${this.status} ${this.path}`);
    this.checked.push(`${this.status} ${this.path}`);
  }

  /** Another tab in this visitor's browser context, signed in as they are (a crawl shows pages side by side). */
  newTab(): Promise<Page> {
    return this.context.newPage();
  }

  /** axe and the branding checks on a page of this visitor's context; `where` names it in a failure. */
  async checkPage(page: Page, where: string): Promise<void> {
    await expectNoAxeViolations(page, { javaScript: this.javaScript, browser: this.browser });
    await this.expectCouncilBranding(page, where);
  }

  /** A council's service, not GOV.UK's: no crown or GOV.UK logo anywhere, the council's name in the header. */
  async expectCouncilBranding(page: Page = this.page, where = `${this.status} ${this.path}`): Promise<void> {
    const crowns = await page.locator('.govuk-logo, .govuk-header__logotype, .govuk-header__logo, [class*="crown" i], svg[aria-label="GOV.UK"]').count();
    assert.equal(crowns, 0, `a GOV.UK logo or crown is on ${where}`);
    const html = await page.content();
    assert.doesNotMatch(html, /govuk-logo|govuk-header__logotype|Crown copyright/i, `GOV.UK branding in the HTML of ${where}`);
    const govukIcons = await page.locator('link[rel~="icon"][href*="/assets/"], link[rel="apple-touch-icon"], link[rel="mask-icon"]').count();
    assert.equal(govukIcons, 0, `GOV.UK favicons on ${where}`);
    const homeLink = (await page.locator('.govuk-generic-header__homepage-link').innerText()).trim();
    assert.equal(homeLink, this.server.councilName, `the header names the council on ${where}`);
    assert.match(await page.locator('footer').innerText(), new RegExp(this.server.councilName), `the footer names the council on ${where}`);
    assert.match(await page.title(), new RegExp(`– ${this.server.councilName}$`), `the title names the council on ${where}`);
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}
