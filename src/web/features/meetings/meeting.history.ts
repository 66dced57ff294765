// A meeting's audit events in words (R-2.8g, R-2.8a, R-2.13), the labels and values from the descriptions
// of an agenda item and a declaration: History reads "Recorded the vote on Grant funding: Carried".
import { AGENDA_ITEM_FIELDS } from '../../../app/meetings/agenda-item.description.ts';
import { DECLARATION_FIELDS } from '../../../app/meetings/declaration.description.ts';
import type { AuditEventView, Describer } from '../../../domain/audit/describe.ts';
import { fieldWords } from '../../records/record-describer.ts';
import { plainValue } from '../organisations/history.ts';

const VERBS: Readonly<Record<string, string>> = { added: 'Added', updated: 'Changed', removed: 'Removed' };
const held = (e: AuditEventView, name: string) => {
  const v = (e.after ?? e.before)?.[name];
  return typeof v === 'string' && v ? v : null;
};

export const agendaItemDescriber: Describer = {
  labels: {
    ...Object.fromEntries(Object.entries(AGENDA_ITEM_FIELDS).map(([name, f]) => [name === 'concernsId' ? 'concerns' : name, f.label])),
    meeting: 'Meeting',
    item: 'Item',
    outcome: 'Outcome',
    explanation: 'Explanation',
    for: 'For',
    against: 'Against',
    abstain: 'Abstentions',
    told: 'Told of the decision',
    toldOn: 'Told on',
    how: 'How',
  },
  value: (field, value) => (field in AGENDA_ITEM_FIELDS ? fieldWords({ fields: AGENDA_ITEM_FIELDS }, field, value) : plainValue(value)),
  headline: (e: AuditEventView) => {
    const title = held(e, 'title') ?? held(e, 'item');
    if (e.action === 'vote-recorded') return `Recorded the vote on ${title ?? 'an agenda item'}: ${held(e, 'outcome') ?? ''}`.trim();
    if (e.action === 'vote-cleared') return `Cleared the vote on ${title ?? 'an agenda item'}`;
    if (e.action === 'members-told') return `Recorded that ${held(e, 'told') ?? 'members'} ${String(held(e, 'told') ?? '').includes(',') ? 'were' : 'was'} told of the decision on ${title ?? 'an agenda item'}`;
    return `${VERBS[e.action] ?? e.action} agenda item${title ? ` ${title}` : ''}`;
  },
};

export const declarationDescriber: Describer = {
  labels: { ...Object.fromEntries(Object.entries(DECLARATION_FIELDS).map(([name, f]) => [name === 'personId' ? 'member' : name, f.label])), item: 'Item' },
  value: (field, value) => (field in DECLARATION_FIELDS ? fieldWords({ fields: DECLARATION_FIELDS }, field, value) : plainValue(value)),
  headline: (e: AuditEventView) => `${VERBS[e.action] ?? e.action} a declaration of interest${held(e, 'member') ? ` by ${held(e, 'member')}` : ''}${held(e, 'item') ? ` at ${held(e, 'item')}` : ''}`,
};
