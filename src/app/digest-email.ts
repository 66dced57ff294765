// The What's due digest as an email: plain text, overdue first, each item with its partnership, when and
// the clause, and the link to where it is done; then the link to the whole list.
import { dueCounts, type DueItem } from '../domain/due/whats-due.ts';
import { dateInWords } from '../domain/decisions/notice.ts';
import { dueHref } from './due-paths.ts';
import type { MailMessage } from './mail.ts';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function digestEmail(to: { email: string; name: string }, items: readonly DueItem[], within: number, today: string, publicUrl: string): MailMessage {
  const { overdue, due } = dueCounts(items);
  const subject = [overdue && `${plural(overdue, 'thing', 'things')} overdue`, due && `${plural(due, 'thing', 'things')} due in the next ${within} days`].filter(Boolean).join(', ');
  const block = (heading: string, list: readonly DueItem[]) =>
    list.length ? [heading, '', ...list.flatMap((i) => [`- ${i.title}`, `  ${i.partnership.name} (${i.partnership.reference})`, `  ${i.words}`, `  ${publicUrl}${dueHref(i)}`, '']), ''] : [];
  const text = [
    `Dear ${to.name},`,
    '',
    `This is what falls to you in Accord on ${dateInWords(today)}.`,
    '',
    ...block('Overdue', items.filter((i) => i.overdue)),
    ...block(`Due in the next ${within} days`, items.filter((i) => !i.overdue)),
    `Everything that falls to you is on What’s due: ${publicUrl}/due`,
    '',
    'You get this email once a day while something is due or overdue. Nothing due, no email.',
  ].join('\n');
  return { to: to.email, subject: `What’s due: ${subject}`, text };
}
