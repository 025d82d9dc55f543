#!/usr/bin/env node
// The `sift` command: loads the TypeScript CLI through tsx so the CLI runs the very pipeline
// source the extension bundles, with no separate build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
});
