/**
 * `npm run samples`: writes the bundled sample book (static/samples/accounts.csv, reps.csv and
 * Parquet versions of both).
 * `npm run samples -- --accounts 1000000 --reps 100 --out bench-data/1m` writes a bigger book for
 * benchmarks, streaming the accounts CSV to disk so a million rows never sit in one string.
 * Add `--parquet` to also write Parquet for a big book (its columns are held in memory for that).
 */
import { once } from 'node:events';
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeParquet } from '../../wasm/parquet-node';
import { loadZipCentroidsSync } from '../lib/data/zip-centroids-node';
import type { AccountRecord } from '../lib/samples/accounts';
import { accountColumns, repColumns } from '../lib/samples/columns';
import { DEFAULT_SAMPLE, streamSample } from '../lib/samples/generate';
import { placesFromColumns } from '../lib/samples/places';

const { values } = parseArgs({
	options: {
		accounts: { type: 'string', default: String(DEFAULT_SAMPLE.accounts) },
		reps: { type: 'string', default: String(DEFAULT_SAMPLE.reps) },
		seed: { type: 'string', default: String(DEFAULT_SAMPLE.seed) },
		out: { type: 'string', default: 'static/samples' },
		parquet: { type: 'boolean', default: false }
	}
});

function positiveInt(name: string, raw: string): number {
	const v = Number(raw);
	if (!Number.isInteger(v) || v < 0) {
		console.error(`--${name} must be a non-negative integer, got "${raw}"`);
		process.exit(2);
	}
	return v;
}

const options = {
	accounts: positiveInt('accounts', values.accounts),
	reps: positiveInt('reps', values.reps),
	seed: positiveInt('seed', values.seed),
	zips: placesFromColumns(loadZipCentroidsSync())
};
const out = values.out;
mkdirSync(out, { recursive: true });
const isDefaultSample =
	options.accounts === DEFAULT_SAMPLE.accounts &&
	options.reps === DEFAULT_SAMPLE.reps &&
	options.seed === DEFAULT_SAMPLE.seed;
const parquet = values.parquet || isDefaultSample;
const kept: AccountRecord[] = [];

const started = performance.now();
const sample = streamSample(options, 10_000, parquet ? (a) => kept.push(a) : undefined);
writeFileSync(join(out, 'reps.csv'), sample.repsCsv);
const stream = createWriteStream(join(out, 'accounts.csv'));
let bytes = 0;
for (const chunk of sample.accountChunks) {
	bytes += Buffer.byteLength(chunk);
	if (!stream.write(chunk)) await once(stream, 'drain');
}
stream.end();
await once(stream, 'finish');
if (parquet) {
	writeFileSync(join(out, 'accounts.parquet'), writeParquet(accountColumns(kept)));
	writeFileSync(join(out, 'reps.parquet'), writeParquet(repColumns(sample.reps)));
}

const seconds = (performance.now() - started) / 1000;
console.log(
	`${out}: ${options.accounts} accounts (${(bytes / 1e6).toFixed(1)} MB), ${options.reps} reps, ` +
		`seed ${options.seed}${parquet ? ', + Parquet' : ''}, ${seconds.toFixed(1)} s, ` +
		`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`
);
