// The council's representatives on a partnership as a kind of record: its own councillors and
// officers, each attending in the capacity they hold at the council, added, changed and removed one at a time.
import { z } from 'zod';
import { findRepresentative, insertRepresentative, listRepresentatives, removeRepresentative, updateRepresentative } from '../../db/repositories/partnership-representatives.repo.ts';
import { councilPeopleChoices, namedPeople } from '../../db/repositories/people.repo.ts';
import { mayRepresentCouncil, representativeChangeProblems, type Representative, type RepresentativeRecordInput } from '../../domain/register/representatives.ts';
import { CAPACITIES, CAPACITY_LABELS } from '../../domain/register/vocabulary.ts';
import { optionalIsoDate, recordId } from '../schemas/fields.ts';
import type { RecordKind } from './record-kind.ts';
import { answeredOnly, choicesOf, idOut } from './record-fields.ts';

const schema = z.strictObject({
  personId: recordId('Select the representative'),
  capacity: z.enum(CAPACITIES, { error: 'Select whether they attend as a councillor or an officer' }),
  // answered once they have acknowledged the Codes of Conduct; blank until then.
  codesAcknowledgedOn: optionalIsoDate('The date they acknowledged the Codes of Conduct'),
});

export const representatives: RecordKind<Representative, RepresentativeRecordInput> = {
  type: 'partnership-representative',
  segment: 'representatives',
  keyField: 'personId',
  component: 'Representative',
  names: { one: 'council representative', many: 'council representatives', add: 'Add a council representative', heading: 'Council representatives' },
  clause: 'R-2.16',
  fields: {
    personId: {
      label: 'Person',
      hint: 'One of the council’s own councillors or officers: representatives represent only the council.',
      clause: 'R-2.16',
      input: {
        kind: 'record',
        of: 'person',
        // Offered exactly as the rule accepts them, so a choice offered is never refused for who they are.
        choices: async (db) =>
          (await councilPeopleChoices(db)).filter(mayRepresentCouncil).map((p) => ({ value: p.id, text: p.name + (p.jobTitle ? `, ${p.jobTitle}` : '') })),
      },
      key: true,
      list: true,
      audit: 'person',
      api: 'R-2.16: the id of the person, one of the council’s own councillors or officers. Fixed once added: to name another, add them and remove this one.',
    },
    capacity: {
      label: 'Attends as',
      hint: 'The capacity they hold at the council.',
      clause: 'R-2.16',
      input: { kind: 'radios', options: choicesOf(CAPACITIES, CAPACITY_LABELS) },
      list: true,
      api: 'R-2.16: the capacity they attend in, councillor or officer: the one they hold at the council.',
    },
    codesAcknowledgedOn: {
      label: 'When they acknowledged the Codes of Conduct',
      hint: 'A councillor or officer representing the council acknowledges the council’s Codes of Conduct. For example, 12 3 2026. Leave it blank until they have.',
      clause: 'R-2.16',
      input: { kind: 'date', called: 'The date they acknowledged the Codes of Conduct' },
      later: true,
      // Listed, so the page a compliance gap links to shows whose is still missing.
      list: true,
      api: 'R-2.16: the day they acknowledged the council’s Codes of Conduct, yyyy-mm-dd; null until they have.',
    },
  },
  schema,
  keyOf: (r) => r.personId,
  title: (r) => r.name,
  inputOf: (r) => ({ personId: r.personId, capacity: r.capacity, codesAcknowledgedOn: r.codesAcknowledgedOn }),
  audited: (r) => ({ person: r.name, capacity: r.capacity, ...answeredOnly({ codesAcknowledgedOn: r.codesAcknowledgedOn }) }),
  resource: z.strictObject({
    personId: idOut,
    name: z.string().meta({ description: 'The person’s name.' }),
    jobTitle: z.string().nullable().meta({ description: 'Their job title, or null.' }),
    capacity: z.enum(CAPACITIES),
    codesAcknowledgedOn: z.iso.date().nullable().meta({ description: 'R-2.16: when they acknowledged the council’s Codes of Conduct (yyyy-mm-dd), or null.' }),
  }),
  toResource: (r) => ({ personId: r.personId, name: r.name, jobTitle: r.jobTitle, capacity: r.capacity, codesAcknowledgedOn: r.codesAcknowledgedOn }),
  async problems(db, partnership, change) {
    const personId = change.kind === 'add' ? change.value.personId : change.kind === 'change' ? change.key : undefined;
    const [current, people] = await Promise.all([listRepresentatives(db, partnership.id), namedPeople(db, personId ? [personId] : [])]);
    const problems = representativeChangeProblems(current, change, people);
    if (change.kind === 'add' && personId && !people.has(personId)) {
      problems.unshift({ field: 'personId', message: 'Select a council representative from the register' });
    }
    return problems;
  },
  repo: { list: listRepresentatives, find: findRepresentative, insert: insertRepresentative, update: updateRepresentative, remove: removeRepresentative },
};
