// Without Chromium the browser tests are skipped loudly, except under REQUIRE_BROWSER=1 (CI), when they
// fail. Checked by running a browser test file with Chromium pointed at a path that does not exist.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const journeys = join(import.meta.dirname, 'journeys.test.ts');

function runWithoutChromium(extra: Record<string, string>) {
  const env: Record<string, string | undefined> = { ...process.env, ACCORD_CHROMIUM_PATH: '/nonexistent/chromium', REQUIRE_BROWSER: undefined, ...extra };
  delete env.NODE_TEST_CONTEXT; // run as a test run of its own, not as a child of this one
  const run = spawnSync(process.execPath, ['--test', '--test-reporter=spec', journeys], { env, encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

describe('when Chromium is missing', () => {
  it('skips the browser tests with a loud message', () => {
    const run = runWithoutChromium({});
    assert.equal(run.status, 0, run.output);
    assert.match(run.output, /BROWSER TESTS SKIPPED: Chromium not found at \/nonexistent\/chromium — install with apt-get install -y chromium/);
    assert.match(run.output, /ℹ skipped 3/);
    assert.match(run.output, /ℹ fail 0/);
  });

  it('fails them instead under REQUIRE_BROWSER=1', () => {
    const run = runWithoutChromium({ REQUIRE_BROWSER: '1' });
    assert.equal(run.status, 1, run.output);
    assert.match(run.output, /Chromium not found at \/nonexistent\/chromium and REQUIRE_BROWSER=1/);
    assert.doesNotMatch(run.output, /ℹ skipped [1-9]/);
  });
});
