// The person form: flat HTML fields ⇄ the person schema (the API's field names).
import type { Person } from '../../../domain/register/records.ts';
import { parseForm, type FieldError } from '../../forms/form.ts';
import { personSchema, type PersonInput } from '../../schemas/person.schema.ts';

export function parsePersonForm(input: Record<string, string>): { ok: true; value: PersonInput } | { ok: false; errors: FieldError[] } {
  const candidate = {
    name: input.name ?? '',
    jobTitle: input.jobTitle ?? '',
    organisationId: input.organisationId ?? '',
    email: input.email ?? '',
    // Not chosen is "no council role"; the use case asks for one when the organisation is the council.
    councilRole: input.councilRole || null,
    userId: input.userId || null,
  };
  const result = parseForm(personSchema, candidate);
  return result.ok ? { ok: true, value: result.value } : { ok: false, errors: result.errors };
}

export function personToForm(p: Person): Record<string, string> {
  return {
    name: p.name,
    jobTitle: p.jobTitle ?? '',
    organisationId: p.organisationId,
    email: p.email ?? '',
    councilRole: p.councilRole ?? '',
    userId: p.userId ?? '',
  };
}
