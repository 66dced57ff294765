// A governance section's audit event (governance.service.ts) in words, for the partnership's History and
// the audit trail alike: "Changed governance section (i) Meetings: status from Draft to Agreed".
import { plainWords, type AuditEventView, type Describer } from '../../../domain/audit/describe.ts';
import { governanceSection, SECTION_STATUS_LABELS, type SectionStatus } from '../../../domain/governance/catalogue.ts';
import { formatDate } from '../../plugins/views.ts';

/** The section an event is of: its record is "<partnership id>/<section key>" (governanceEntityId). */
function titleOf(event: AuditEventView): string {
  // The headline is given the whole event; its record's id names the section.
  const entityId = (event as AuditEventView & { entityId?: unknown }).entityId;
  const key = typeof entityId === 'string' ? entityId.slice(entityId.lastIndexOf('/') + 1) : '';
  return governanceSection(key)?.title ?? 'a section no longer in the catalogue';
}

export const governanceSectionDescriber: Describer = {
  labels: { status: 'Status (R-2.7)', summary: 'Summary', agreedOn: 'When the partners agreed it' },
  value: (field, value) => {
    if (value === null) return field === 'agreedOn' ? 'Not agreed' : 'None';
    if (field === 'status') return SECTION_STATUS_LABELS[value as SectionStatus] ?? String(value);
    if (field === 'agreedOn' && typeof value === 'string') return formatDate(value);
    return plainWords(value);
  },
  headline: (event) => `${event.action === 'created' ? 'Started' : 'Changed'} governance section ${titleOf(event)}`,
};
