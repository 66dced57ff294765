// The computed checks, one per requirement Accord holds the data for: each a pure function of a
// partnership's snapshot returning met (with the evidence), a gap (what is missing, the clause, and the
// page that puts it right) or not applicable (why). Requirements evidenced by attestation or kept by
// Accord itself are evaluate.ts's.
import { assessmentCompleteness } from '../business-case/assessment.ts';
import type { GovernanceCompleteness, MissingGovernanceItem } from '../governance/completeness.ts';
import { isUnbudgeted } from '../lifecycle/guards.ts';
import { formatPence } from '../register/money.ts';
import { LEGAL_FORM_LABELS, STATUS_LABELS, type Status } from '../register/vocabulary.ts';
import { dateInWords } from '../decisions/notice.ts';
import { meetingNotice } from '../meetings/meeting.ts';
import type { PartnershipSnapshot } from './snapshot.ts';
import type { FindingFix } from './types.ts';
import { refreshStandings } from '../performance/action-plan.ts';
import { escalationOf, poorPerformance, untackled, type PoorPerformanceRule } from '../performance/issue.ts';
import { challengeStanding, CHALLENGE_SUBJECT_LABELS } from '../performance/challenge.ts';
import { reviewStanding } from '../performance/annual-review.ts';
import { redRun } from '../performance/rag.ts';
import { ratedSeries } from '../performance/series.ts';
import { riskStanding } from '../risk/risk.ts';
import { lineTitle, oversightOf, REPORTING_FREQUENCY_LABELS, reportingStanding } from '../performance/reporting.ts';
import { dissolutionReadiness, readinessInWords } from '../exit/dissolution.ts';
import { EXIT_TOPIC_LABELS, exitReadiness, noticeInWords, NOTICE_PARTY_LABELS } from '../exit/provisions.ts';
import { keyDecisionNotice, publicationOf, publicationOverdue } from '../forward-plan/forward-plan.ts';

export type Outcome =
  | { result: 'pass'; reason: string; evidence: string[] }
  | { result: 'gap'; reason: string; evidence?: string[]; fix?: FindingFix }
  | { result: 'not-applicable'; reason: string };

export interface CheckContext {
  governance: GovernanceCompleteness;
  /** The day of the evaluation, yyyy-mm-dd (London). */
  today: string;
  /** R-2.6.14: the council's rule for poor performance (protocol configuration). */
  poorPerformance: PoorPerformanceRule;
  /** R-2.6.15: the days a partner's challenge is answered within (protocol configuration). */
  challengeAnswerDays: number;
}

export type Check = (s: PartnershipSnapshot, ctx: CheckContext) => Outcome;

const home = (s: PartnershipSnapshot) => `/partnerships/${s.id}`;
const fixAt = (s: PartnershipSnapshot, path: string, text: string): FindingFix => ({ href: `${home(s)}${path}`, text });
const filled = (v: string | null | undefined): v is string => typeof v === 'string' && v.trim() !== '';
const pass = (reason: string, evidence: string[] = []): Outcome => ({ result: 'pass', reason, evidence });
const gap = (reason: string, fix?: FindingFix): Outcome => ({ result: 'gap', reason, ...(fix && { fix }) });
const list = (items: readonly string[]) => items.join('; ');

/** The governance items of one clause (prefix R-2.7( takes the elements a–o): met, a gap, or not required for this legal form. */
function governanceCheck(clausePrefix: string, what: string, exact = true): Check {
  return (s, { governance }) => {
    const ofClause = (clause: string) => (exact ? clause === clausePrefix : clause.startsWith(clausePrefix));
    const required = governance.sections.filter((x) => x.required && ofClause(x.clause));
    if (!required.length) return { result: 'not-applicable', reason: `The council’s configuration does not require ${what} of ${LEGAL_FORM_LABELS[s.legalForm].toLowerCase()} partnerships (${clausePrefix.replace(/\($/, '')})` };
    const missing = governance.missing.filter((m): m is Extract<MissingGovernanceItem, { kind: 'section' }> => m.kind === 'section' && ofClause(m.clause));
    const clause = clausePrefix.replace(/\($/, '');
    if (missing.length) {
      const first = missing[0]!;
      return gap(`${missing.length} of ${required.length} not agreed: ${list(missing.map((m) => `${m.title} (${m.status === 'draft' ? 'draft' : 'not started'})`))} (${clause})`, fixAt(s, `/governance/${first.key}`, `Agree ${first.title}`));
    }
    return pass(`All ${required.length} agreed (${clause})`, required.map((x) => `${x.title}: agreed${x.agreedOn ? ` on ${x.agreedOn}` : ''}`));
  };
}

/**
 * R-2.6.3 met: the business case and its evidence base are written; the evidence documents held (type
 * 'business-case-evidence', as the business case page lists them) are named, so the finding links the
 * evidence itself. The written evidence base is what is required: documents support it, and a business
 * case that names its evidence in words is not a gap for want of an upload.
 */
function businessCaseMet(s: PartnershipSnapshot): Outcome {
  const held = s.governance.documents.filter((d) => d.type === 'business-case-evidence');
  const documents = held.length ? `; ${held.length} evidence document${held.length === 1 ? '' : 's'} held` : '';
  return pass(`Recorded in the business case, with its evidence base${documents} (R-2.6.3)`, held.map((d) => `Evidence document: ${d.title}`));
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export const CHECKS: Readonly<Record<string, Check>> = {
  // R-A1.3: every strategic objective has at least one outcome indicator.
  'R-A1.3': (s) => {
    if (!s.objectives.length) return gap('No strategic objectives recorded, so none can be measured (R-A1.3)', fixAt(s, '/objectives/new', 'Add an objective'));
    const unmeasured = s.objectives.filter((o) => o.indicators === 0);
    if (unmeasured.length) return gap(`${plural(unmeasured.length, 'objective')} of ${s.objectives.length} without an outcome indicator: ${list(unmeasured.map((o) => o.title))} (R-A1.3)`, fixAt(s, '/indicators/new', 'Add an outcome indicator'));
    return pass(`All ${plural(s.objectives.length, 'strategic objective')} measured by outcome indicators (R-A1.3)`, s.objectives.map((o) => `${o.title}: ${plural(o.indicators, 'indicator')}`));
  },
  // R-2.6.2: performance reported to an agreed body at an agreed frequency; a report owed past its day is a gap, with the day it fell due.
  'R-2.6.2': (s, { today }) => {
    if (!s.reporting.length) return gap('No reporting line recorded: to whom the partnership reports its performance, and how often (R-2.6.2)', fixAt(s, '/reporting-lines/new', 'Add a reporting line'));
    const standings = s.reporting.map((l) => ({ title: lineTitle(l), frequency: REPORTING_FREQUENCY_LABELS[l.frequency].toLowerCase(), standing: reportingStanding(l, today) }));
    const late = standings.filter((x) => x.standing.overdue > 0);
    if (late.length) return gap(`Overdue: ${list(late.map((x) => `the report to ${x.title} due ${dateInWords(x.standing.overdueSince!)}${x.standing.overdue > 1 ? `, and ${plural(x.standing.overdue - 1, 'more', 'more')} since` : ''}`))} (R-2.6.2)`, fixAt(s, '/performance-reports/new', 'Record a report submitted'));
    return pass(`Performance reported on ${plural(standings.length, 'line')}, none overdue (R-2.6.2)`, standings.map((x) => `${x.title}: ${x.frequency}, next due ${dateInWords(x.standing.nextDueOn)}`));
  },
  // R-2.6.7: the action plan refreshed by every partner once a year; a refresh past its day is a gap, with the day it fell due.
  'R-2.6.7': (s, { today }) => {
    if (!s.actionPlan.actions.length) return gap('No action plan recorded: the partnership’s actions, each owned by a partner (R-2.6.7)', fixAt(s, '/plan-actions/new', 'Add an action to the plan'));
    const standings = refreshStandings(s.partners, s.actionPlan.refreshes, s.actionPlan.actions, today);
    if (!standings.length) return gap('No partner recorded to refresh the action plan (R-2.6.7)', fixAt(s, '/partners', 'Add a partner'));
    const late = standings.filter((x) => x.overdue);
    if (late.length) return gap(`Overdue: the action plan’s annual refresh by ${list(late.map((x) => `${x.partnerName}, due ${dateInWords(x.dueOn)}`))} (R-2.6.7)`, fixAt(s, '/plan-refreshes/new', 'Record a partner’s refresh'));
    return pass(`The action plan is refreshed by every partner, none overdue (R-2.6.7)`, standings.map((x) => `${x.partnerName}: ${x.words}`));
  },
  // R-2.6.14: poor performance tackled: an indicator red the council's periods in a row, or a report overdue, has a
  // performance issue open; an open issue is at the level its age calls for.
  'R-2.6.14': (s, { today, poorPerformance: rule }) => {
    const { indicators, issues } = s.poorPerformance;
    const red = indicators.map((i) => ({ id: i.id, name: i.name, redPeriods: redRun(ratedSeries(i.rules, i.periods).map((p) => p.rag.status)) }));
    const lines = s.reporting.map((l) => ({ id: l.id, title: lineTitle(l), overdueSince: reportingStanding(l, today).overdueSince }));
    const left = untackled(poorPerformance(red, lines, rule), issues);
    if (left.length) return gap(`Not tackled: ${list(left.map((p) => p.words))}, with no performance issue open (R-2.6.14)`, fixAt(s, '/performance-issues/new', 'Open a performance issue'));
    const open = issues.filter((i) => i.status === 'open').map((i) => ({ title: i.title, escalation: escalationOf(i, rule, today) }));
    const late = open.filter((x) => x.escalation.overdue);
    if (late.length) return gap(`${list(late.map((x) => `${x.title}: ${x.escalation.words.replace(/ \(R-2\.6\.14\)$/, '')}`))} (R-2.6.14)`, fixAt(s, '/performance-issues', 'Escalate the performance issue'));
    return pass(
      open.length ? `${plural(open.length, 'performance issue')} open, each at the level it is due at; no poor performance untackled (R-2.6.14)` : `No outcome indicator red for ${rule.redPeriods} periods in a row and no report overdue: no performance issue needed (R-2.6.14)`,
      open.map((x) => `${x.title}: ${x.escalation.words}`),
    );
  },
  // R-2.6.15: any partner may challenge performance or added value; each challenge answered within the council's days.
  'R-2.6.15': (s, { today, challengeAnswerDays: days }) => {
    const standings = s.challenges.map((c) => ({ c, standing: challengeStanding(c, days, today) }));
    const late = standings.filter((x) => x.standing.overdue);
    if (late.length) return gap(`Unanswered: ${list(late.map((x) => `the challenge of ${CHALLENGE_SUBJECT_LABELS[x.c.subject].replace(/^The /, 'the ')} by ${x.c.partnerName}, raised on ${dateInWords(x.c.raisedOn)}, due an answer by ${dateInWords(x.standing.dueBy)}`))} (R-2.6.15)`, fixAt(s, '/performance-challenges', 'Answer the challenge'));
    if (!standings.length) return pass(`No challenge raised: any partner may challenge the partnership’s performance or added value at any time, answered within ${days} days (R-2.6.15)`);
    return pass(`${plural(standings.length, 'challenge')} raised, each answered or within its ${days} days (R-2.6.15)`, standings.map((x) => `${x.c.partnerName}, ${dateInWords(x.c.raisedOn)}: ${x.standing.words}`));
  },
  // R-2.6.4: objectives and outcomes reviewed every year; a review counts once approved, and one past its day is a gap, with the day it fell due.
  'R-2.6.4': (s, { today }) => {
    const standing = reviewStanding(s.annualReviews, s.startDate, today);
    const open = s.annualReviews.filter((r) => !r.approvedOn).map((r) => `the review of ${dateInWords(r.reviewedOn)} awaits approval`);
    if (!standing.dueBy) return gap(standing.words, fixAt(s, '/edit', 'Record the start date'));
    if (standing.overdue) return gap(`${standing.words.replace(/ \(R-2\.6\.4\)$/, '')}${open.length ? `; ${list(open)}` : ''} (R-2.6.4)`, fixAt(s, open.length ? '/annual-reviews' : '/annual-reviews/new', open.length ? 'Approve the annual review' : 'Start the annual review'));
    return pass(standing.lastOn ? `Reviewed on ${dateInWords(standing.lastOn)}; the next is due by ${dateInWords(standing.dueBy)} (R-2.6.4)` : `The first annual review is due by ${dateInWords(standing.dueBy)}, a year after the partnership started (R-2.6.4)`, open);
  },
  // R-2.4e: each partner's contribution evaluated and fed back at each annual review (the latest approved).
  'R-2.4e': (s, { today }) => {
    const latest = s.annualReviews.filter((r) => r.approvedOn).at(-1);
    if (!latest) {
      const standing = reviewStanding(s.annualReviews, s.startDate, today);
      if (standing.overdue || !standing.dueBy) return gap(`No annual review yet has evaluated the partners’ contribution${standing.dueBy ? `: the first was due by ${dateInWords(standing.dueBy)}` : ''} (R-2.4e)`, fixAt(s, '/annual-reviews', 'Start the annual review'));
      return pass(`Each partner’s contribution is first evaluated at the annual review due by ${dateInWords(standing.dueBy)} (R-2.4e)`);
    }
    if (latest.feedbackOwed.length) return gap(`Not yet fed back: the evaluation at the review of ${dateInWords(latest.reviewedOn)} of ${list(latest.feedbackOwed)} (R-2.4e)`, fixAt(s, '/contribution-evaluations', 'Record the feedback sent'));
    return pass(`${plural(latest.contributions, 'partner’s contribution', 'partners’ contributions')} evaluated at the review of ${dateInWords(latest.reviewedOn)}, each fed back (R-2.4e)`);
  },
  // R-2.6.8: the shared risk register reviewed at the intervals its matrix agrees (sooner for a higher band); a review past its day is a gap, with the day it fell due.
  'R-2.6.8': (s, { today }) => {
    const open = s.riskRegister.risks.filter((r) => r.status === 'open');
    if (!s.riskRegister.risks.length) return gap('No risk register recorded: the risks the partners share, each owned by a partner (R-2.6.8)', fixAt(s, '/risks/new', 'Add a risk to the register'));
    const standings = open.map((r) => ({ title: r.title, standing: riskStanding(s.riskRegister.matrix, r, s.riskRegister.reviews, today) }));
    const late = standings.filter((x) => x.standing.overdue);
    if (late.length) return gap(`Overdue: ${list(late.map((x) => `the review of ${x.title} (${x.standing.band}), due ${dateInWords(x.standing.nextReviewOn!)}`))} (R-2.6.8)`, fixAt(s, '/risk-reviews/new', 'Record a risk review'));
    return pass(
      open.length ? `${plural(open.length, 'open risk')} on the register, none overdue for review (R-2.6.8)` : 'Every risk on the register is closed, so none is due for review (R-2.6.8)',
      standings.map((x) => `${x.title}: ${x.standing.band}, score ${x.standing.score}; ${x.standing.words}`),
    );
  },
  // R-2.6.12: performance managed between the partners with the Cabinet's and Overview and Scrutiny's oversight, recorded as reporting lines.
  'R-2.6.12': (s) => {
    const o = oversightOf(s.reporting);
    if (o.gap) return gap(o.gap, fixAt(s, '/reporting-lines/new', 'Add a reporting line'));
    return pass('Performance overseen by the Cabinet and by Overview and Scrutiny (R-2.6.12)', s.reporting.map((l) => `${lineTitle(l)}: ${plural(l.reports, 'report')}${l.lastSubmittedOn ? `, latest ${dateInWords(l.lastSubmittedOn)}` : ''}`));
  },
  // R-2.8a: who votes and the rule that decides ordinary business, recorded as data the outcome is computed from.
  'R-2.8a': (s) => {
    const d = s.decisionRules;
    if (!d.votingSeats) return gap('No voting members recorded, so no vote can be counted (R-2.8a)', fixAt(s, '/seats/new', 'Add a member seat'));
    if (!d.ordinaryRule) return gap('No voting rule recorded for ordinary business (R-2.8a)', fixAt(s, '/voting-rules/new', 'Add a voting rule'));
    return pass(`${plural(d.votingSeats, 'voting member')}; voting rules for ${plural(d.votingRules, 'type')} of decision (R-2.8a)`);
  },
  // R-2.8b: the quorum, recorded as the conditions each item's quorum is computed from.
  'R-2.8b': (s) =>
    s.decisionRules.quorumConditions
      ? pass(`Quorum recorded: ${plural(s.decisionRules.quorumConditions, 'condition')}, all met at once (R-2.8b)`)
      : gap('No quorum recorded (R-2.8b)', fixAt(s, '/quorum/new', 'Add a quorum condition')),
  // R-2.8c: every member not present at a meeting is told of each decision it took.
  'R-2.8c': (s) =>
    s.untold
      ? gap(`${plural(s.untold, 'member')} not present at a meeting ${s.untold === 1 ? 'has' : 'have'} not been told of a decision it took (one for each member and decision) (R-2.8c)`, fixAt(s, '/meetings', 'See the meetings'))
      : pass(s.meetings.length ? 'Every member not present at a meeting has been told of its decisions (R-2.8c)' : 'No decision of a meeting is waiting to be communicated (R-2.8c)'),
  // R-2.8e: what each voting member may decide for their organisation is recorded, and no carried
  // decision beyond it still awaits the partner's ratification.
  'R-2.8e': (s) => {
    if (!s.decisionRules.votingSeats) return gap('No voting members recorded, so no representative’s authority is (R-2.8e)', fixAt(s, '/seats/new', 'Add a member seat'));
    const { withoutAuthority, awaitingRatification } = s.authority;
    if (withoutAuthority) return gap(`${plural(withoutAuthority, 'voting member')} ${withoutAuthority === 1 ? 'has' : 'have'} no limit of authority recorded: what they may decide for their organisation (R-2.8e)`, fixAt(s, '/authority/new', 'Add a limit of authority'));
    if (awaitingRatification) return gap(`${plural(awaitingRatification, 'decision')} beyond a representative’s authority ${awaitingRatification === 1 ? 'awaits' : 'await'} a partner’s ratification (R-2.8e)`, fixAt(s, '/meetings', 'See the meetings'));
    return pass(`Authority recorded for each of the ${plural(s.decisionRules.votingSeats, 'voting member')}; no decision awaits ratification (R-2.8e)`);
  },
  // R-2.8d: the actions arising from its decisions are tracked to completion: none left overdue.
  'R-2.8d': (s) => {
    const { actions, overdueActions } = s.actions;
    if (overdueActions) return gap(`${plural(overdueActions, 'action')} arising from decisions ${overdueActions === 1 ? 'is' : 'are'} overdue (R-2.8d)`, fixAt(s, '/actions', 'See the actions'));
    return pass(actions ? `${plural(actions, 'action')} arising from decisions recorded, none overdue (R-2.8d)` : 'No actions arising from decisions are recorded, so none is overdue (R-2.8d)');
  },
  // R-2.8g: the partnership meets, with the notice its rules require, and its attendance and minutes are recorded.
  'R-2.8g': (s) => {
    if (!s.meetings.length) return gap('No meeting held in the last 12 months is recorded (R-2.8g)', fixAt(s, '/meetings/new', 'Schedule a meeting'));
    const named = (m: PartnershipSnapshot['meetings'][number]) => `${m.title}, ${dateInWords(m.meetsOn)}`;
    const problems = s.meetings.flatMap((m) => {
      const notice = meetingNotice(m);
      return [
        ...(notice.sufficient ? [] : [`${named(m)}: ${notice.explanation.replace(/\.$/, '')}`]),
        ...(m.attendance ? [] : [`${named(m)}: no attendance recorded`]),
        ...(m.hasMinutes ? [] : [`${named(m)}: no minutes recorded`]),
      ];
    });
    if (problems.length) return { result: 'gap', reason: `Of the meetings held in the last 12 months: ${list(problems)} (R-2.8g)`, fix: fixAt(s, '/meetings', 'See the meetings') };
    return pass(
      `${plural(s.meetings.length, 'meeting')} held in the last 12 months, each with the notice its rules require, its attendance and minutes (R-2.8g)`,
      s.meetings.map((m) => `${named(m)}: ${meetingNotice(m).explanation}`),
    );
  },
  // R-2.8f: each key decision taken in the last 12 months was on the forward plan with the notice it asks;
  // and nothing planned has passed the day it needed publishing by unpublished.
  'R-2.8f': (s, ctx) => {
    const taken = s.forwardPlan.filter((d) => d.takenOn !== null);
    const problems = [
      ...taken.flatMap((d) => {
        const n = keyDecisionNotice({ keyDecision: true }, d.entry ?? undefined, d.takenOn!, s.forwardPlanDays);
        return n && !n.sufficient ? [`${d.title}, taken on ${dateInWords(d.takenOn!)}: ${n.explanation.replace(/\.$/, '')}`] : [];
      }),
      ...s.forwardPlan
        .filter((d) => d.takenOn === null && d.entry && publicationOverdue(d.entry, ctx.today))
        .map((d) => `${d.title}, planned for ${dateInWords(d.entry!.plannedOn)}: ${publicationOf(null, d.entry!.plannedOn, d.entry!.noticeDays).explanation.replace(/\.$/, '').replace('needs to be', 'needed to be')}`),
    ];
    if (problems.length) return { result: 'gap', reason: `${list(problems)} (R-2.8f)`, fix: fixAt(s, '/forward-plan', 'See the forward plan') };
    return pass(
      taken.length
        ? `${plural(taken.length, 'key decision')} taken in the last 12 months, each on the forward plan with the notice it requires (R-2.8f)`
        : 'No key decision taken in the last 12 months, and nothing on the forward plan is late for publication (R-2.8f)',
      taken.map((d) => `${d.title}: ${keyDecisionNotice({ keyDecision: true }, d.entry ?? undefined, d.takenOn!, s.forwardPlanDays)!.explanation}`),
    );
  },
  // R-1.1: the latest screening found the council and another organisation share responsibility for outcomes.
  'R-1.1': (s) => {
    if (!s.screening) return gap('No screening recorded (R-1.1)', fixAt(s, '/screening', 'Screen the arrangement'));
    return s.screening.applies
      ? pass(`Screened on ${s.screening.screenedOn}: the protocol applies (R-1.1)`, [...s.screening.reasons])
      : pass(`Screened on ${s.screening.screenedOn}: the protocol does not apply (R-1.1)`, [...s.screening.reasons]);
  },
  // R-1.2: the characteristics a–f are answered on the screening.
  'R-1.2': (s) => (s.screening ? pass(`Characteristics recorded on the screening of ${s.screening.screenedOn} (R-1.2)`) : gap('No screening recorded, so no characteristics (R-1.2)', fixAt(s, '/screening', 'Screen the arrangement'))),
  // R-2.2: the exclusions were considered, with the reason kept.
  'R-2.2': (s) => {
    if (!s.screening) return gap('No screening recorded, so the exclusions of 2.2 were not considered (R-2.2)', fixAt(s, '/screening', 'Screen the arrangement'));
    return pass(s.screening.applies ? 'None of the exclusions of 2.2 applies (R-2.2)' : 'Excluded by 2.2, with the reason kept (R-2.2)', [...s.screening.reasons]);
  },
  // R-2.1: purpose and expected outcomes for the people of the borough.
  'R-2.1': (s) =>
    filled(s.purpose) && filled(s.expectedOutcomes)
      ? pass('Purpose and expected outcomes recorded (R-2.1)', [s.purpose, s.expectedOutcomes])
      : gap(`${filled(s.purpose) ? 'Expected outcomes' : 'Purpose'} not recorded (R-2.1)`, fixAt(s, '/edit', 'Change the partnership’s details')),
  // R-2.3: at least one reason for working in partnership.
  'R-2.3': (s) => (s.rationale.length ? pass(`${s.rationale.length} reason${s.rationale.length === 1 ? '' : 's'} recorded (R-2.3)`, [...s.rationale]) : gap('No rationale recorded (R-2.3)', fixAt(s, '/edit', 'Change the partnership’s details'))),
  // R-2.5a, R-2.5b, R-A1.1, R-A1.2, R-2.6.3: from the assessment's own completeness, one clause at a time.
  ...Object.fromEntries(
    (['R-2.5a', 'R-2.5b', 'R-A1.1', 'R-A1.2', 'R-2.6.3'] as const).map((clause): [string, Check] => [
      clause,
      (s) => {
        const missing = assessmentCompleteness({ legalForm: s.legalForm, councilContributionPence: s.councilContributionPence, priorities: s.priorities }, s.assessment).missing.filter((m) => m.clause === clause);
        if (!missing.length) {
          if (clause === 'R-2.6.3') return businessCaseMet(s);
          const evidence = clause === 'R-2.5b' ? s.priorities.map((p) => `${p.title}: ${p.how}`) : clause === 'R-A1.1' && s.assessment?.legalPower ? [s.assessment.legalPower] : [];
          return pass(`Recorded in the business case (${clause})`, evidence);
        }
        const m = missing[0]!;
        return gap(`${list(missing.map((x) => x.message))} (${clause})`, m.page === 'details' ? fixAt(s, '/edit', 'Change the partnership’s details') : fixAt(s, `/business-case/edit#${m.field}`, 'Change the business case'));
      },
    ]),
  ),
  // R-2.5c: an unbudgeted commitment has its own recorded approval.
  'R-2.5c': (s) => {
    if (!isUnbudgeted(s)) {
      return { result: 'not-applicable', reason: s.councilContributionPence === null ? 'The council’s contribution is not recorded yet (R-2.5c)' : 'No unbudgeted commitment: the contribution is within an approved budget or £0 (R-2.5c)' };
    }
    const approval = s.decisions.find((d) => d.subject === 'unbudgeted-commitment' && d.outcome === 'approved');
    return approval
      ? pass(`The unbudgeted ${formatPence(s.councilContributionPence!)} a year was approved on ${approval.decidedOn} (R-2.5c)`, [approval.body ?? ''].filter(Boolean))
      : gap(`${formatPence(s.councilContributionPence!)} a year is not within an approved budget and its approval is not recorded (R-2.5c)`, fixAt(s, '/lifecycle', 'Record the approval of the unbudgeted commitment'));
  },
  // R-APPROVE: the approval (who, which body, when, reference) is recorded.
  'R-APPROVE': (s) => {
    const approval = s.decisions.find((d) => d.subject === 'partnership' && d.outcome === 'approved');
    return approval ? pass(`Approved on ${approval.decidedOn}${approval.body ? ` by ${approval.body}` : ''} (R-APPROVE)`) : gap('No approval recorded (R-APPROVE)', fixAt(s, '/lifecycle', 'Record the approval'));
  },
  // R-2.6.1: an accountable officer for monitoring performance.
  'R-2.6.1': (s) => (s.accountableOfficer ? pass(`${s.accountableOfficer} is the accountable officer (R-2.6.1)`) : gap('No accountable officer named (R-2.6.1)', fixAt(s, '/edit', 'Name the accountable officer'))),
  // R-2.6.5: each partner other than the council has recorded, and confirmed, its link to its own priorities.
  'R-2.6.5': (s) => {
    const others = s.partners.filter((p) => !p.isThisCouncil);
    if (!others.length) return gap('No partner organisation recorded besides the council (R-2.6.5)', fixAt(s, '/partners', 'Add a partner'));
    const unconfirmed = others.filter((p) => !(filled(p.ownPriorities) && filled(p.confirmedBy) && filled(p.confirmedOn)));
    if (unconfirmed.length) return gap(`Not confirmed by ${list(unconfirmed.map((p) => p.name))} (R-2.6.5)`, fixAt(s, '/partners', 'Record each partner’s link to its own priorities'));
    return pass(`Every partner has confirmed its link to its own priorities (R-2.6.5)`, others.map((p) => `${p.name}: confirmed by ${p.confirmedBy} on ${p.confirmedOn}`));
  },
  // R-2.6.6: each partner says where the partnership's actions sit in its own plans.
  'R-2.6.6': (s) => {
    const others = s.partners.filter((p) => !p.isThisCouncil);
    if (!others.length) return gap('No partner organisation recorded besides the council (R-2.6.6)', fixAt(s, '/partners', 'Add a partner'));
    const without = others.filter((p) => !filled(p.organisationalPlanReference));
    return without.length
      ? gap(`No organisational plan referenced for ${list(without.map((p) => p.name))} (R-2.6.6)`, fixAt(s, '/partners', 'Record each partner’s plan reference'))
      : pass('Every partner has referenced its organisational plan (R-2.6.6)', others.map((p) => `${p.name}: ${p.organisationalPlanReference}`));
  },
  // R-2.14: from set-up, the minimum notice a partner gives to withdraw and the exit strategy the protocol names;
  // once ending, the dissolution checklist.
  'R-2.14': (s) => {
    const r = exitReadiness(s.exit.provisions, s.exit.topics);
    if (!r.notice) return gap('No minimum notice recorded for a partner to withdraw: the termination provisions (R-2.14)', fixAt(s, '/termination-provisions/new', 'Add the termination provisions'));
    if (r.missing.length) return gap(`The exit strategy has no arrangement for ${list(r.missing.map((t) => EXIT_TOPIC_LABELS[t].toLowerCase()))} (R-2.14)`, fixAt(s, '/exit-strategy/new', 'Add an exit arrangement'));
    // Once ending: "a partnership cannot be dissolved until the dissolution checklist is complete".
    const ending = s.status === 'exiting' || s.status === 'dissolved';
    const checklist = dissolutionReadiness(s.exit.checklist);
    if (ending && !checklist.complete) return gap(`The dissolution checklist is not complete: ${readinessInWords(checklist)} (R-2.14)`, fixAt(s, '/dissolution-checklist/new', 'Close the next item of the dissolution checklist'));
    return pass(`Termination provisions and the exit strategy recorded: ${noticeInWords(r.notice)} (R-2.14)`, [
      ...s.exit.provisions.map((p) => `${NOTICE_PARTY_LABELS[p.party]}: ${noticeInWords(p)}`),
      `Exit strategy: ${list(s.exit.topics.map((t) => EXIT_TOPIC_LABELS[t as keyof typeof EXIT_TOPIC_LABELS] ?? t))}`,
      ...(ending ? [readinessInWords(checklist)] : []),
    ]);
  },
  // R-2.16: a sponsoring officer, council representatives, each having acknowledged the Codes of Conduct.
  'R-2.16': (s) => {
    if (!s.sponsoringOfficer) return gap('No sponsoring officer named (R-2.16)', fixAt(s, '/edit', 'Name the sponsoring officer'));
    if (!s.representatives.length) return gap('No council representative named (R-2.16)', fixAt(s, '/representatives', 'Add a council representative'));
    const not = s.representatives.filter((r) => !r.codesAcknowledgedOn);
    if (not.length) return gap(`The Codes of Conduct not acknowledged by ${list(not.map((r) => r.name))} (R-2.16)`, fixAt(s, '/representatives', 'Record each acknowledgement'));
    return pass(`${s.sponsoringOfficer} sponsors it; every council representative has acknowledged the Codes of Conduct (R-2.16)`, s.representatives.map((r) => `${r.name}: acknowledged on ${r.codesAcknowledgedOn}`));
  },
  // R-2.7: the elements a–o the legal form needs, agreed.
  'R-2.7': governanceCheck('R-2.7(', 'the framework’s elements', false),
  // R-2.7doc: the governance documents the legal form needs, held.
  'R-2.7doc': (s, { governance }) => {
    if (!governance.requiredDocuments.length) return { result: 'not-applicable', reason: `The council’s configuration requires no governance document of ${LEGAL_FORM_LABELS[s.legalForm].toLowerCase()} partnerships (R-2.7doc)` };
    const missing = governance.requiredDocuments.filter((d) => !d.held);
    if (missing.length) return gap(`Not held: ${list(missing.map((d) => d.label))} (R-2.7doc)`, fixAt(s, `/documents/new?type=${missing[0]!.type}`, `Add the ${missing[0]!.label.toLowerCase()}`));
    return pass(`Every required document is held (R-2.7doc)`, governance.requiredDocuments.flatMap((d) => d.documents.map((x) => `${d.label}: ${x.title}`)));
  },
  'R-A1.4': governanceCheck('R-A1.4', 'the running arrangements'),
  'R-A1.5': governanceCheck('R-A1.5', 'the financial matters'),
  'R-A1.6': governanceCheck('R-A1.6', 'the other considerations'),
  'R-2.6.9': governanceCheck('R-2.6.9', 'what partners share for monitoring'),
  'R-2.6.13': governanceCheck('R-2.6.13', 'channels of accountability'),
  'R-2.10': governanceCheck('R-2.10', 'a communications strategy'),
  'R-2.11': governanceCheck('R-2.11', 'an information sharing protocol'),
  'R-2.12': governanceCheck('R-2.12', 'agreed standards of conduct'),
  'R-2.17': governanceCheck('R-2.17', 'the scrutiny arrangement'),
};

/** System requirements: what Accord keeps for every partnership, said once. */
export const SYSTEM_EVIDENCE: Readonly<Record<string, string>> = {
  'R-2.4b': 'Accord shows overlapping partnerships on the Summary until approval (R-2.4b)',
  'R-2.6.10': 'Every change is in Accord’s hash-chained audit trail, with who and when (R-2.6.10)',
  'R-2.6.11': 'The register, its records and this report export as CSV, XLSX and JSON (R-2.6.11)',
};

/** From which status on a requirement applies: the order of the lifecycle. */
export const APPLIES_FROM: Readonly<Record<string, Status>> = {
  'R-1.1': 'proposed',
  'R-1.2': 'proposed',
  'R-2.2': 'proposed',
  'R-2.1': 'proposed',
  'R-2.3': 'proposed',
  'R-2.4b': 'proposed',
  'R-2.5a': 'business-case',
  'R-2.5b': 'business-case',
  'R-2.5c': 'business-case',
  'R-A1.1': 'business-case',
  'R-A1.2': 'business-case',
  'R-2.6.3': 'business-case',
  'R-APPROVE': 'approved',
  // Duties of a running partnership: reporting, reviews, plans, risks, meetings and decisions taken.
  ...Object.fromEntries(['R-2.6.2', 'R-2.6.4', 'R-2.6.7', 'R-2.6.8', 'R-2.6.12', 'R-2.6.14', 'R-2.6.15', 'R-2.9', 'R-2.4e', 'R-2.8c', 'R-2.8d', 'R-2.8f', 'R-2.8g', 'R-2.15'].map((id) => [id, 'operating' as const])),
  // The rest are what must be in place to run: from approval, while it is set up.
};
export const DEFAULT_APPLIES_FROM: Status = 'approved';

export const statusLabel = (s: Status) => STATUS_LABELS[s];
