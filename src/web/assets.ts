// Static assets: the council stylesheet compiled from Sass, GOV.UK Frontend's script and the favicon,
// each served under a name carrying its content hash so browsers may cache it for a year.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const require = createRequire(import.meta.url);

export interface Asset {
  body: Buffer;
  contentType: string;
}

export interface Assets {
  /** Fingerprinted URLs the layout links to. */
  urls: { css: string; js: string; favicon: string };
  files: ReadonlyMap<string, Asset>;
}

function fingerprint(body: Buffer | string): string {
  return createHash('sha256').update(body).digest('hex').slice(0, 12);
}

const govukDir = dirname(require.resolve('govuk-frontend/package.json'));

/** Compiles the stylesheet once per change of its source or GOV.UK Frontend's version, then reuses it. */
async function stylesheet(): Promise<Buffer> {
  const source = join(here, 'assets', 'app.scss');
  const govukVersion = JSON.parse(readFileSync(join(govukDir, 'package.json'), 'utf8')).version as string;
  const key = fingerprint(readFileSync(source, 'utf8') + govukVersion);
  const cacheDir = join(root, 'public', 'build');
  const cached = join(cacheDir, `app-${key}.css`);
  if (existsSync(cached)) return readFileSync(cached);
  const sass = await import('sass');
  const result = sass.compile(source, {
    importers: [new sass.NodePackageImporter()],
    style: 'compressed',
    quietDeps: true,
    silenceDeprecations: ['import'],
  });
  mkdirSync(cacheDir, { recursive: true });
  // Written aside and renamed, so parallel starts never read half a file.
  const temp = `${cached}.${process.pid}.tmp`;
  writeFileSync(temp, result.css);
  renameSync(temp, cached);
  return Buffer.from(result.css);
}

export async function loadAssets(): Promise<Assets> {
  const css = await stylesheet();
  const js = readFileSync(join(govukDir, 'dist', 'govuk', 'govuk-frontend.min.js'));
  const favicon = readFileSync(join(here, 'assets', 'favicon.svg'));
  const entries: Array<[string, Asset]> = [
    [`app-${fingerprint(css)}.css`, { body: css, contentType: 'text/css; charset=utf-8' }],
    [`govuk-frontend-${fingerprint(js)}.min.js`, { body: js, contentType: 'text/javascript; charset=utf-8' }],
    [`favicon-${fingerprint(favicon)}.svg`, { body: favicon, contentType: 'image/svg+xml' }],
  ];
  const [cssName, jsName, faviconName] = entries.map(([name]) => `/static/${name}`) as [string, string, string];
  return { urls: { css: cssName, js: jsName, favicon: faviconName }, files: new Map(entries) };
}
