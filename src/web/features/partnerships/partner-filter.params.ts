// The register page's typed partner filter (`partner`): only the page has it; links and the API name the
// organisation by id (`organisation`), which the typed name resolves to.
import { PARTNER_TEXT_MAX } from '../../../domain/register/partner-filter.ts';
import type { QueryError } from '../../../domain/register/register-query.ts';

export function typedPartner(params: Record<string, unknown>): { text: string; errors: QueryError[] } {
  const raw = params.partner;
  const text = (Array.isArray(raw) ? raw : [raw]).find((v): v is string => typeof v === 'string') ?? '';
  if (text.length > PARTNER_TEXT_MAX) {
    return { text: '', errors: [{ field: 'partner', message: `Partner organisation must be ${PARTNER_TEXT_MAX} characters or fewer` }] };
  }
  return { text, errors: [] };
}
