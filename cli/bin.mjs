#!/usr/bin/env node
// The `sift` command: runs the CLI as built into plain JavaScript in cli/dist by
// `npm run build:cli`, which `npm ci` and `npm install` run as the `prepare` script.
import { existsSync } from 'node:fs';

const built = new URL('./dist/sift.mjs', import.meta.url);
if (!existsSync(built)) {
  process.stderr.write('sift: the command line is not built yet: run "npm run build:cli" (npm ci does it)\n');
  process.exit(1);
}
await import(built.href);
