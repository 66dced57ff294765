// A partnership's own pages under load (issue "Fast under load": "the same harness measures the partnership
// page, the compliance dashboard and every new list page"): the measured partnership's page, its meetings
// list and its latest meeting, its forward plan, its decision making, its performance and one indicator's
// page, the council's decisions register, performance view, risks view and What's due, each signed in as an administrator at the
// first size (1,000 partnerships), on the boards, meetings and performance of bench/seed-boards.ts,
// bench/seed-meetings.ts and bench/seed-performance.ts. Each is checked once before it is loaded: the page must
// show what was seeded, so a broken page fails the run rather than being timed.
import { sql } from 'kysely';
import type { Database } from '../src/db/database.ts';
import { londonToday } from '../src/app/lifecycle.service.ts';
import { DECISION_TYPE_LABELS } from '../src/domain/decisions/rules.ts';
import { seedBoards, VOTING_RULES } from './seed-boards.ts';
import { seedMeetings, type BoardsReport, type MeasuredBoard } from './seed-meetings.ts';
import { seedPerformance, type MeasuredPerformance, type PerformanceReport } from './seed-performance.ts';

/** The measured partnership's board, meetings and performance. */
export type MeasuredPages = MeasuredBoard & { performance: MeasuredPerformance };
export type PagesReport = Omit<BoardsReport, 'measured'> & { measured: MeasuredPages; performance: Omit<PerformanceReport, 'measured'> };

const under = (b: MeasuredPages) => `/partnerships/${b.partnershipId}`;

export const PAGE_SCENARIOS = [
  { key: 'partnership', label: 'Partnership page, signed in', path: (b: MeasuredPages) => under(b), firstSizeOnly: true },
  { key: 'meetings', label: 'Its meetings list, signed in', path: (b: MeasuredPages) => `${under(b)}/meetings`, firstSizeOnly: true },
  { key: 'meeting', label: 'One meeting held, signed in', path: (b: MeasuredPages) => `${under(b)}/meetings/${b.meetingId}`, firstSizeOnly: true },
  { key: 'forward-plan', label: 'Its forward plan, signed in', path: (b: MeasuredPages) => `${under(b)}/forward-plan`, firstSizeOnly: true },
  { key: 'decision-making', label: 'Its decision making, signed in', path: (b: MeasuredPages) => `${under(b)}/decision-making`, firstSizeOnly: true },
  { key: 'decisions', label: 'Decisions register (council-wide), signed in', path: () => '/decisions', firstSizeOnly: true },
  { key: 'performance', label: 'Its performance, signed in', path: (b: MeasuredPages) => `${under(b)}/performance`, firstSizeOnly: true },
  { key: 'indicator', label: 'One outcome indicator, signed in', path: (b: MeasuredPages) => `${under(b)}/indicators/${b.performance.indicatorId}`, firstSizeOnly: true },
  { key: 'council-performance', label: 'Performance view (council-wide), signed in', path: () => '/performance', firstSizeOnly: true },
  { key: 'council-risks', label: 'Risks view (council-wide), signed in', path: () => '/risks', firstSizeOnly: true },
  { key: 'council-due', label: 'What’s due (council-wide), signed in', path: () => '/due/council', firstSizeOnly: true },
] as const;
export type PageKey = (typeof PAGE_SCENARIOS)[number]['key'];
export const isPageScenario = (key: string): key is PageKey => PAGE_SCENARIOS.some((s) => s.key === key);

/** Boards, meetings and performance for every third operating partnership of those seeded so far. */
export async function seedPartnershipPages(database: Database): Promise<PagesReport> {
  const today = londonToday(new Date());
  const { boards, people } = await seedBoards(database, today);
  const report = await seedMeetings(database, boards, people, today);
  const { measured: performance, ...counts } = await seedPerformance(database, boards, report.measured.partnershipId, today);
  // Statistics as a live database would have them (as bench/seed.ts after the partnerships).
  if (database.dialect === 'postgres') await sql`analyze`.execute(database.db);
  return { ...report, measured: { ...report.measured, performance }, performance: counts };
}

/** As Nunjucks autoescapes text. */
const html = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** What the page must show, and what it must not. */
function expectations(key: PageKey, report: PagesReport): { shows: string[]; never: string[] } {
  const b = report.measured;
  switch (key) {
    case 'partnership':
      return { shows: [b.name, b.reference, ...b.representatives], never: [] };
    case 'meetings':
      return { shows: b.meetings, never: [] };
    case 'meeting':
      // The kept outcome is the one the page computes again: otherwise it asks for the vote to be taken again.
      return { shows: ['Decided under', ...b.decided.flatMap((d) => [d.title, d.outcome])], never: ['Record the vote again'] };
    case 'forward-plan':
      return { shows: b.forwardPlan, never: [] };
    case 'decision-making':
      return { shows: [b.seats, ...VOTING_RULES.map((r) => DECISION_TYPE_LABELS[r.decisionType])], never: [] };
    case 'decisions':
      return { shows: [`Showing 1 to 25 of ${report.decisions.toLocaleString('en-GB')}`], never: [] };
    case 'performance':
      return { shows: [...b.performance.objectiveTitles, b.performance.indicatorName], never: ['has no outcome indicator'] };
    case 'indicator':
      return { shows: [b.performance.indicatorName, ...b.performance.values], never: [] };
    case 'council-performance':
      return { shows: [`Showing 1 to 25 of ${report.performance.indicators.toLocaleString('en-GB')}`], never: [] };
    case 'council-risks':
      return { shows: ['Risks across the partnerships', 'By band'], never: [] };
    case 'council-due':
      // The seeded partnerships owe reports, reviews and actions: the list is long and paged.
      return { shows: ['What’s due across the partnerships', 'Showing 1 to 25 of'], never: [] };
  }
}

/** Throws, naming what is missing, unless the page shows what was seeded. */
export function checkPage(key: PageKey, body: string, report: PagesReport): void {
  const { shows, never } = expectations(key, report);
  const missing = shows.filter((text) => !body.includes(html(text)));
  const wrong = never.filter((text) => body.includes(html(text)));
  if (missing.length || wrong.length) {
    throw new Error(`the ${key} page ${missing.length ? `does not show ${missing.map((m) => JSON.stringify(m)).join(', ')}` : ''}${missing.length && wrong.length ? ' and ' : ''}${wrong.length ? `shows ${wrong.map((m) => JSON.stringify(m)).join(', ')}` : ''}`);
  }
}
