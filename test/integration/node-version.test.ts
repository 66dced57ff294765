// The Node.js version check (bin/node-version.js): one minimum, read from package.json's engines, the
// README saying the same, and on an older Node `npm start` and `accord` print one line and exit 1
// instead of a stack trace about `.ts` files.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { isAtLeast, minimumFrom, requiredNode, tooOldMessage, versionParts } from '../../bin/node-version.js';
import { ROOT, spawnProcess } from '../helpers/server-process.ts';

const packageJson = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };

describe('the Node.js version check', () => {
  const minimum = minimumFrom('>=22.18');

  const cases: Array<[string, boolean]> = [
    ['v20.20.2', false],
    ['v21.99.99', false],
    ['v22.9.0', false], // 9 is before 18: compared as numbers, not text
    ['v22.17.9', false],
    ['v22.18.0', true],
    ['v22.18.1', true],
    ['v22.100.0', true],
    ['v23.0.0', true],
    ['v24.22.3', true],
    ['v100.0.0', true],
    ['v24.0.0-nightly2026', true],
    ['not a version', false],
  ];
  for (const [version, ok] of cases) {
    it(`${version} is ${ok ? '' : 'not '}22.18 or later`, () => {
      assert.equal(isAtLeast(version, minimum), ok);
    });
  }

  it('reads the engines forms Accord uses, with or without a patch, and refuses others rather than guess', () => {
    assert.deepEqual(minimumFrom('>=22.18'), { parts: [22, 18, 0], text: '22.18' });
    assert.deepEqual(minimumFrom('>= 22.18.3'), { parts: [22, 18, 3], text: '22.18.3' });
    assert.equal(isAtLeast('v22.18.2', minimumFrom('>=22.18.3')), false);
    for (const range of ['^22.18', '22', '>=22', '>=22.18 <25', '']) assert.throws(() => minimumFrom(range), /engines\.node/, range);
    assert.equal(versionParts('v22.18.0')?.join('.'), '22.18.0');
  });

  it('says in one line what is needed, what this is, and where to get it', () => {
    assert.equal(tooOldMessage('v20.20.2', minimum), 'Accord needs Node.js 22.18 or later; this is v20.20.2. Get it from https://nodejs.org/');
  });

  it('package.json engines, the check, the README and .node-version agree on one version', () => {
    assert.equal(packageJson.engines.node, '>=22.18');
    assert.deepEqual(requiredNode(), minimum);
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    assert.match(readme, new RegExp(`You need Node\\.js ${requiredNode().text.replace('.', '\\.')} or later`));
    const pinned = join(ROOT, '.node-version');
    if (existsSync(pinned)) {
      const major = Number(readFileSync(pinned, 'utf8').trim().replace(/^v/, '').split('.')[0]);
      assert.ok(major >= minimum.parts[0], `.node-version (${major}) is a supported major`);
    }
    assert.ok(isAtLeast(process.version, minimum), `the tests run on a supported Node (${process.version})`);
  });
});

/** A Node older than the minimum on this machine (CI machines have the system's Node 20), or undefined. */
function olderNode(): { path: string; version: string } | undefined {
  for (const path of ['/usr/bin/node', '/usr/local/bin/node']) {
    if (!existsSync(path)) continue;
    const version = execFileSync(path, ['-v'], { encoding: 'utf8' }).trim();
    if (!isAtLeast(version, requiredNode())) return { path, version };
  }
  return undefined;
}

const old = olderNode();
const noOldNode = !old && 'NO NODE OLDER THAN THE MINIMUM ON THIS MACHINE (looked at /usr/bin/node, /usr/local/bin/node): the old-Node runs are NOT tested';
if (noOldNode) console.warn(`node-version.test.ts: ${noOldNode}`);

describe(`on an older Node (${old ? `${old.version} at ${old.path}` : 'none found'})`, { skip: noOldNode }, () => {
  const expected = () => `Accord needs Node.js ${requiredNode().text} or later; this is ${old!.version}. Get it from https://nodejs.org/`;

  for (const [name, script, args] of [
    ['the server (bin/start.js)', 'start.js', []],
    ['the command line (bin/accord.js)', 'accord.js', ['migrate']],
  ] as const) {
    it(`${name} prints one line and exits 1`, async (t) => {
      const dir = mkdtempSync(join(tmpdir(), 'accord-old-node-'));
      t.after(() => rmSync(dir, { recursive: true, force: true }));
      const run = spawnProcess(t, old!.path, [join(ROOT, 'bin', script), ...args], { DATA_DIR: dir, DATABASE_URL: `sqlite:${join(dir, 'a.sqlite')}`, PORT: '0' });
      assert.equal(await run.exited(), 1);
      assert.equal(run.output(), `${expected()}\n`);
    });
  }

  it('npm start prints that line, not a stack trace', async (t) => {
    const dir = mkdtempSync(join(tmpdir(), 'accord-old-node-'));
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    // The old Node first on PATH, as on a machine where it is the only one.
    const path = `${dirname(old!.path)}:${process.env.PATH ?? ''}`;
    const run = spawnProcess(t, 'npm', ['start', '--silent'], { PATH: path, HOME: dir, DATA_DIR: dir, DATABASE_URL: `sqlite:${join(dir, 'a.sqlite')}`, PORT: '0' });
    assert.notEqual(await run.exited(30_000), 0);
    assert.ok(run.output().includes(expected()), run.output());
    assert.doesNotMatch(run.output(), /ERR_UNKNOWN_FILE_EXTENSION|\.ts| {4}at /);
  });
});
