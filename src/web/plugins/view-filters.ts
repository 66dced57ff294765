// Nunjucks filters for the register's words and numbers. Anything returning HTML escapes first.
import nunjucks from 'nunjucks';
import { formatPence } from '../../domain/register/money.ts';
import { addGovukItemFilters, escapeHtml } from './govuk-items.ts';
import {
  CAPACITY_LABELS,
  labelOf,
  LEGAL_FORM_LABELS,
  MEMBER_STATUS_LABELS,
  PARTNER_ROLE_LABELS,
  RATIONALE_LABELS,
  SECTOR_LABELS,
  STATUS_LABELS,
  STATUS_TAG_CLASSES,
  WELLBEING_LABELS,
  type Status,
} from '../../domain/register/vocabulary.ts';

export function addRegisterFilters(env: nunjucks.Environment): void {
  addGovukItemFilters(env); // checkboxItems, radioItems, selectItems: govuk-frontend's items in one pass
  // Choices for long lists, built here rather than in a template loop.
  env.addFilter('organisationChoices', (orgs: Array<{ id: string; name: string; isThisCouncil: boolean }>, selected: string | undefined, blank: string) => [
    { value: '', text: blank },
    ...orgs.map((o) => ({ value: o.id, text: o.isThisCouncil ? `${o.name} (this council)` : o.name, selected: o.id === selected })),
  ]);
  env.addFilter('personChoices', (people: Array<{ id: string; name: string; jobTitle: string | null }>, selected: string | undefined, blank: string) => [
    { value: '', text: blank },
    ...people.map((p) => ({ value: p.id, text: p.jobTitle ? `${p.name}, ${p.jobTitle}` : p.name, selected: p.id === selected })),
  ]);
  env.addFilter('formatNumber', (n: number) => Number(n).toLocaleString('en-GB'));
  env.addFilter('money', (pence: number | null) => formatPence(pence));
  env.addFilter('statusLabel', (v: string) => labelOf(STATUS_LABELS, v));
  env.addFilter('statusClass', (v: string) => STATUS_TAG_CLASSES[v as Status] ?? '');
  env.addFilter('legalFormLabel', (v: string) => labelOf(LEGAL_FORM_LABELS, v));
  env.addFilter('sectorLabel', (v: string) => labelOf(SECTOR_LABELS, v));
  env.addFilter('partnerRoleLabel', (v: string) => labelOf(PARTNER_ROLE_LABELS, v));
  env.addFilter('memberStatusLabel', (v: string) => labelOf(MEMBER_STATUS_LABELS, v));
  env.addFilter('capacityLabel', (v: string) => labelOf(CAPACITY_LABELS, v));
  env.addFilter('wellbeingText', (v: string[]) => (v ?? []).map((x) => labelOf(WELLBEING_LABELS, x)).join(', ') || 'Not recorded');
  /** Text typed with blank lines becomes paragraphs; everything is escaped. */
  env.addFilter('paragraphs', (text: string | null) => {
    const parts = String(text ?? '').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
    return new nunjucks.runtime.SafeString(
      parts.map((p) => `<p class="govuk-body">${escapeHtml(p).replace(/\n/g, '<br>')}</p>`).join('') || 'Not recorded',
    );
  });
  env.addFilter('rationaleList', (v: string[]) => {
    if (!v?.length) return 'Not recorded';
    return new nunjucks.runtime.SafeString(
      `<ul class="govuk-list govuk-list--bullet">${v.map((x) => `<li>${escapeHtml(labelOf(RATIONALE_LABELS, x))}</li>`).join('')}</ul>`,
    );
  });
}
