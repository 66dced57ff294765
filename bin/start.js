#!/usr/bin/env node
// `npm start`: the server, with Node's compile cache on, so after the first start the TypeScript
// sources are not type-stripped again (about 25 MB less memory and a faster start; docs/decisions.md).
import module from 'node:module';

module.enableCompileCache?.();
await import('../src/server.ts');
