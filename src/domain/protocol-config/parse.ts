// Reads a council's configuration (already parsed from JSON) into the whole configuration: laid over the
// defaults, then validated whole, every problem with its path (governance.requiredDocuments.latco[1]).
import { DEFAULT_PROTOCOL_CONFIG } from './defaults.ts';
import { layOver, type ConfigIssue } from './merge.ts';
import { protocolConfigSchema, type ProtocolConfig } from './schema.ts';

export type ParsedProtocolConfig = { ok: true; config: ProtocolConfig } | { ok: false; issues: ConfigIssue[] };

function pathText(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)), '');
}

export function parseProtocolConfig(given: unknown): ParsedProtocolConfig {
  const parsed = protocolConfigSchema.safeParse(layOver(DEFAULT_PROTOCOL_CONFIG, given ?? {}));
  if (parsed.success) return { ok: true, config: Object.freeze(parsed.data) };
  return { ok: false, issues: parsed.error.issues.map((issue) => ({ path: pathText(issue.path) || '(the file)', message: issue.message })) };
}
