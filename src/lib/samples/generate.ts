/**
 * The sample-book generator: deterministic for a seed (same options → byte-identical CSV).
 * `generateBook` builds everything in memory (the 5,000-account sample); `streamSample` yields CSV
 * chunks so the CLI can write million-row books without holding them as one string. Account
 * attributes come from their own random stream, generated twice: once to measure each metro's
 * potential (which seats the reps), once to write.
 */
import type { Book } from '../core/book';
import { generateAccounts, metroDemand, type AccountRecord } from './accounts';
import { ACCOUNT_HEADERS, REP_HEADERS, accountLine, csvLine, repLine } from './csv';
import { metroPlaces, type ZipPlace } from './places';
import { createRng } from './prng';
import { generateReps, type RepRecord } from './reps';
import { recordsToBook } from './to-book';

export interface SampleOptions {
	accounts: number;
	reps: number;
	seed: number;
	/** Real ZIP centroids to place accounts in; null uses the built-in per-metro ZIP lists. */
	zips?: readonly ZipPlace[] | null;
}

export interface SampleBook {
	accountsCsv: string;
	repsCsv: string;
	accounts: AccountRecord[];
	reps: RepRecord[];
	book: Book;
}

export const DEFAULT_SAMPLE = { accounts: 5000, reps: 40, seed: 20260101 } as const;

/** The accounts' own stream, apart from the reps' and owners', so it can be replayed. */
const draftRng = (seed: number) => createRng((seed ^ 0x5bd1e995) >>> 0);

function setup(options: SampleOptions) {
	const rng = createRng(options.seed);
	const metros = metroPlaces(options.zips ?? null);
	// A first pass over the accounts measures demand per metro, which seats the reps.
	const demand = metroDemand(draftRng(options.seed), metros, options.accounts);
	const reps = generateReps(rng, metros, options.reps, options.accounts, demand);
	const accounts = () =>
		generateAccounts(draftRng(options.seed), rng, metros, reps, options.accounts);
	return { reps, accounts };
}

export function generateBook(options: SampleOptions): SampleBook {
	const { reps, accounts: stream } = setup(options);
	const accounts = [...stream()];
	return {
		accountsCsv: csvLine(ACCOUNT_HEADERS) + accounts.map(accountLine).join(''),
		repsCsv: csvLine(REP_HEADERS) + reps.map(repLine).join(''),
		accounts,
		reps,
		book: recordsToBook(accounts, reps)
	};
}

/**
 * Streams the accounts CSV in chunks of about `rowsPerChunk` rows; reps are small and returned whole.
 * `onAccount` sees every record as it is written (e.g. to collect columns for Parquet).
 */
export function streamSample(
	options: SampleOptions,
	rowsPerChunk = 10_000,
	onAccount?: (a: AccountRecord) => void
): { repsCsv: string; reps: RepRecord[]; accountChunks: Generator<string> } {
	const { reps, accounts } = setup(options);
	function* chunks(): Generator<string> {
		let parts: string[] = [csvLine(ACCOUNT_HEADERS)];
		for (const a of accounts()) {
			onAccount?.(a);
			parts.push(accountLine(a));
			if (parts.length >= rowsPerChunk) {
				yield parts.join('');
				parts = [];
			}
		}
		if (parts.length > 0) yield parts.join('');
	}
	return {
		repsCsv: csvLine(REP_HEADERS) + reps.map(repLine).join(''),
		reps,
		accountChunks: chunks()
	};
}
