// `accord demo`: fills an empty register with a realistic example council (demo-data/*.ts), made through
// the same use cases as everything else, so every record is validated and audited.
// It creates no user accounts. With `force` it adds the example on top of what is there, reusing the
// organisations, people and priorities that already exist by name.
import { Readable } from 'node:stream';
import { findCouncilOrganisation, findOrganisationByName } from '../db/repositories/organisations.repo.ts';
import { allPeople, listPeople } from '../db/repositories/people.repo.ts';
import { listPriorities } from '../db/repositories/priorities.repo.ts';
import { DEFAULT_QUERY } from '../domain/register/register-query.ts';
import { fold } from '../domain/search/normalise.ts';
import type { PartnershipDetails } from '../domain/register/partnership.ts';
import { isUnbudgeted } from '../domain/lifecycle/guards.ts';
import { pathTo, transitionOf, type LifecycleAction } from '../domain/lifecycle/transitions.ts';
import type { AppDeps, RequestContext } from './deps.ts';
import { COMMAND_LINE } from './principal.ts';
import { registerPage } from './queries/register.queries.ts';
import { UserFacingError } from './errors.ts';
import { createOrganisation } from './organisations.service.ts';
import { londonToday, transition, type TransitionInput } from './lifecycle.service.ts';
import { answersOf, recordScreening } from './screening.service.ts';
import type { ScreeningAnswersInput } from './schemas/screening.schema.ts';
import { screeningOutcome } from '../domain/screening/outcome.ts';
import { createPartnership } from './partnerships.service.ts';
import { createPerson } from './people.service.ts';
import { createPriority } from './priorities.service.ts';
import { DEMO_ORGANISATIONS } from './demo-data/organisations.ts';
import { DEMO_PARTNERSHIPS, type DemoDate, type DemoDecision, type DemoPartnership } from './demo-data/partnerships.ts';
import { DEMO_PEOPLE } from './demo-data/people.ts';
import { DEMO_PRIORITIES } from './demo-data/priorities.ts';
import { demoAssessment } from './demo-data/assessments.ts';
import { saveAssessment } from './business-case.service.ts';
import { demoGovernance } from './demo-data/governance.ts';
import { saveGovernanceSection } from './governance.service.ts';
import { exceptOperatingBlockers } from './demo-data/set-up.ts';
import { allConfirmed, demoConfirmation, demoDocuments } from './demo-data/documents.ts';
import type { DocumentStore } from './document-store.ts';
import { uploadDocument } from './documents.service.ts';
import { partners } from './records/partners.record.ts';
import { representatives } from './records/representatives.record.ts';
import { addRecord, changeRecord } from './records/record-commands.ts';
import { quorum } from './records/quorum.record.ts';
import { seats } from './records/seats.record.ts';
import { votingRules } from './records/voting-rules.record.ts';
import { demoDecisionRules } from './demo-data/decision-rules.ts';
import { demoActions, demoMeetings } from './demo-data/meetings.ts';
import { demoActionPlan, demoAnnualReview, demoChallenges, demoFundingProposal, demoPerformanceIssues, demoRiskRegister, demoMeasurement, demoPerformance, demoQuarters, demoReporting } from './demo-data/performance.ts';
import { actions } from './records/actions.record.ts';
import { forwardPlan } from './records/forward-plan.record.ts';
import { authorities } from './records/authorities.record.ts';
import { indicators } from './records/indicators.record.ts';
import { measurements } from './records/measurements.record.ts';
import { objectives } from './records/objectives.record.ts';
import { reportingLines } from './records/reporting-lines.record.ts';
import { planActions } from './records/plan-actions.record.ts';
import { planRefreshes } from './records/plan-refreshes.record.ts';
import { riskControls } from './records/risk-controls.record.ts';
import { fundingProposals } from './records/funding-proposals.record.ts';
import { performanceChallenges } from './records/performance-challenges.record.ts';
import { dissolutionChecklist } from './records/dissolution-checklist.record.ts';
import { exitStrategy } from './records/exit-strategy.record.ts';
import { terminationProvisions } from './records/termination-provisions.record.ts';
import { demoChecklist } from './demo-data/dissolution.ts';
import { demoPublication } from './demo-data/publication.ts';
import { publication } from './records/publication.record.ts';
import { demoExit } from './demo-data/exit.ts';
import { performanceIssues } from './records/performance-issues.record.ts';
import { annualReviews } from './records/annual-reviews.record.ts';
import { contributionEvaluations } from './records/contribution-evaluations.record.ts';
import { objectiveEvaluations } from './records/objective-evaluations.record.ts';
import { riskReviews } from './records/risk-reviews.record.ts';
import { risks } from './records/risks.record.ts';
import { reports } from './records/reports.record.ts';
import { meetings } from './records/meetings.record.ts';
import { addAgendaItem, addDeclaration, recordAttendance, recordRatified, recordTold, recordVote } from './meetings.service.ts';
import { recordRuleChange } from './rule-changes.service.ts';
import { addDays } from '../domain/decisions/notice.ts';
import { listSeats } from '../db/repositories/member-seats.repo.ts';
import { DEMO_INTERESTS } from './demo-data/interests.ts';
import { addInterest } from './interests.service.ts';
import { listPartners } from '../db/repositories/partnership-partners.repo.ts';
import { listRepresentatives } from '../db/repositories/partnership-representatives.repo.ts';
import { protocolOf } from './protocol-config.ts';
import type { AssessmentInput } from './schemas/business-case.schema.ts';

/**
 * R-2.8g, R-2.13, R-2.8a: the example's last board meeting, held with every member there but one who sent
 * apologies (on a board of more than three), a member's interest declared at the grant, and the grant
 * voted on, with the actions it gave (R-2.8d); and its next meeting.
 */
async function demoBoard(deps: AppDeps, ctx: RequestContext, partnershipId: string, concernsId: string | null, toldAbsent: boolean): Promise<void> {
  const seated = await listSeats(deps.database.db, partnershipId);
  const plan = demoMeetings(londonToday(deps.clock.now()), concernsId);
  // R-2.8e: every member may decide for their organisation, but the members of one partner only up to
  // £10,000, so the £12,000 grant below awaits that partner's ratification (ratified in half the examples).
  const away = seated.length > 3 ? seated.at(-1)!.personId : null;
  const limited = seated.find((x) => x.personId !== away)?.organisationId;
  for (const x of seated) {
    const cap = x.organisationId === limited;
    await addRecord(deps, ctx, COMMAND_LINE, authorities, partnershipId, { personId: x.personId, decisionType: 'any', scope: cap ? 'up-to' : 'full', limitPence: cap ? 1_000_000 : null, ratifier: cap ? `${x.partnerName} board` : null });
  }
  const planned = [];
  for (const entry of plan.forwardPlan) planned.push(await addRecord(deps, ctx, COMMAND_LINE, forwardPlan, partnershipId, entry));
  for (const [which, m] of [['held', plan.held], ['next', plan.next]] as const) {
    const meeting = await addRecord(deps, ctx, COMMAND_LINE, meetings, partnershipId, m.meeting);
    const items = [];
    for (const { onPlan, ...i } of m.items) items.push(await addAgendaItem(deps, ctx, COMMAND_LINE, partnershipId, meeting.id, { ...i, forwardPlanId: onPlan === undefined ? null : planned[onPlan]!.id }));
    if (which !== 'held' || !seated.length) continue;
    await recordAttendance(deps, ctx, COMMAND_LINE, partnershipId, meeting.id, Object.fromEntries(seated.map((x) => [x.personId, x.personId === away ? 'apologies' : 'present'])));
    const grant = items.at(-1)!;
    await addDeclaration(deps, ctx, COMMAND_LINE, partnershipId, meeting.id, grant.id, { personId: seated[0]!.personId, kind: 'other', consequence: 'took-part', dispensationBy: null, dispensationUntil: null });
    const present = seated.filter((x) => x.personId !== away);
    const votes = Object.fromEntries(present.map((x, n) => [x.personId, n === present.length - 1 && present.length > 2 ? 'against' : 'for']));
    const voted = await recordVote(deps, ctx, COMMAND_LINE, partnershipId, meeting.id, grant.id, { mode: 'named', votes, counted: {}, consensusReached: false, castingVote: 'none', lot: 'not-drawn' });
    // R-2.8c: the member who sent apologies was told of the decision by email the next day (in some examples:
    // the others' Compliance pages show that gap, and their item pages the form that closes it).
    if (away && toldAbsent) await recordTold(deps, ctx, COMMAND_LINE, partnershipId, meeting.id, grant.id, { personIds: [away], toldOn: addDays(meeting.meetsOn, 1), how: 'email' });
    if (limited && toldAbsent && voted.item.ratifications.length) await recordRatified(deps, ctx, COMMAND_LINE, partnershipId, meeting.id, grant.id, { organisationId: limited, ratifiedOn: addDays(meeting.meetsOn, 7), note: 'Minute 14 of its board' });
    for (const action of demoActions(londonToday(deps.clock.now()), present, grant.id)) await addRecord(deps, ctx, COMMAND_LINE, actions, partnershipId, action);
  }
}

/** The actor the demo's audit events name. */
export const DEMO_CONTEXT: RequestContext = { actor: { id: null, label: 'command line (demo)' }, requestId: null };

export interface DemoOptions {
  /** The council's name (COUNCIL_NAME): the organisation marked "this council" is given it. */
  councilName: string;
  /** Add the example even when the register already has partnerships. */
  force: boolean;
  /** Where the example's governance documents are kept (R-2.7doc); without one, it has none. */
  documents?: DocumentStore;
}

export interface DemoResult {
  council: { name: string; created: boolean };
  organisations: { created: number; existing: number };
  people: { created: number; existing: number };
  priorities: { created: number; existing: number };
  partnerships: Array<{ reference: string; name: string }>;
}

export class DemoRefusedError extends UserFacingError {}

function dateOf(d: DemoDate | null, year: number): string | null {
  return d ? `${String(year + d.years).padStart(4, '0')}-${d.monthDay}` : null;
}

function decisionOf(d: DemoDecision, year: number): NonNullable<TransitionInput['decision']> {
  const decidedOn = dateOf(d.on, year)!;
  return {
    decisionMaker: d.maker,
    decisionMakerName: d.makerName ?? null,
    decidedOn,
    reference: d.reference?.replace('{year}', decidedOn.slice(0, 4)) ?? null,
    conditions: d.conditions ?? null,
    reason: d.reason ?? null,
  };
}

/**
 * A step of the example: a lifecycle step with its evidence, (R-1.1, R-2.2) a screening, which takes its
 * own, or (R-APPROVE) its assessment and business case, recorded once the business case is started.
 */
export type DemoStep = TransitionInput | { screening: ScreeningAnswersInput } | { assessment: AssessmentInput };

/** the example's screening answers: shared responsibility for its well-being, unless it says otherwise. */
function screeningOf(p: DemoPartnership, action: LifecycleAction): ScreeningAnswersInput {
  const answers: ScreeningAnswersInput = {
    sharedResponsibility: true,
    wellbeing: p.wellbeing,
    characteristics: ['independent-bodies', 'common-goal'],
    exclusions: [],
    note: p.notes?.[action] ?? null,
    ...p.screening,
  };
  const step = screeningOutcome(answersOf(answers)).applies ? 'screen-in' : 'screen-out';
  if (step !== action) throw new Error(`The demo data's screening of ${p.name} leads to ${step}, not ${action}`);
  return answers;
}

/**
 * The steps that take an example from proposed to its status, each with the evidence it records.
 * R-2.5c: where the contribution is not within an approved budget, its own approval comes before the
 * partnership's. Evidence the example lacks is an error in the example data, found here, not a refusal later.
 */
export function demoSteps(p: DemoPartnership, year: number): DemoStep[] {
  const path = pathTo('proposed', p.reach);
  if (!path) throw new Error(`The demo data names a status no step reaches: ${p.reach}`);
  const unbudgeted = isUnbudgeted({ councilContributionPence: p.contributionPounds, withinApprovedBudget: p.withinApprovedBudget });
  const actions: LifecycleAction[] = path.flatMap((a) => (a === 'approve' && unbudgeted ? ['approve-unbudgeted-commitment' as const, a] : [a]));
  const decisions: Partial<Record<LifecycleAction, DemoDecision>> = { approve: p.approval, reject: p.rejection, 'approve-unbudgeted-commitment': p.unbudgetedApproval };
  return actions.flatMap((action): DemoStep[] => {
    const step = demoStep(p, action, year, decisions);
    return action === 'start-business-case' ? [step, { assessment: demoAssessment(p) }] : [step];
  });
}

function demoStep(p: DemoPartnership, action: LifecycleAction, year: number, decisions: Partial<Record<LifecycleAction, DemoDecision>>): DemoStep {
  const t = transitionOf(action);
  if (t.evidence.kind === 'screening') return { screening: screeningOf(p, action) };
  if (t.evidence.kind === 'decision') {
    const d = decisions[action];
    if (!d) throw new Error(`The demo data has no decision for ${p.name}'s step ${action}`);
    return { action, decision: decisionOf(d, year) };
  }
  const note = p.notes?.[action];
  if (t.evidence.required && !note) throw new Error(`The demo data has no note for ${p.name}'s step ${action}`);
  return { action, note: note ?? null };
}

function need<T>(map: Map<string, T>, key: string, what: string): T {
  const value = map.get(key);
  if (value === undefined) throw new Error(`The demo data names an unknown ${what}: ${key}`);
  return value;
}

export async function loadDemoData(deps: AppDeps, options: DemoOptions, ctx: RequestContext = DEMO_CONTEXT): Promise<DemoResult> {
  const db = deps.database.db;
  const { total } = await registerPage(deps, COMMAND_LINE, { ...DEFAULT_QUERY, pageSize: 1 });
  if (total > 0 && !options.force) {
    throw new DemoRefusedError(
      `The register already has ${total} partnership${total === 1 ? '' : 's'}, so the example data was not added. ` +
        'Use --force to add it anyway (existing organisations, people and priorities with the same names are reused).',
    );
  }

  const result: DemoResult = {
    council: { name: options.councilName, created: false },
    organisations: { created: 0, existing: 0 },
    people: { created: 0, existing: 0 },
    priorities: { created: 0, existing: 0 },
    partnerships: [],
  };

  // This council: the one already marked, or a new one named after COUNCIL_NAME.
  const organisationIds = new Map<string, string>();
  let council = await findCouncilOrganisation(db);
  if (!council) {
    const sameName = await findOrganisationByName(db, options.councilName);
    if (sameName) {
      throw new DemoRefusedError(
        `${sameName.name} is in the register but not marked as this council. Mark it as this council (or rename it), then run the demo again.`,
      );
    }
    council = await createOrganisation(deps, ctx, {
      name: options.councilName,
      sector: 'public',
      isThisCouncil: true,
      companyNumber: null,
      charityNumber: null,
      address: 'Town Hall, High Street, Brackenford BK1 1AA',
      website: 'https://www.brackenford.example',
      contactName: 'Corporate policy and partnerships team',
      contactEmail: 'partnerships@brackenford.example',
      contactPhone: '01632 960100',
    });
    result.council.created = true;
  }
  result.council.name = council.name;
  organisationIds.set('council', council.id);

  for (const o of DEMO_ORGANISATIONS) {
    const existing = await findOrganisationByName(db, o.name);
    if (existing) {
      organisationIds.set(o.key, existing.id);
      result.organisations.existing += 1;
      continue;
    }
    const created = await createOrganisation(deps, ctx, {
      name: o.name,
      sector: o.sector,
      isThisCouncil: false,
      companyNumber: o.companyNumber ?? null,
      charityNumber: o.charityNumber ?? null,
      address: o.address ?? null,
      website: o.website ?? null,
      contactName: o.contactName ?? null,
      contactEmail: o.contactEmail ?? null,
      contactPhone: o.contactPhone ?? null,
    });
    organisationIds.set(o.key, created.id);
    result.organisations.created += 1;
  }

  const personIds = new Map<string, string>();
  const peopleCreated = new Set<string>();
  for (const p of DEMO_PEOPLE) {
    const organisationId = need(organisationIds, p.organisation, 'organisation');
    const { items } = await listPeople(db, { q: p.name, organisationId, limit: 50, offset: 0 });
    const existing = items.find((x) => fold(x.name) === fold(p.name));
    if (existing) {
      personIds.set(p.key, existing.id);
      result.people.existing += 1;
      continue;
    }
    const created = await createPerson(deps, ctx, {
      name: p.name,
      jobTitle: p.jobTitle,
      organisationId,
      email: p.email ?? null,
      councilRole: p.councilRole ?? null,
      userId: null,
    });
    personIds.set(p.key, created.id);
    peopleCreated.add(created.id);
    result.people.created += 1;
  }

  // R-2.13: some councillors' registers of interests, made with the people they belong to.
  for (const i of peopleCreated.size ? DEMO_INTERESTS : []) {
    const personId = personIds.get(i.person);
    if (!personId || !peopleCreated.has(personId)) continue;
    await addInterest(deps, ctx, COMMAND_LINE, personId, { ...i.input, organisationId: i.organisation ? need(organisationIds, i.organisation, 'organisation') : null });
  }

  const priorityIds = new Map<string, string>();
  const priorities = await listPriorities(db);
  for (const p of DEMO_PRIORITIES) {
    const existing = priorities.find((x) => fold(x.title) === fold(p.title));
    if (existing) {
      priorityIds.set(p.key, existing.id);
      result.priorities.existing += 1;
      continue;
    }
    const created = await createPriority(deps, ctx, { title: p.title, description: p.description, active: true });
    priorityIds.set(p.key, created.id);
    result.priorities.created += 1;
  }

  const year = deps.clock.now().getUTCFullYear();
  const agreedOn = londonToday(new Date(deps.clock.now().getTime() - 30 * 86_400_000));
  let operatingIndex = 0;
  // The examples' boards, in turn: every other one has told its absent member of its decision (R-2.8c).
  let boards = 0;
  for (const p of DEMO_PARTNERSHIPS) {
    const details: PartnershipDetails = {
      name: p.name,
      purpose: p.purpose,
      expectedOutcomes: p.expectedOutcomes,
      rationale: p.rationale,
      wellbeing: p.wellbeing,
      legalForm: p.legalForm,
      startDate: dateOf(p.start, year),
      expectedEndDate: dateOf(p.expectedEnd, year),
      durationDescription: p.durationDescription,
      councilContributionPence: p.contributionPounds === null ? null : p.contributionPounds * 100,
      withinApprovedBudget: p.withinApprovedBudget,
      resourcesStaff: p.resourcesStaff,
      resourcesAssets: p.resourcesAssets,
      resourcesInKind: p.resourcesInKind,
      sponsoringOfficerId: p.sponsor ? need(personIds, p.sponsor, 'person') : null,
      accountableOfficerId: p.accountable ? need(personIds, p.accountable, 'person') : null,
      partners: p.partners.map((x) => ({ organisationId: need(organisationIds, x.organisation, 'organisation'), role: x.role, memberStatus: x.memberStatus })),
      representatives: p.representatives.map((x) => ({ personId: need(personIds, x.person, 'person'), capacity: x.capacity })),
      priorities: p.priorities.map((x) => ({ priorityId: need(priorityIds, x.priority, 'priority'), how: x.how })),
    };
    const created = await createPartnership(deps, ctx, details);
    // an operating example's governance framework, agreed a month ago (before it operates, issue 9).
    let governed = false;
    const govern = async () => {
      if (governed) return;
      governed = true;
      const sections = demoGovernance(p, protocolOf(deps).governance.requiredSections, agreedOn);
      for (const s of sections) await saveGovernanceSection(deps, ctx, COMMAND_LINE, created.id, s.key, s.input);
      if (p.reach !== 'operating') return;
      // R-2.7doc: its first required governance document, where the demo was given a store to keep it in.
      const agreed = sections.filter((s) => s.input.status === 'agreed').map((s) => ({ key: s.key, summary: s.input.summary ?? '' }));
      for (const d of options.documents ? demoDocuments(p, protocolOf(deps).governance.requiredDocuments, agreed) : []) {
        const spooled = await options.documents!.spool(d.filename, Readable.from([d.content]));
        if (!spooled.ok) throw new Error(`The demo's ${d.filename} was refused: ${spooled.message}`);
        await uploadDocument(deps, ctx, COMMAND_LINE, created.id, { title: d.title, type: d.type, section: d.section, effectiveFrom: agreedOn }, spooled.spooled, options.documents!);
      }
      // the partners' confirmations and the representatives' acknowledgements, some still to do.
      const complete = allConfirmed(operatingIndex++);
      const others = (await listPartners(db, created.id)).filter((x) => !x.isThisCouncil);
      for (const x of complete ? others : others.slice(0, -1)) {
        await changeRecord(deps, ctx, COMMAND_LINE, partners, created.id, x.organisationId, demoConfirmation(x.name, agreedOn));
      }
      if (complete) {
        for (const r of await listRepresentatives(db, created.id)) await changeRecord(deps, ctx, COMMAND_LINE, representatives, created.id, r.personId, { codesAcknowledgedOn: agreedOn });
      }
      // R-2.8a, R-2.8b: how it decides, from its terms of reference (no quorum yet where it is still setting up its arrangements).
      const partnerIds = new Set(others.map((x) => x.organisationId));
      const partnersPeople = (await allPeople(db)).filter((x) => partnerIds.has(x.organisationId)).map((x) => ({ personId: x.id, organisationId: x.organisationId }));
      const rules = demoDecisionRules(organisationIds.get('council')!, await listRepresentatives(db, created.id), partnersPeople, complete, boards % 2 === 0 ? addDays(londonToday(deps.clock.now()), -182) : null);
      for (const value of rules.seats) await addRecord(deps, ctx, COMMAND_LINE, seats, created.id, value);
      for (const value of rules.votingRules) await addRecord(deps, ctx, COMMAND_LINE, votingRules, created.id, value);
      // R-2.7(n): the quorum first agreed, kept by the change, then the quorum as changed.
      const first = new Set(rules.earlier?.quorum.map((c) => c.kind));
      if (rules.earlier) {
        for (const value of rules.earlier.quorum) await addRecord(deps, ctx, COMMAND_LINE, quorum, created.id, value);
        await recordRuleChange(deps, ctx, COMMAND_LINE, created.id, { inForceFrom: rules.earlier.inForceFrom, agreedItemId: null, reason: rules.earlier.reason });
      }
      for (const value of rules.quorum) {
        if (first.has(value.kind)) await changeRecord(deps, ctx, COMMAND_LINE, quorum, created.id, value.kind, value);
        else await addRecord(deps, ctx, COMMAND_LINE, quorum, created.id, value);
      }
      // R-2.8g: a board meeting held, its items decided, and the next one called (where the rules are complete).
      if (complete) await demoBoard(deps, ctx, created.id, others[0]?.organisationId ?? null, boards++ % 2 === 1);
      // R-A1.3, R-2.9: its objectives, their indicators and four quarters measured (a gap where its rules are not complete).
      const objectiveIds: string[] = [];
      const indicatorIds: string[] = [];
      for (const o of demoPerformance(!complete)) {
        const objective = await addRecord(deps, ctx, COMMAND_LINE, objectives, created.id, o.objective);
        objectiveIds.push(objective.id);
        for (const { indicator: { supplier, ...i }, values } of o.indicators) {
          const organisationId = supplier === 'partner' && others[0] ? others[0].organisationId : organisationIds.get('council')!;
          const added = await addRecord(deps, ctx, COMMAND_LINE, indicators, created.id, { ...i, objectiveId: objective.id, organisationId });
          indicatorIds.push(added.id);
          const quarters = demoQuarters(londonToday(deps.clock.now()), values.length);
          for (const [n, value] of values.entries()) await addRecord(deps, ctx, COMMAND_LINE, measurements, created.id, demoMeasurement(added.id, quarters[n]!, value));
        }
      }
      // reported to the Cabinet Member and to scrutiny (a report owed where its rules are not complete).
      for (const { line, reports: sent } of demoReporting(londonToday(deps.clock.now()), !complete)) {
        const added = await addRecord(deps, ctx, COMMAND_LINE, reportingLines, created.id, line);
        for (const r of sent) await addRecord(deps, ctx, COMMAND_LINE, reports, created.id, { ...r, reportingLineId: added.id });
      }
      // R-2.6.6, R-2.6.7: its action plan, owned by a council representative and a partner's person, and the partners' refreshes of it.
      const councilOwner = (await listRepresentatives(db, created.id))[0];
      const owners = [...(councilOwner ? [{ organisationId: organisationIds.get('council')!, personId: councilOwner.personId }] : []), ...partnersPeople.slice(0, 1)];
      const plan = demoActionPlan(londonToday(deps.clock.now()), !complete, owners, objectiveIds, await listPartners(db, created.id));
      for (const a of plan.actions) await addRecord(deps, ctx, COMMAND_LINE, planActions, created.id, a);
      for (const r of plan.refreshes) await addRecord(deps, ctx, COMMAND_LINE, planRefreshes, created.id, r);
      // R-2.6.8: its shared risk register, reviewed at its bands' intervals (a very high risk never reviewed, where it has a gap).
      const register = demoRiskRegister(londonToday(deps.clock.now()), !complete, owners);
      // Protocol 2.4(h): a funding proposal, its risk assessment a risk of the register that names it, accepted once assessed.
      const funding = demoFundingProposal(londonToday(deps.clock.now()), !complete);
      const proposal = await addRecord(deps, ctx, COMMAND_LINE, fundingProposals, created.id, funding.proposal);
      const riskIds: string[] = [];
      for (const [i, k] of register.risks.entries()) riskIds.push((await addRecord(deps, ctx, COMMAND_LINE, risks, created.id, { ...k, fundingProposalId: i === funding.namedBy ? proposal.id : null })).id);
      if (funding.accepted) await changeRecord(deps, ctx, COMMAND_LINE, fundingProposals, created.id, proposal.id, funding.accepted);
      for (const { risk, ...v } of register.reviews) await addRecord(deps, ctx, COMMAND_LINE, riskReviews, created.id, { ...v, riskId: riskIds[risk]! });
      for (const { risk, ...c } of register.controls) await addRecord(deps, ctx, COMMAND_LINE, riskControls, created.id, { ...c, riskId: riskIds[risk]! });
      // the red indicator tackled and a partner's challenge answered (neither, where it has a gap).
      for (const x of demoPerformanceIssues(londonToday(deps.clock.now()), !complete, councilOwner?.personId, indicatorIds[1])) await addRecord(deps, ctx, COMMAND_LINE, performanceIssues, created.id, x);
      for (const x of demoChallenges(londonToday(deps.clock.now()), !complete, others[0], councilOwner?.personId)) await addRecord(deps, ctx, COMMAND_LINE, performanceChallenges, created.id, x);
      // R-2.4e: its annual review, approved with every objective and partner evaluated (begun only, where it has a gap).
      const annual = demoAnnualReview(londonToday(deps.clock.now()), !complete, objectiveIds, others);
      const review = await addRecord(deps, ctx, COMMAND_LINE, annualReviews, created.id, { ...annual.review, approvedBy: null, approvedOn: null });
      for (const x of annual.objectives) await addRecord(deps, ctx, COMMAND_LINE, objectiveEvaluations, created.id, { ...x, annualReviewId: review.id });
      for (const x of annual.contributions) await addRecord(deps, ctx, COMMAND_LINE, contributionEvaluations, created.id, { ...x, annualReviewId: review.id });
      if (annual.review.approvedOn) await changeRecord(deps, ctx, COMMAND_LINE, annualReviews, created.id, review.id, annual.review);
      // its termination provisions and exit strategy (mediation and continuing liabilities not yet agreed, where it has a gap).
      const exit = demoExit(!complete, agreedOn);
      for (const x of exit.provisions) await addRecord(deps, ctx, COMMAND_LINE, terminationProvisions, created.id, x);
      for (const x of exit.arrangements) await addRecord(deps, ctx, COMMAND_LINE, exitStrategy, created.id, x);
    };
    for (const step of demoSteps(p, year)) {
      if ('screening' in step) await recordScreening(deps, ctx, COMMAND_LINE, created.id, step.screening);
      else if ('assessment' in step) await saveAssessment(deps, ctx, COMMAND_LINE, created.id, step.assessment);
      else {
        // Issue 9, R-APPROVE: the gate to operating: what the example does not hold yet is excepted, by name.
        if (step.action === 'start-operating' || step.action === 'continue-operating') {
          await govern();
          await exceptOperatingBlockers(deps, ctx, COMMAND_LINE, created.id);
        }
        // dissolved only once its dissolution checklist is complete.
        if (step.action === 'dissolve') for (const x of demoChecklist(londonToday(deps.clock.now()), true)) await addRecord(deps, ctx, COMMAND_LINE, dissolutionChecklist, created.id, x);
        await transition(deps, ctx, COMMAND_LINE, created.id, step);
      }
    }
    // the one leaving now has closed the first items of its checklist.
    if (p.reach === 'exiting') for (const x of demoChecklist(londonToday(deps.clock.now()), false)) await addRecord(deps, ctx, COMMAND_LINE, dissolutionChecklist, created.id, x);
    await govern();
    // published on the public register once the council has agreed to take part.
    const published = demoPublication(p.reach, londonToday(deps.clock.now()), result.partnerships.length === 0);
    if (published) await addRecord(deps, ctx, COMMAND_LINE, publication, created.id, published);
    result.partnerships.push({ reference: created.reference, name: created.name });
  }
  return result;
}
