// The protocol configuration in force, for administrators (R-2.7, R-2.7doc, R-A1.4 to R-A1.6 and the
// compliance checks read it): where it came from, each section in words, and the JSON as it is in force to
// download. Read-only on purpose: the file PROTOCOL_CONFIG names is the source (docs/protocol-config.md),
// read once at start, so a change is made there, reviewed, and takes effect when Accord restarts.
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../app/deps.ts';
import { attachment } from '../../../app/exports/filename.ts';
import { protocolOf } from '../../../app/protocol-config.ts';
import type { Config } from '../../../config.ts';
import { configurationView, type ConfigurationSource } from './configuration.view-model.ts';

export const CONFIGURATION_PATH = '/admin/protocol-configuration';

function sourceOf(deps: Pick<AppDeps, 'protocol'>, config: Pick<Config, 'PROTOCOL_CONFIG'>): ConfigurationSource {
  if (!deps.protocol) return { kind: 'defaults' };
  return config.PROTOCOL_CONFIG ? { kind: 'file', file: config.PROTOCOL_CONFIG } : { kind: 'given' };
}

export function protocolConfigurationRoutes(deps: AppDeps, config: Pick<Config, 'PROTOCOL_CONFIG'>) {
  return async function routes(app: FastifyInstance): Promise<void> {
    app.get(CONFIGURATION_PATH, { config: { access: 'configuration.view' } }, async (_request, reply) =>
      reply.view('protocol-configuration/show', {
        title: 'Protocol configuration',
        columns: 'full',
        downloadHref: `${CONFIGURATION_PATH}.json`,
        ...configurationView(protocolOf(deps), sourceOf(deps, config)),
      }),
    );

    app.get(`${CONFIGURATION_PATH}.json`, { config: { access: 'configuration.view' } }, async (_request, reply) =>
      reply
        .type('application/json; charset=utf-8')
        .header('content-disposition', attachment('protocol-configuration.json'))
        .send(`${JSON.stringify(protocolOf(deps), null, 2)}\n`),
    );
  };
}
