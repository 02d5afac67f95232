// The entry of the `relais` command (bin/relais.mjs): the commands are in program.ts.
import { main } from './program.js';

const code = await main(process.argv);
if (code !== 0 || !process.argv.includes('serve')) process.exitCode = code;
