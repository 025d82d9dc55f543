/** The entry point the build turns into cli/dist/sift.mjs, which cli/bin.mjs runs. */
import { main } from './main.ts';

process.exitCode = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
});
