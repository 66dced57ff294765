// docs/permissions.md, written from the one matrix (src/domain/access/roles.ts) and the routes as the
// app registers them, so the page a council reads cannot drift from what the code enforces
// (test/unit/permissions-doc.test.ts compares them; `npm run docs:permissions` writes it).
import { MATRIX, PERMISSION_LABELS, PERMISSIONS, REACH_LABELS, ROLE_DESCRIPTIONS, ROLE_LABELS, ROLES, type Permission, type Reach } from '../domain/access/roles.ts';
import type { RouteDeclaration } from './plugins/access.ts';

const CELLS: Readonly<Record<Reach, string>> = { any: 'Yes', 'their-organisation': 'Their organisation’s partnerships', 'their-partnerships': 'Their own partnerships' };
const cellOf = (reach: Reach | undefined) => (reach === undefined ? 'No' : CELLS[reach]);

export function permissionsDocument(routes: readonly RouteDeclaration[]): string {
  const lines: string[] = [
    '# Who may do what',
    '',
    'Written by `npm run docs:permissions` from the permission matrix in `src/domain/access/roles.ts` and the routes the app registers: do not edit by hand. Every route declares one permission (or is public, or open to anyone signed in); a route that declares nothing is refused. The check is made on the server for every request; under a partnership (`/partnerships/:id…`, `/api/v1/partnerships/:id…`) the partnership must also be within the user’s reach, or it is answered 404, as if it did not exist; a user who may read a partnership but not change it is answered 403 at its forms.',
    '',
    '## Roles',
    '',
    ...ROLES.map((r) => `- **${ROLE_LABELS[r]}** (\`${r}\`): ${ROLE_DESCRIPTIONS[r]}`),
    '',
    '## Reach',
    '',
    '- **Every partnership**: the whole register.',
    `- **Their organisation’s partnerships**: ${REACH_LABELS['their-organisation'].toLowerCase().replace(/^only /, 'only ')}, found from the register itself: the person whose record is linked to the user’s account (People, “Accord user account”) works for an organisation other than the council, and that organisation is a partner in the partnership. Linking, unlinking or adding a partner applies from the user’s next request. Lists, searches, counts, downloads and the API show only those partnerships.`,
    `- **Their own partnerships**: ${REACH_LABELS['their-partnerships'].toLowerCase()}, found from the register itself: the person whose record is linked to the user’s account is named on the partnership as its sponsoring officer (R-2.16), its accountable officer or one of the council’s representatives. A sponsoring officer reads the whole register and keeps only these.`,
    '',
    '## The matrix',
    '',
    `| Permission | ${ROLES.map((r) => ROLE_LABELS[r]).join(' | ')} |`,
    `|---|${ROLES.map(() => '---').join('|')}|`,
    ...PERMISSIONS.map((p) => `| ${PERMISSION_LABELS[p]} (\`${p}\`) | ${ROLES.map((r) => cellOf(MATRIX[r][p])).join(' | ')} |`),
    '',
    '## Routes by permission',
    '',
  ];
  const byAccess = new Map<string, string[]>();
  for (const r of routes) {
    if (r.method === 'HEAD' || r.method === 'OPTIONS') continue;
    const key = r.access ?? '(none: refused)';
    byAccess.set(key, [...(byAccess.get(key) ?? []), `${r.method} ${r.url}`]);
  }
  const order = ['public', 'signed-in', ...PERMISSIONS, '(none: refused)'];
  const heading = (access: string) =>
    access === 'public' ? 'Public (anyone, signed in or not)' : access === 'signed-in' ? 'Anyone signed in' : (PERMISSION_LABELS as Record<string, string>)[access] ? `${PERMISSION_LABELS[access as Permission]} (\`${access}\`)` : access;
  for (const access of [...order, ...[...byAccess.keys()].filter((k) => !order.includes(k))]) {
    const list = byAccess.get(access);
    if (!list) continue;
    lines.push(`### ${heading(access)}`, '', ...[...new Set(list)].sort().map((k) => `- \`${k}\``), '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
