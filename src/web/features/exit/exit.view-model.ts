// The Exit page's words: when the council would be out were notice served on a day, each
// termination provision in words, and the exit strategy topic by topic, the protocol's four marked.
import type { ExitArrangement } from '../../../db/repositories/exit-provisions.repo.ts';
import { conditionsOf, councilsExit, councilsProvision, EXIT_TOPIC_LABELS, EXIT_TOPICS, exitReadiness, NOTICE_PARTY_LABELS, noticeInWords, REQUIRED_EXIT_TOPICS, type TerminationProvision } from '../../../domain/exit/provisions.ts';
import { dateInWords } from '../../../domain/decisions/notice.ts';

export function exitPage(id: string, provisions: readonly TerminationProvision[], arrangements: readonly ExitArrangement[], servedOn: string, today: string) {
  const home = `/partnerships/${id}`;
  const outcome = councilsExit(provisions, servedOn);
  const readiness = exitReadiness(provisions, arrangements.map((a) => a.topic));
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
    missing: readiness.missing.map((t) => EXIT_TOPIC_LABELS[t].toLowerCase()),
    noNotice: readiness.notice === null,
    links: { provisions: `${home}/termination-provisions`, addProvision: `${home}/termination-provisions/new`, strategy: `${home}/exit-strategy`, addArrangement: `${home}/exit-strategy/new`, calculate: `${home}/exit`, api: `/api/v1/partnerships/${id}/notice/evaluate` },
  };
}
