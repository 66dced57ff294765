// The words of the rules' versions (R-2.7(n)): on the Decision making page, which version its rules are and
// each earlier one a change kept; on a version's page, its period and the change that ended it.
import type { DecisionRulesView } from '../../../app/queries/decision-rules.queries.ts';
import { dateInWords } from '../../../domain/decisions/notice.ts';
import { periodInWords, ruleVersions, rulesInForceOn, type RuleChange, type RulesInForce } from '../../../domain/decisions/rule-changes.ts';

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The Decision making page's section: the version shown, what applies today if that is not it, and the changes. */
export function ruleVersionsView(v: DecisionRulesView, today: string, base: string) {
  const latest = v.changes.at(-1);
  const now = rulesInForceOn(v.changes, v.current, today);
  return {
    // The kept rules' own period: "in force from 1 April 2027", or always.
    shown: latest ? `The rules above are in force from ${dateInWords(latest.inForceFrom)}, when they were last changed.` : 'No change to these rules has been recorded: they decide every meeting.',
    // A change recorded to apply later: until then the earlier rules decide.
    pending:
      now.endedBy !== null
        ? { text: `Until ${dateInWords(latest!.inForceFrom)}, meetings are decided under the rules in force ${periodInWords(now)}.`, href: `${base}/changes/${now.endedBy}` }
        : null,
    // Newest first, each earlier version beside the change that ended it.
    rows: ruleVersions(v.changes, v.current)
      .slice(1)
      .map((kept) => {
        const c = v.changes.find((x) => x.id === kept.endedBy)!;
        return { period: capitalised(periodInWords(kept)), change: c.reason, from: dateInWords(c.inForceFrom), agreedAt: c.agreedAt, href: `${base}/changes/${c.id}` };
      }),
  };
}

/** A version's page: the rules a change kept, and when they applied. */
export function ruleChangeView(change: RuleChange, inForce: RulesInForce) {
  return {
    heading: `The rules in force ${periodInWords(inForce)}`,
    explanation: `${inForce.explanation}.`,
    clause: inForce.clause,
    change: { from: dateInWords(change.inForceFrom), reason: change.reason, agreedAt: change.agreedAt },
  };
}
