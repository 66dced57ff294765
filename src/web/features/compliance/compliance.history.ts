// The compliance engine's evidence (compliance.service.ts) in words, for the partnership's History and the
// audit trail alike: "Recorded an attestation of R-2.8a Decision rule recorded", each field under its label.
import { plainWords, type AuditEventView, type Describer } from '../../../domain/audit/describe.ts';
import { formatDate } from '../../plugins/views.ts';
import { requirementOf } from '../../../app/compliance.service.ts';

const requirementIn = (event: AuditEventView): string => {
  const id = (event.after ?? event.before)?.requirementId;
  if (typeof id !== 'string') return 'a requirement';
  const q = requirementOf(id);
  return q ? `${q.id} ${q.title}` : id;
};

const DATES = new Set(['attestedOn', 'validUntil', 'recordedOn', 'until']);
const value = (field: string, v: unknown): string => {
  if (v === null) return 'None';
  if (DATES.has(field) && typeof v === 'string') return formatDate(v);
  if (field === 'requirementId' && typeof v === 'string') return requirementOf(v) ? `${v} ${requirementOf(v)!.title}` : v;
  return plainWords(v);
};

export const attestationDescriber: Describer = {
  labels: { requirementId: 'Requirement', statement: 'What is attested', documentId: 'Document', attestedBy: 'Attested by', attestedOn: 'Attested on', validUntil: 'Valid until' },
  value,
  headline: (event) => `Recorded an attestation of ${requirementIn(event)}`,
};

export const exceptionDescriber: Describer = {
  labels: { requirementId: 'Requirement', reason: 'Why it may operate without it', agreedBy: 'Agreed by', recordedBy: 'Recorded by', recordedOn: 'Recorded on', until: 'Until' },
  value,
  headline: (event) => `Recorded an exception to ${requirementIn(event)} (R-APPROVE)`,
};
