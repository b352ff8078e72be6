// Command-line options of `npm run bench` (node bench/run.mjs [--dist dir] [--runs n] [--no-lighthouse]).
import { parseArgs } from 'node:util';

export function readArgs(argv = process.argv.slice(2)) {
  const { values } = parseArgs({
    args: argv,
    options: {
      dist: { type: 'string', default: 'dist' },
      runs: { type: 'string', default: '7' },
      'no-lighthouse': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`--runs must be a whole number of at least 1, got "${values.runs}"`);
  return { dist: values.dist, runs, lighthouse: !values['no-lighthouse'], help: values.help };
}

export const USAGE = `Usage: node bench/run.mjs [--dist <folder>] [--runs <n>] [--no-lighthouse]

  --dist <folder>   the built package to measure (default: dist; run \`npm run build\` first)
  --runs <n>        fresh pages per render timing; the median is reported (default: 7)
  --no-lighthouse   skip the Lighthouse run (about 20 s)

Prints one markdown table and writes it to bench/results.md.`;
