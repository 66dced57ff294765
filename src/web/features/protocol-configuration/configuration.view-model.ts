// What the administrator's page shows of the protocol configuration in force: where it came from, the
// governance section in the protocol's words (per legal form, the sections and documents it needs), every
// other top-level section as its settings (so a section added to the schema appears without a change here),
// and each setting marked where the council's file differs from the protocol's default.
import { DEFAULT_PROTOCOL_CONFIG } from '../../../domain/protocol-config/defaults.ts';
import type { ProtocolConfig } from '../../../domain/protocol-config/schema.ts';
import { DOCUMENT_TYPE_LABELS, governanceSection, type DocumentType } from '../../../domain/governance/catalogue.ts';
import { LEGAL_FORM_LABELS, LEGAL_FORMS } from '../../../domain/register/vocabulary.ts';

export interface SettingRow {
  /** Where it is in the file: tiers.thresholds.significantPence. */
  path: string;
  value: string;
  changed: boolean;
}

export interface ConfigurationSection {
  key: string;
  heading: string;
  rows: SettingRow[];
}

/** Headings of the sections the page knows; any other is shown under its key, in words. */
const SECTION_HEADINGS: Readonly<Record<string, string>> = {
  governance: 'Governance (protocol 2.7, Appendix 1.4 to 1.6)',
  tiers: 'Significance tiers',
  checks: 'Compliance checks',
};

/** "requiredDocuments" → "Required documents". */
export function keyInWords(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[-_]+/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function valueText(value: unknown): string {
  if (Array.isArray(value)) return value.length ? value.map((v) => valueText(v)).join(', ') : '(none)';
  if (value === null || value === undefined) return '(none)';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Every setting under a value, as one row a leaf (a list is one setting: a file replaces it whole). */
export function settingRows(value: unknown, defaults: unknown, path: string): SettingRow[] {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return [{ path, value: '(none)', changed: !same(value, defaults) }];
    const base = (typeof defaults === 'object' && defaults !== null ? defaults : {}) as Record<string, unknown>;
    return entries.flatMap(([key, v]) => settingRows(v, base[key], path ? `${path}.${key}` : key));
  }
  return [{ path, value: valueText(value), changed: !same(value, defaults) }];
}

export function governanceByLegalForm(config: ProtocolConfig) {
  const { requiredSections, requiredDocuments } = config.governance;
  const defaults = DEFAULT_PROTOCOL_CONFIG.governance;
  return LEGAL_FORMS.map((form) => ({
    form,
    label: LEGAL_FORM_LABELS[form],
    sections: requiredSections[form].map((key) => {
      const s = governanceSection(key);
      return s ? `${s.title} (${s.clause})` : key;
    }),
    sectionsChanged: !same(requiredSections[form], defaults.requiredSections[form]),
    documents: requiredDocuments[form].map((d) => DOCUMENT_TYPE_LABELS[d as DocumentType] ?? d),
    documentsChanged: !same(requiredDocuments[form], defaults.requiredDocuments[form]),
  }));
}

/** Where the configuration in force came from: the file PROTOCOL_CONFIG names, the defaults, or given to buildApp. */
export type ConfigurationSource = { kind: 'file'; file: string } | { kind: 'defaults' } | { kind: 'given' };

export function configurationView(config: ProtocolConfig, source: ConfigurationSource) {
  const defaults = DEFAULT_PROTOCOL_CONFIG as Record<string, unknown>;
  const sections: ConfigurationSection[] = Object.entries(config as Record<string, unknown>)
    .filter(([key]) => key !== 'governance')
    .map(([key, value]) => ({ key, heading: SECTION_HEADINGS[key] ?? keyInWords(key), rows: settingRows(value, defaults[key], key) }));
  return {
    source,
    governanceHeading: SECTION_HEADINGS.governance,
    governance: governanceByLegalForm(config),
    sections,
    contents: sections.map((s) => ({ key: s.key, heading: s.heading })),
    json: JSON.stringify(config, null, 2),
    anyChanged: !same(config, DEFAULT_PROTOCOL_CONFIG),
  };
}
