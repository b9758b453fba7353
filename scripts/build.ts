/**
 * npm run build [-- --outDir <folder>] [other astro build options]: builds the site into a staging
 * folder and puts it in place of dist/ (or <folder>) only when the whole build succeeded, so a
 * failed or interrupted build leaves the published site as it was (src/build/staged-build.ts).
 */
import { stagedBuild } from '../src/build/staged-build.ts';

let outDir = 'dist';
const args: string[] = [];
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const a = argv[i]!;
  if (a === '--outDir') outDir = argv[++i] ?? outDir;
  else if (a.startsWith('--outDir=')) outDir = a.slice('--outDir='.length);
  else args.push(a);
}
const result = await stagedBuild({ outDir, args });
console.log(`\n${result.ok ? '✓' : '✗'} ${result.message}`);
process.exit(result.code);
