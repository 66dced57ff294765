// The register page's typed filters: only the page has them (`partner`, `sponsoringOfficer`); links and
// the API name the organisation or person by id (`organisation`, `sponsor`), which a typed name resolves to.
import { TYPED_MAX } from '../../../domain/register/typed-choice.ts';
import type { QueryError } from '../../../domain/register/register-query.ts';

/** The page's typed parameter for each filter, with the words of its label. */
export const TYPED_FILTERS = {
  partner: { param: 'partner', label: 'Partner organisation' },
  sponsor: { param: 'sponsoringOfficer', label: 'Sponsoring officer' },
} as const;

export function typedParam(params: Record<string, unknown>, which: keyof typeof TYPED_FILTERS): { text: string; errors: QueryError[] } {
  const { param, label } = TYPED_FILTERS[which];
  const raw = params[param];
  const text = (Array.isArray(raw) ? raw : [raw]).find((v): v is string => typeof v === 'string') ?? '';
  if (text.length > TYPED_MAX) return { text: '', errors: [{ field: param, message: `${label} must be ${TYPED_MAX} characters or fewer` }] };
  return { text, errors: [] };
}
