// Recording a screening: one command that works out whether the protocol applies
// from the answers (screeningOutcome), keeps the screening (every one: re-screening adds one, the latest
// is current), audits it, and takes the lifecycle step its outcome leads to (screen-in or screen-out)
// through the lifecycle's own code, in the same transaction. Also each user's draft answers while they
// go through the question pages: a working copy like a session, not audited (decision 39).
import { deleteDraft, insertScreening, saveDraft, type StoredScreening } from '../db/repositories/screening.repo.ts';
import { screeningStep } from '../domain/lifecycle/transitions.ts';
import { normaliseAnswers, outcomeSentence, screeningOutcome, type ScreeningAnswers } from '../domain/screening/outcome.ts';
import { command } from './command.ts';
import type { AppDeps, RequestContext } from './deps.ts';
import { transitionWithin, type LifecyclePrincipal } from './lifecycle.service.ts';
import type { TimelineEntry } from '../domain/lifecycle/timeline.ts';
import type { ScreeningAnswersInput } from './schemas/screening.schema.ts';

export interface RecordedScreening {
  screening: StoredScreening;
  /** The outcome in one sentence: "The protocol does not apply because 2.2(b): informal consultation group." */
  sentence: string;
  /** The lifecycle step it took, as the timeline shows it. */
  entry: TimelineEntry;
}

/** The schema's output as the domain's answers: anything left out is none. */
export function answersOf(input: ScreeningAnswersInput): ScreeningAnswers {
  return normaliseAnswers({
    sharedResponsibility: input.sharedResponsibility,
    wellbeing: input.wellbeing,
    characteristics: input.characteristics,
    exclusions: input.exclusions,
    councilControlsThirdParty: input.councilControlsThirdParty ?? null,
    note: input.note ?? null,
  });
}

/**
 * Records a screening and takes its step. Refused (ValidationError at `action`, with the clause) when the
 * partnership cannot be screened now (R-2.2: proposed, screened or screened out) or the principal may not
 * move its lifecycle; nothing is written then. The acting user's draft, if any, is discarded with it.
 */
export async function recordScreening(
  deps: AppDeps,
  ctx: RequestContext,
  principal: LifecyclePrincipal,
  partnershipId: string,
  input: ScreeningAnswersInput,
): Promise<RecordedScreening> {
  const answers = answersOf(input);
  const outcome = screeningOutcome(answers);
  const sentence = outcomeSentence(outcome);
  return command(deps, ctx, async (trx, audit) => {
    const screening: StoredScreening = {
      id: deps.ids.next(),
      partnershipId,
      answers,
      applies: outcome.applies,
      reasons: outcome.reasons,
      screenedBy: ctx.actor.id,
      screenedByLabel: ctx.actor.label,
      screenedAt: deps.clock.now().toISOString(),
    };
    // The step first: it finds the partnership (404) and refuses a status or role it does not allow.
    const { entry } = await transitionWithin(deps, ctx, { trx, audit }, principal, partnershipId, { action: screeningStep(outcome.applies) }, { screening: { sentence } });
    await insertScreening(trx, screening);
    audit.record({
      entityType: 'screening',
      entityId: screening.id,
      partnershipId,
      action: 'recorded',
      after: { ...answers, outcome: outcome.applies ? 'applies' : 'does-not-apply', reasons: outcome.reasons },
    });
    if (ctx.actor.id) await deleteDraft(trx, partnershipId, ctx.actor.id);
    return { screening, sentence, entry };
  });
}

/** Keeps a user's answers so far on the question pages (decision 39: a working copy, not audited). */
export async function saveScreeningDraft(deps: AppDeps, userId: string, partnershipId: string, answers: Partial<ScreeningAnswers>): Promise<void> {
  await saveDraft(deps.database.db, partnershipId, userId, answers, deps.clock.now().toISOString());
}

export async function discardScreeningDraft(deps: AppDeps, userId: string, partnershipId: string): Promise<void> {
  await deleteDraft(deps.database.db, partnershipId, userId);
}
