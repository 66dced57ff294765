// A screening's audit event (screening.service.ts) in words, for the partnership's History and the audit
// trail alike: "Recorded screening: the protocol does not apply", and each answer in the protocol's terms.
import { plainWords, type Describer } from '../../../domain/audit/describe.ts';
import { CHARACTERISTIC_LETTERS, EXCLUSION_LETTERS, SCREENING_WELLBEING_LABELS } from '../../../domain/screening/questions.ts';

const LETTERED: Readonly<Record<string, Readonly<Record<string, string>>>> = { characteristics: CHARACTERISTIC_LETTERS, exclusions: EXCLUSION_LETTERS };

function reasonsWords(value: unknown): string | null {
  if (!Array.isArray(value)) return null;
  return value.map((r: { clause?: unknown; message?: unknown }) => `${String(r.clause)}: ${String(r.message)}`).join('; ');
}

export const screeningDescriber: Describer = {
  labels: {
    sharedResponsibility: 'Shared responsibility for actions and outcomes (R-1.1)',
    wellbeing: 'Well-being improved (R-1.1)',
    characteristics: 'Characteristics, section 1 (R-1.2)',
    exclusions: 'Exclusions, 2.2 (R-2.2)',
    councilControlsThirdParty: 'The council also controls the third party (R-2.2(a))',
    note: 'Note',
    outcome: 'Outcome',
    reasons: 'Reasons',
  },
  value: (field, value) => {
    if (field === 'outcome') return value === 'applies' ? 'The protocol applies' : 'The protocol does not apply';
    if (field === 'reasons') return reasonsWords(value) ?? plainWords(value);
    if (field === 'wellbeing' && Array.isArray(value)) return value.length ? value.map((w) => SCREENING_WELLBEING_LABELS[w as keyof typeof SCREENING_WELLBEING_LABELS] ?? String(w)).join(', ') : 'None';
    const letters = LETTERED[field];
    if (letters && Array.isArray(value)) return value.length ? value.map((v) => `(${letters[String(v)] ?? v})`).join(', ') : 'None';
    return plainWords(value);
  },
  headline: (event) => `Recorded screening: ${event.after?.outcome === 'applies' ? 'the protocol applies' : 'the protocol does not apply'}`,
};
