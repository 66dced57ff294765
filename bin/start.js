#!/usr/bin/env node
// `npm start`, and what a service manager runs: checks the Node.js version (in plain JavaScript, before
// any TypeScript loads), then starts the server with Node's compile cache on, so after the first start
// the TypeScript sources are not type-stripped again (about 25 MB less memory and a faster start;
// docs/decisions.md).
import module from 'node:module';
import { checkNodeVersion } from './node-version.js';
import { stopWithParent } from './parent-watch.js';

checkNodeVersion();
// npm passes SIGTERM and SIGINT to the shell it runs a script in, and that shell (dash on Debian)
// exits without passing them on, which would leave the server running without npm: so under npm, the
// server stops when its parent goes (docs/decisions.md).
if (process.env.npm_lifecycle_event) stopWithParent();
if (typeof module.enableCompileCache === 'function') module.enableCompileCache();
await import('../src/server.ts');
