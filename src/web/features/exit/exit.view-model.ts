// The Exit page's words: when the council would be out were notice served on a day, each
// termination provision in words, the exit strategy topic by topic, the protocol's four marked, and the
// dissolution checklist item by item with what is still open before it may be dissolved.
import type { PartnershipHeader } from '../../../app/queries/partnership.queries.ts';
import type { ExitArrangement } from '../../../db/repositories/exit-provisions.repo.ts';
import { CHECKLIST_OUTCOME_LABELS, DISSOLUTION_ITEM_HINTS, DISSOLUTION_ITEM_LABELS, DISSOLUTION_ITEMS, dissolutionReadiness, readinessInWords, type ChecklistEntry } from '../../../domain/exit/dissolution.ts';
import { conditionsOf, councilsExit, councilsProvision, EXIT_TOPIC_LABELS, EXIT_TOPICS, exitReadiness, NOTICE_PARTY_LABELS, noticeInWords, REQUIRED_EXIT_TOPICS, type TerminationProvision } from '../../../domain/exit/provisions.ts';
import { dateInWords } from '../../../domain/decisions/notice.ts';

export function exitPage(p: Pick<PartnershipHeader, 'id' | 'status'>, provisions: readonly TerminationProvision[], arrangements: readonly ExitArrangement[], checklist: readonly ChecklistEntry[], servedOn: string, today: string) {
  const id = p.id;
  const home = `/partnerships/${id}`;
  const byItem = new Map(checklist.map((e) => [e.item, e]));
  const readiness = dissolutionReadiness(checklist);
  const outcome = councilsExit(provisions, servedOn);
  const exit = exitReadiness(provisions, arrangements.map((a) => a.topic));
  const byTopic = new Map(arrangements.map((a) => [a.topic, a]));
  return {
    notice: outcome && {
      // "If notice were served today …": the question the page answers first.
      question: servedOn === today ? 'If the council served notice today' : `If the council served notice on ${dateInWords(servedOn)}`,
      effectiveOn: dateInWords(outcome.effectiveOn),
      under: NOTICE_PARTY_LABELS[councilsProvision(provisions)!.party],
      steps: outcome.steps,
      words: outcome.words,
    },
    provisions: provisions.map((p) => ({
      key: { text: NOTICE_PARTY_LABELS[p.party] },
      value: { text: [noticeInWords(p), p.whoMayShorten && `A shorter notice may be agreed by ${p.whoMayShorten}`, conditionsOf(p.conditions).length && `First: ${conditionsOf(p.conditions).join('; ')}`].filter(Boolean).join('. ') },
      actions: { items: [{ href: `${home}/termination-provisions/${p.party}`, text: 'See', visuallyHiddenText: ` ${NOTICE_PARTY_LABELS[p.party].toLowerCase()}` }] },
    })),
    strategy: EXIT_TOPICS.map((t) => {
      const a = byTopic.get(t);
      return { topic: EXIT_TOPIC_LABELS[t], required: REQUIRED_EXIT_TOPICS.includes(t), arrangement: a?.arrangement ?? null, agreedOn: a?.agreedOn ? dateInWords(a.agreedOn) : null, href: a ? `${home}/exit-strategy/${t}` : null };
    }),
    missing: exit.missing.map((t) => EXIT_TOPIC_LABELS[t].toLowerCase()),
    noNotice: exit.notice === null,
    // worked through once exiting, kept once dissolved; before then the page lists what it will ask.
    dissolution: {
      stage: p.status === 'exiting' ? 'open' : p.status === 'dissolved' ? 'kept' : 'later',
      words: readinessInWords(readiness),
      complete: readiness.complete,
      items: DISSOLUTION_ITEMS.map((i) => {
        const e = byItem.get(i);
        return { label: DISSOLUTION_ITEM_LABELS[i], hint: DISSOLUTION_ITEM_HINTS[i], outcome: e ? CHECKLIST_OUTCOME_LABELS[e.outcome].replace(/:.*/, '') : null, exception: e?.outcome === 'exception', completedOn: e ? dateInWords(e.completedOn) : null, note: e?.note ?? null, href: e ? `${home}/dissolution-checklist/${i}` : null };
      }),
    },
    links: { provisions: `${home}/termination-provisions`, addProvision: `${home}/termination-provisions/new`, strategy: `${home}/exit-strategy`, addArrangement: `${home}/exit-strategy/new`, checklist: `${home}/dissolution-checklist`, closeItem: `${home}/dissolution-checklist/new`, lifecycle: `${home}/lifecycle`, calculate: `${home}/exit`, api: `/api/v1/partnerships/${id}/notice/evaluate` },
  };
}
