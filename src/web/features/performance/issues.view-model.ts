// R-2.6.14: what the Performance page shows of poor performance being tackled: what still needs an issue
// (with the link to open one), the open issues (overdue for escalation first) and the closed ones; and the
// partners' challenges (R-2.6.15), unanswered first.
import type { partnershipChallenges, PartnershipIssues } from '../../../app/queries/performance-issues.queries.ts';
import { CHALLENGE_SUBJECT_LABELS } from '../../../domain/performance/challenge.ts';
import { dateInWords } from '../../../domain/decisions/notice.ts';
import { ESCALATION_LEVEL_LABELS, ISSUE_TRIGGER_LABELS } from '../../../domain/performance/issue.ts';

export function issuesSection(partnershipId: string, r: PartnershipIssues) {
  const base = `/partnerships/${partnershipId}`;
  const row = ({ issue: x, escalation: e }: PartnershipIssues['issues'][number]) => ({
    title: x.title,
    href: `${base}/performance-issues/${x.id}`,
    about: x.indicatorName ?? x.reportingLineTitle ?? ISSUE_TRIGGER_LABELS[x.trigger],
    owner: x.ownerName,
    level: ESCALATION_LEVEL_LABELS[x.level],
    actions: x.actions,
    standing: e.words,
    overdue: e.overdue,
    closed: x.status === 'closed',
    resolution: x.resolution,
    closedOn: x.closedOn ? dateInWords(x.closedOn) : null,
  });
  const open = r.issues.filter((x) => x.issue.status === 'open').sort((a, b) => Number(b.escalation.overdue) - Number(a.escalation.overdue));
  return {
    untackled: r.untackled.map((p) => p.words),
    open: open.map(row),
    closed: r.issues.filter((x) => x.issue.status === 'closed').map(row),
    rule: `An outcome indicator red for ${r.rule.redPeriods} periods in a row, or a report overdue, needs a performance issue; an open issue goes to the next level every ${r.rule.escalationMonths === 1 ? 'month' : `${r.rule.escalationMonths} months`} it stays open (R-2.6.14).`,
    links: { all: `${base}/performance-issues`, add: `${base}/performance-issues/new` },
  };
}

/** R-2.6.15: the challenges, unanswered first (overdue before those still in time), then the answered. */
export function challengesSection(partnershipId: string, answerDays: number, rows: Awaited<ReturnType<typeof partnershipChallenges>>) {
  const base = `/partnerships/${partnershipId}`;
  const rank = (x: (typeof rows)[number]) => (x.standing.overdue ? 0 : x.standing.answered ? 2 : 1);
  return {
    rule: `Any partner may challenge the partnership’s performance or the value it adds, at any time; each challenge is answered within ${answerDays} days (R-2.6.15).`,
    items: [...rows].sort((a, b) => rank(a) - rank(b)).map(({ challenge: c, standing: s }) => ({
      title: CHALLENGE_SUBJECT_LABELS[c.subject],
      href: `${base}/performance-challenges/${c.id}`,
      by: `${c.raisedBy}, ${c.partnerName}, ${dateInWords(c.raisedOn)}`,
      challenge: c.challenge,
      assignee: c.assigneeName,
      response: c.response,
      standing: s.words,
      overdue: s.overdue,
    })),
    overdue: rows.filter((x) => x.standing.overdue).length,
    links: { all: `${base}/performance-challenges`, add: `${base}/performance-challenges/new` },
  };
}
