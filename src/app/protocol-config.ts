// Reads the council's protocol configuration file (PROTOCOL_CONFIG) once at start. A file that cannot be
// read, is not JSON or breaks the schema stops the start with every problem and its path: a council must
// not run on a configuration it did not mean.
import { readFileSync } from 'node:fs';
import { DEFAULT_PROTOCOL_CONFIG } from '../domain/protocol-config/defaults.ts';
import { parseProtocolConfig } from '../domain/protocol-config/parse.ts';
import type { ProtocolConfig } from '../domain/protocol-config/schema.ts';
import type { AppDeps } from './deps.ts';

export class ProtocolConfigError extends Error {}

export function readProtocolConfig(file: string | undefined): ProtocolConfig {
  if (!file) return DEFAULT_PROTOCOL_CONFIG;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ProtocolConfigError(`PROTOCOL_CONFIG: cannot read ${file}${code ? ` (${code})` : ''}`);
  }
  let given: unknown;
  try {
    given = JSON.parse(text);
  } catch (error) {
    throw new ProtocolConfigError(`PROTOCOL_CONFIG: ${file} is not JSON: ${(error as Error).message}`);
  }
  const parsed = parseProtocolConfig(given);
  if (!parsed.ok) {
    throw new ProtocolConfigError(
      [`PROTOCOL_CONFIG: ${file} is not a valid protocol configuration:`, ...parsed.issues.map((i) => `  ${i.path}: ${i.message}`)].join('\n'),
    );
  }
  return parsed.config;
}

/** The configuration a use case runs under: the council's, or the protocol's defaults. */
export function protocolOf(deps: Pick<AppDeps, 'protocol'>): ProtocolConfig {
  return deps.protocol ?? DEFAULT_PROTOCOL_CONFIG;
}
