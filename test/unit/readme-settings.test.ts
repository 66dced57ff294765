// The README's configuration table and SETTINGS in src/config.ts are kept in step.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { loadConfig, SETTINGS } from '../../src/config.ts';

const README = join(import.meta.dirname, '..', '..', 'README.md');

/** The cells of every Markdown table row. */
function rows(markdown: string): string[][] {
  return markdown
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('|'))
    .map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()));
}

/** The first cell of every Markdown table row, without backticks. */
function firstCells(markdown: string): string[] {
  return rows(markdown).map((cells) => (cells[0] ?? '').replace(/`/g, '').trim());
}

it('README.md documents every setting of src/config.ts in its configuration table', () => {
  assert.ok(existsSync(README), 'README.md is missing: it must document every setting in a configuration table');
  const cells = firstCells(readFileSync(README, 'utf8'));
  const missing = Object.keys(SETTINGS).filter((key) => !cells.includes(key));
  assert.deepEqual(missing, [], `README.md's configuration table lacks a row for: ${missing.join(', ')}`);
});

it('a default the README states as a value is the default loadConfig gives', () => {
  assert.ok(existsSync(README), 'README.md is missing');
  const defaults = loadConfig({}) as Record<string, unknown>;
  const wrong: string[] = [];
  for (const cells of rows(readFileSync(README, 'utf8'))) {
    const key = (cells[0] ?? '').replace(/`/g, '').trim();
    if (!(key in SETTINGS)) continue;
    // Only a default written as code (`3000`) is a value; words such as "generated" or "unset" are not.
    const stated = /^`([^`]*)`$/.exec(cells[1] ?? '')?.[1];
    if (stated === undefined) continue;
    if (String(defaults[key]) !== stated) wrong.push(`${key}: README says ${stated}, loadConfig gives ${String(defaults[key])}`);
  }
  assert.deepEqual(wrong, []);
});
