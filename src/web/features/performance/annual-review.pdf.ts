// An annual review as a PDF for the council's Audit or Governance committee (R-2.6.4, R-2.4e): the same
// view of the review its Performance page shows (annual-review.view-model.ts), so the two say the same:
// the recommendation and why, the value added, each objective's finding, each partner's contribution and
// whether it was fed back, and the approval. Written as the meeting papers are (decision 70).
import PDFDocument from 'pdfkit';
import { winAnsi } from '../meetings/meeting-papers.pdf.ts';
import type { reviewView } from './annual-review.view-model.ts';

export interface ReviewHeading {
  councilName: string;
  partnership: { name: string; reference: string };
  /** When the next review is due, in words, with its clause. */
  standing: string;
}

export function annualReviewPdf(heading: ReviewHeading, v: ReturnType<typeof reviewView>): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: winAnsi(`${v.title}: ${heading.partnership.name}`), Author: winAnsi(heading.councilName) }, lang: 'en-GB' });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

  const h = (text: string, size: number) => doc.moveDown(0.6).font('Helvetica-Bold').fontSize(size).text(winAnsi(text)).moveDown(0.2);
  const p = (text: string, bold = false) => doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(10.5).text(winAnsi(text), { paragraphGap: 4 });

  doc.font('Helvetica').fontSize(10).text(winAnsi(`${heading.councilName} · ${heading.partnership.reference} ${heading.partnership.name}`));
  h(v.title, 20);
  p(`${v.approval}.`, !v.approved);
  p(heading.standing);

  h('Recommendation (R-2.6.4)', 14);
  p(v.recommendation, true);
  p(v.reasons);

  h('The value the partnership added (R-2.6.4)', 14);
  p(v.addedValue);

  h('Objectives and outcomes evaluated (R-2.6.4)', 14);
  if (!v.objectives.length) p('No objective evaluated yet.');
  for (const e of v.objectives) {
    p(`${e.title}: ${e.finding}`, true);
    p(e.evaluation);
  }

  h('Partners’ contributions evaluated and fed back (R-2.4e)', 14);
  if (!v.contributions.length) p('No partner’s contribution evaluated yet.');
  for (const e of v.contributions) {
    p(`${e.partner}: ${e.feedback}`, true);
    p(e.evaluation);
  }
  for (const line of v.left) p(line, true);

  doc.end();
  return done;
}
