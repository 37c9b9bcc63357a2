/**
 * `npm run bench`: runs every `tests/bench/*.bench.ts` section and prints one table each.
 * `npm run bench -- ingest engine` runs only the sections whose file name contains one of the words.
 * Each section exports `title` and `run(): Promise<BenchRow[]>`.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { printTable, type BenchRow } from './table';

interface Section {
	title: string;
	run: () => Promise<BenchRow[]>;
}

const here = dirname(fileURLToPath(import.meta.url));
const filters = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const files = readdirSync(here)
	.filter((f) => f.endsWith('.bench.ts'))
	.filter((f) => filters.length === 0 || filters.some((w) => f.includes(w)))
	.sort();

for (const file of files) {
	const section = (await import(pathToFileURL(join(here, file)).href)) as Section;
	const started = performance.now();
	const rows = await section.run();
	console.log(`\n## ${section.title}  (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
	printTable(rows);
}
