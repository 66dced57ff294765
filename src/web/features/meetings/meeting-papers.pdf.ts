// A meeting's papers as a PDF (R-2.8g): the agenda pack before the meeting and the record after it, from
// the same view of the meeting its page shows (meeting.view-model.ts), so the two say the same: the
// notice, who attended each seat, and each item with its declarations, quorum and outcome as the domain
// explained them, each with its clause (R-2.8a, R-2.8b, R-2.8c, R-2.8e, R-2.8f, R-2.13); then the minutes.
// Written with pdfkit's standard Helvetica, whose encoding (WinAnsi) has the letters of English and
// western European names; any other character is written as its unaccented letter, or "?" (decision 70).
import PDFDocument from 'pdfkit';
import type { meetingView } from './meeting.view-model.ts';

type MeetingView = ReturnType<typeof meetingView>;

// The characters WinAnsi has above Latin-1's range (its 0x80–0x9F block).
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
// Letters with a stroke have no decomposition to their base letter: named here (Łukasz → Lukasz).
const STROKED: Readonly<Record<string, string>> = { Ł: 'L', ł: 'l', Đ: 'D', đ: 'd', Ħ: 'H', ħ: 'h', Ŧ: 'T', ŧ: 't', ı: 'i', Ŀ: 'L', ŀ: 'l' };
const writable = (c: string) => (c.codePointAt(0)! <= 0xff && c.codePointAt(0)! >= 0x20) || c === '\n' || WIN_ANSI_EXTRA.has(c);

/** Text Helvetica can draw: a letter it lacks as its base letter (ő → o), else "?". */
export function winAnsi(text: string): string {
  return [...text]
    .map((c) => {
      if (writable(c)) return c;
      if (STROKED[c]) return STROKED[c];
      const base = [...c.normalize('NFKD')].filter((x) => !/\p{M}/u.test(x)).join('');
      return base && [...base].every(writable) ? base : '?';
    })
    .join('');
}

export interface PapersHeading {
  councilName: string;
  partnership: { name: string; reference: string };
}

export function meetingPapersPdf(heading: PapersHeading, v: MeetingView): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: winAnsi(`${v.meeting.title}, ${v.meeting.when}: ${heading.partnership.name}`), Author: winAnsi(heading.councilName) }, lang: 'en-GB' });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

  const h = (text: string, size: number) => doc.moveDown(0.6).font('Helvetica-Bold').fontSize(size).text(winAnsi(text)).moveDown(0.2);
  const p = (text: string, bold = false) => doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(10.5).text(winAnsi(text), { paragraphGap: 4 });
  const bullet = (text: string) => doc.font('Helvetica').fontSize(10.5).text(winAnsi(`•  ${text}`), { indent: 10, paragraphGap: 2 });

  doc.font('Helvetica').fontSize(10).text(winAnsi(`${heading.councilName} · ${heading.partnership.reference} ${heading.partnership.name}`));
  h(v.meeting.title, 20);
  p(`${v.meeting.when}${v.meeting.location ? `, ${v.meeting.location}` : ''}. ${v.meeting.status}.`);
  if (v.items.some((i) => i.confidential)) p('This pack contains confidential items, marked below: not for publication.', true);
  p(`${v.notice.explanation} (${v.notice.clause})`);
  // R-2.7(n): once the rules have changed, which version decides the meeting.
  if (v.rulesVersion) p(`Decided under: ${v.rulesVersion.text} (${v.rulesVersion.clause})`);
  p(`Minutes of the previous meeting: ${v.meeting.previousMinutes}.`);

  h('Attendance (R-2.8g)', 14);
  if (!v.attendance.rows.length) p('No member seats are recorded.');
  for (const r of v.attendance.rows) bullet(`${r.name} (${r.partner}, ${r.status.toLowerCase()}): ${r.attendance}`);

  h('Agenda (R-2.8g)', 14);
  if (!v.items.length) p('No agenda items yet.');
  for (const item of v.items) {
    h(`${item.number}. ${item.title}${item.confidential ? ' (confidential)' : ''}`, 12);
    p([item.type, item.amount && `commits ${item.amount}`, item.keyDecision && 'key decision', item.concerns && `concerns ${item.concerns}`].filter(Boolean).join('; ') + '.');
    if (item.motion) p(`Motion: ${item.motion}`);
    if (item.forwardPlan) p(`${item.forwardPlan.explanation} (${item.forwardPlan.clause})`, !item.forwardPlan.sufficient);
    for (const u of item.undeclared) p(u, true);
    for (const d of item.declarations) bullet(`${d.explanation}${d.warning ? ` ${d.warning}` : ''}`);
    if (v.attendance.recorded && (!item.vote || item.vote.stale)) p(`${item.quorum.quorate ? 'Quorate' : 'Not quorate'}: ${item.quorum.explanation} (${item.quorum.clause})`);
    if (item.vote) {
      p(`Outcome: ${item.vote.label}. ${item.vote.explanation}`, false);
      if (item.vote.stale) p(item.vote.stale, true);
      for (const r of item.ratifications) p(r.ratified ? `${r.status}. ${r.explanation}` : r.explanation, !r.ratified);
      p(`${item.told.explanation}.`);
    }
  }

  if (v.meeting.minutes) {
    h('Minutes (R-2.8g)', 14);
    p(v.meeting.minutes);
  }
  doc.end();
  return done;
}
