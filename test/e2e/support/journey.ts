// What the browser journeys share: choosing from a long list as a user would, and reading a page's text.
import type { Visitor } from './visitor.ts';

/** Picks an option of a select the page may have turned into a type-to-search box (accessible-autocomplete). */
export async function pick(visitor: Visitor, id: string, label: string, typed: string): Promise<void> {
  const { page } = visitor;
  if (visitor.javaScript) {
    await page.locator(`#${id}`).fill(typed);
    await page.locator(`#${id}__listbox [role="option"]`, { hasText: label }).click();
  } else {
    await page.locator(`#${id}`).selectOption({ label });
  }
}

/** The text of the page's main content, its white space as one space. */
export async function mainText(visitor: Visitor): Promise<string> {
  return (await visitor.page.locator('main').innerText()).replace(/\s+/g, ' ');
}
