#!/usr/bin/env node
// `npm start`, and what a service manager runs: checks the Node.js version (in plain JavaScript, before
// any TypeScript loads), then starts the server with Node's compile cache on, so after the first start
// the TypeScript sources are not type-stripped again (about 25 MB less memory and a faster start;
// docs/decisions.md).
import module from 'node:module';
import { checkNodeVersion } from './node-version.js';

checkNodeVersion();
if (typeof module.enableCompileCache === 'function') module.enableCompileCache();
await import('../src/server.ts');
