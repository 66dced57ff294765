// R-2.6.8: the controls on a shared risk: what each does, who owns it, and how well it works. A risk's
// residual score is the one with its controls in place; a control found ineffective, or never assessed,
// is a reason to doubt that score, so the register says so beside the risk.
import { dateInWords } from '../decisions/notice.ts';

export const CONTROL_EFFECTIVENESS = ['effective', 'partly-effective', 'ineffective', 'not-assessed'] as const;
export type ControlEffectiveness = (typeof CONTROL_EFFECTIVENESS)[number];
export const CONTROL_EFFECTIVENESS_LABELS: Readonly<Record<ControlEffectiveness, string>> = {
  effective: 'Effective',
  'partly-effective': 'Partly effective',
  ineffective: 'Ineffective',
  'not-assessed': 'Not yet assessed',
};
export const CONTROL_EFFECTIVENESS_HINTS: Readonly<Record<ControlEffectiveness, string>> = {
  effective: 'It works as designed and reduces the risk as the residual score assumes.',
  'partly-effective': 'It works in part, or not every time.',
  ineffective: 'It does not reduce the risk: the residual score should be reviewed.',
  'not-assessed': 'It is new, or no one has tested it yet.',
};

export interface RiskControlInput {
  riskId: string;
  title: string;
  ownerId: string;
  effectiveness: ControlEffectiveness;
  /** When its effectiveness was last assessed; null while not yet assessed. */
  assessedOn: string | null;
  notes: string | null;
}

export interface RiskControl extends RiskControlInput {
  id: string;
  riskTitle: string;
  ownerName: string;
}

type Problem<F extends string> = { field: F; message: string };

/**
 * A control's problems of its own: an assessment has a day, and it cannot come before the risk was
 * identified; a control not yet assessed has no day of assessment.
 */
export function controlProblems(risk: { identifiedOn: string } | undefined, c: Partial<RiskControlInput>): Array<Problem<'assessedOn'>> {
  if (!c.effectiveness) return [];
  if (c.effectiveness === 'not-assessed') return c.assessedOn ? [{ field: 'assessedOn', message: 'A control not yet assessed has no date of assessment: choose how effective it was found, or clear the date (R-2.6.8)' }] : [];
  if (!c.assessedOn) return [{ field: 'assessedOn', message: `Enter the date it was found ${CONTROL_EFFECTIVENESS_LABELS[c.effectiveness].toLowerCase()} (R-2.6.8)` }];
  if (risk && c.assessedOn < risk.identifiedOn) return [{ field: 'assessedOn', message: `The assessment cannot be before the risk was identified, on ${dateInWords(risk.identifiedOn)} (R-2.6.8)` }];
  return [];
}

export interface ControlsInBrief {
  count: number;
  /** How many of each effectiveness, in CONTROL_EFFECTIVENESS's order, leaving out none. */
  by: Array<{ effectiveness: ControlEffectiveness; n: number }>;
  /** A control ineffective or never assessed: the residual score leans on it untested. */
  doubtful: number;
  /** "2 controls: 1 effective, 1 ineffective", "No controls recorded (R-2.6.8)". */
  words: string;
  clause: 'R-2.6.8';
}

/** R-2.6.8: a risk's controls in brief, as the register shows them beside the risk. */
export function controlsInBrief(controls: readonly Pick<RiskControlInput, 'effectiveness'>[]): ControlsInBrief {
  const by = CONTROL_EFFECTIVENESS.map((effectiveness) => ({ effectiveness, n: controls.filter((c) => c.effectiveness === effectiveness).length })).filter((x) => x.n > 0);
  const doubtful = controls.filter((c) => c.effectiveness === 'ineffective' || c.effectiveness === 'not-assessed').length;
  const count = controls.length;
  const words = count === 0 ? 'No controls recorded (R-2.6.8)' : `${count === 1 ? '1 control' : `${count} controls`}: ${by.map((x) => `${x.n} ${CONTROL_EFFECTIVENESS_LABELS[x.effectiveness].toLowerCase()}`).join(', ')}`;
  return { count, by, doubtful, words, clause: 'R-2.6.8' };
}
