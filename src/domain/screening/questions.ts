// Screening's questions in the protocol's own words (section 1 and 2.2): whether the council and another
// organisation share responsibility, which well-being it improves, which of the
// characteristics a–f it has (R-1.2, recorded), and which of the exclusions a–d apply, with the
// qualifier on (a). Pure data: the pages, the API and the outcome read the same words.
import { WELLBEING, WELLBEING_LABELS, type Wellbeing } from '../register/vocabulary.ts';

export { WELLBEING as SCREENING_WELLBEING, WELLBEING_LABELS as SCREENING_WELLBEING_LABELS, type Wellbeing };

/** R-1.2: section 1's characteristics a–f, in its order. */
export const CHARACTERISTICS = ['independent-bodies', 'common-goal', 'new-structure', 'joint-programme', 'pooled-risks', 'profit-objects'] as const;
export type Characteristic = (typeof CHARACTERISTICS)[number];

export const CHARACTERISTIC_LETTERS: Readonly<Record<Characteristic, string>> = {
  'independent-bodies': 'a',
  'common-goal': 'b',
  'new-structure': 'c',
  'joint-programme': 'd',
  'pooled-risks': 'e',
  'profit-objects': 'f',
};

/** Section 1 a–f, word for word: "This includes partnerships where the partners: …". */
export const CHARACTERISTIC_LABELS: Readonly<Record<Characteristic, string>> = {
  'independent-bodies': 'Are otherwise independent bodies.',
  'common-goal': 'Agree to cooperate to achieve a common goal including situations where one partner receives income from the other partner.',
  'new-structure': 'May create a new organisational structure or process to achieve their goals, separate from their own organisations.',
  'joint-programme': 'Plan and implement a jointly agreed programme, often with joint staff or resources.',
  'pooled-risks': 'May pool risks and rewards.',
  'profit-objects': 'May have objects of achieving profit, in addition to delivering to the council’s corporate priorities.',
};

/** the arrangements the protocol is not applicable to, a–d. */
export const EXCLUSIONS = ['commissioned-service', 'consultation-group', 'outside-body', 'pfi'] as const;
export type Exclusion = (typeof EXCLUSIONS)[number];

export const EXCLUSION_LETTERS: Readonly<Record<Exclusion, string>> = {
  'commissioned-service': 'a',
  'consultation-group': 'b',
  'outside-body': 'c',
  pfi: 'd',
};

/** 2.2 a–d, word for word; (a)'s "unless" is asked as its own question (COUNCIL_CONTROL_QUESTION). */
export const EXCLUSION_LABELS: Readonly<Record<Exclusion, string>> = {
  'commissioned-service': 'Groups where the council pays a third party to deliver one or more services on its behalf.',
  'consultation-group': 'Informal groups set up to discuss and consider specific topics (consultation groups).',
  'outside-body': 'Appointments and / or financial commitments to outside bodies where the council has no strategic or policy function.',
  pfi: 'Private Finance Initiatives (PFI).',
};

/** Each exclusion in a few words, for "does not apply because 2.2(b): informal consultation group". */
export const EXCLUSION_SHORT: Readonly<Record<Exclusion, string>> = {
  'commissioned-service': 'the council pays a third party to deliver services on its behalf, without control over its strategic direction and significant decision making',
  'consultation-group': 'informal consultation group',
  'outside-body': 'an appointment or financial commitment to an outside body where the council has no strategic or policy function',
  pfi: 'a Private Finance Initiative (PFI)',
};

export const SHARED_RESPONSIBILITY_QUESTION =
  'Does the arrangement involve the council and one or more other organisations, from any sector, who share the responsibility for agreeing and then delivering a set of actions and outcomes?';
export const WELLBEING_QUESTION = 'Which well-being do those actions and outcomes improve for people living in, working in, or visiting the borough?';
export const CHARACTERISTICS_QUESTION = 'Which of these describe the partners?';
export const EXCLUSIONS_QUESTION = 'Is the arrangement any of these?';
/** 2.2(a)'s qualifier, word for word. */
export const COUNCIL_CONTROL_QUESTION =
  'Does the council also have control over strategic direction and significant decision making of the third party in relation to delivery of the services?';
export const NOTE_QUESTION = 'Anything else screening found (optional)';

/** The clause each answer is asked under, as the pages show it. */
export const QUESTION_CLAUSES = {
  sharedResponsibility: 'R-1.1',
  wellbeing: 'R-1.1',
  characteristics: 'R-1.2',
  exclusions: 'R-2.2',
  councilControlsThirdParty: 'R-2.2',
  note: 'R-2.2',
} as const;

export const MAX_SCREENING_NOTE_LENGTH = 2000;
