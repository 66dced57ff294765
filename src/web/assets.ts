// Static assets: the council stylesheet compiled from Sass, GOV.UK Frontend's script, the accessible
// autocomplete (alphagov's, with its stylesheet and our script that enhances long selects) and the favicon, each served under a name carrying its content hash so browsers may cache it for a year.
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
  urls: { css: string; js: string; favicon: string; autocompleteCss: string; autocompleteJs: string; enhanceSelectsJs: string };
  files: ReadonlyMap<string, Asset>;
}

function fingerprint(body: Buffer | string): string {
  return createHash('sha256').update(body).digest('hex').slice(0, 12);
}

const govukDir = dirname(require.resolve('govuk-frontend/package.json'));
const autocompleteDir = dirname(require.resolve('accessible-autocomplete/package.json'));

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
  const autocompleteCss = readFileSync(join(autocompleteDir, 'dist', 'accessible-autocomplete.min.css'));
  const autocompleteJs = readFileSync(join(autocompleteDir, 'dist', 'accessible-autocomplete.min.js'));
  const enhanceSelectsJs = readFileSync(join(here, 'assets', 'enhance-selects.js'));
  const entries: Array<[string, Asset]> = [
    [`app-${fingerprint(css)}.css`, { body: css, contentType: 'text/css; charset=utf-8' }],
    [`govuk-frontend-${fingerprint(js)}.min.js`, { body: js, contentType: 'text/javascript; charset=utf-8' }],
    [`favicon-${fingerprint(favicon)}.svg`, { body: favicon, contentType: 'image/svg+xml' }],
    [`accessible-autocomplete-${fingerprint(autocompleteCss)}.min.css`, { body: autocompleteCss, contentType: 'text/css; charset=utf-8' }],
    [`accessible-autocomplete-${fingerprint(autocompleteJs)}.min.js`, { body: autocompleteJs, contentType: 'text/javascript; charset=utf-8' }],
    [`enhance-selects-${fingerprint(enhanceSelectsJs)}.js`, { body: enhanceSelectsJs, contentType: 'text/javascript; charset=utf-8' }],
  ];
  const [cssName, jsName, faviconName, acCssName, acJsName, enhanceName] = entries.map(([name]) => `/static/${name}`) as [string, string, string, string, string, string];
  return {
    urls: { css: cssName, js: jsName, favicon: faviconName, autocompleteCss: acCssName, autocompleteJs: acJsName, enhanceSelectsJs: enhanceName },
    files: new Map(entries),
  };
}
