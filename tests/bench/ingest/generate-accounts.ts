/**
 * Writes a realistic accounts CSV for the ingest benchmark: id, name, owner, potential, arr,
 * workload, industry, segment, language, zip, lat, lon, with real ZIPs from the bundled table.
 * Seeded, so every run measures the same bytes.
 */
import { mulberry32 as rng } from '../../../src/lib/engine/prng';
import { createWriteStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { loadZipCentroidsSync } from '../../../src/lib/data/zip-centroids-node';

const INDUSTRIES = [
	'Retail',
	'Manufacturing',
	'Healthcare',
	'Software',
	'Logistics',
	'Finance',
	'Education',
	'Hospitality'
];
const SEGMENTS = ['SMB', 'Mid-Market', 'Enterprise'];
const LANGUAGES = ['en', 'en', 'en', 'es', 'fr', 'de'];
const WORDS = [
	'Acme',
	'Blue',
	'North',
	'Summit',
	'River',
	'Pioneer',
	'Atlas',
	'Cedar',
	'Harbor',
	'Nova',
	'Prairie',
	'Granite'
];
const SUFFIX = ['Inc', 'LLC', 'Corp', 'Group', 'Co', 'Partners'];

/** Writes `rows` accounts to `path` unless a file of that name already exists. */
export async function ensureAccountsCsv(path: string, rows: number): Promise<number> {
	if (existsSync(path)) return statSync(path).size;
	mkdirSync(dirname(path), { recursive: true });
	const zips = loadZipCentroidsSync();
	const rand = rng(rows);
	const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
	const reps = Math.max(10, Math.round(rows / 400));
	const out = createWriteStream(path);
	const write = (s: string) =>
		new Promise<void>((resolve) => (out.write(s) ? resolve() : out.once('drain', () => resolve())));
	await write('id,name,owner,potential,arr,workload,industry,segment,language,zip,lat,lon\n');
	let chunk: string[] = [];
	for (let i = 0; i < rows; i++) {
		const z = Math.floor(rand() * zips.n);
		const hasCoords = rand() < 0.7;
		const potential = Math.round(rand() * rand() * 500_000);
		const arr = rand() < 0.4 ? Math.round(potential * rand() * 0.5) : 0;
		chunk.push(
			[
				`A${String(i + 1).padStart(7, '0')}`,
				`"${pick(WORDS)} ${pick(WORDS)} ${pick(SUFFIX)}"`,
				`R${String(1 + Math.floor(rand() * reps)).padStart(4, '0')}`,
				potential,
				arr,
				(1 + rand() * 20).toFixed(1),
				pick(INDUSTRIES),
				pick(SEGMENTS),
				pick(LANGUAGES),
				zips.zip[z],
				hasCoords ? (zips.lat[z] + (rand() - 0.5) * 0.05).toFixed(5) : '',
				hasCoords ? (zips.lon[z] + (rand() - 0.5) * 0.05).toFixed(5) : ''
			].join(',')
		);
		if (chunk.length === 10_000) {
			await write(chunk.join('\n') + '\n');
			chunk = [];
		}
	}
	if (chunk.length > 0) await write(chunk.join('\n') + '\n');
	await new Promise<void>((resolve) => out.end(() => resolve()));
	return statSync(path).size;
}
