// The layering check: imports point down only. domain → nothing of ours; db → domain;
// app → domain, db; web, cli, jobs → app, db, domain. Exits 1 naming every import that points up.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', 'src');
const ALLOWED: Record<string, string[]> = {
  domain: ['domain'],
  db: ['db', 'domain'],
  app: ['app', 'db', 'domain'],
  web: ['web', 'app', 'db', 'domain', 'config.ts', 'logger.ts', 'startup.ts'],
  cli: ['cli', 'app', 'db', 'domain', 'config.ts', 'logger.ts', 'startup.ts'],
  jobs: ['jobs', 'app', 'db', 'domain'],
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const problems: string[] = [];
for (const file of files(root)) {
  const layer = relative(root, file).split('/')[0]!;
  const allowed = ALLOWED[layer];
  if (!allowed) continue;
  const source = readFileSync(file, 'utf8');
  for (const match of source.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g)) {
    const spec = match[1]!;
    if (layer === 'domain' && spec.startsWith('node:')) problems.push(`${relative(root, file)}: domain imports ${spec}`);
    if (!spec.startsWith('.')) continue;
    const target = relative(root, resolve(dirname(file), spec)).split('/')[0]!;
    if (target.startsWith('..')) continue;
    if (!allowed.includes(target)) problems.push(`${relative(root, file)}: ${layer} imports ${target} (${spec})`);
  }
}
if (problems.length) {
  console.error(`Layering check failed:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('Layering check: imports point down only.');
