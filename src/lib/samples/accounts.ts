/**
 * Sample accounts, one record at a time so a million-row book can stream to disk. Potential is
 * heavy-tailed (lognormal per segment), workload follows size and segment, and the current owner
 * comes from a deliberately uneven book: hoarders, roamers, new hires with little.
 */
import type { MetroPlaces, ZipPlace } from './places';
import type { Rng } from './prng';
import type { RepRecord } from './reps';
import { metroLanguageShares, pickLanguage } from './languages';
import { INDUSTRIES, NAME_HEADS, NAME_SUFFIXES, NAME_TAILS, SURNAMES } from './words';
import type { Segment } from './words';

export interface AccountRecord {
	id: string;
	name: string;
	ownerId: string;
	potential: number;
	arr: number;
	workloadHours: number;
	industry: string;
	segment: Segment;
	language: string;
	place: ZipPlace;
	activeOpportunity: boolean;
}

const SEGMENT_SHAPE: Record<
	Segment,
	{ share: number; median: number; sigma: number; hours: number; customer: number }
> = {
	Enterprise: { share: 0.1, median: 420_000, sigma: 0.85, hours: 38, customer: 0.6 },
	'Mid-Market': { share: 0.3, median: 85_000, sigma: 0.7, hours: 14, customer: 0.45 },
	SMB: { share: 0.6, median: 12_000, sigma: 0.9, hours: 5, customer: 0.34 }
};
const SEGMENT_NAMES = Object.keys(SEGMENT_SHAPE) as Segment[];
const SEGMENT_SHARES = SEGMENT_NAMES.map((s) => SEGMENT_SHAPE[s].share);
const INDUSTRY_WEIGHTS = INDUSTRIES.map((_, k) => 1.6 - k * 0.1);

export function accountId(index: number): string {
	return `ACC-${String(index + 1).padStart(7, '0')}`;
}

function companyName(rng: Rng): string {
	if (rng.chance(0.08)) {
		// Law-firm style names carry a comma, so CSV quoting gets exercised.
		return `${rng.pick(SURNAMES)}, ${rng.pick(SURNAMES)} & Co.`;
	}
	const suffix = rng.pick(NAME_SUFFIXES);
	return `${rng.pick(NAME_HEADS)} ${rng.pick(NAME_TAILS)}${suffix ? ' ' + suffix : ''}`;
}

/** Owner candidates per metro, with each rep's pull toward the segment. */
function ownerPicker(rng: Rng, reps: readonly RepRecord[], metroCount: number) {
	const local: RepRecord[][] = Array.from({ length: metroCount }, () => []);
	for (const r of reps) local[r.metro].push(r);
	const roamers = reps.filter((r) => r.roamer);
	// Weights depend only on (metro, segment): computed once, not per account.
	const cache = new Map<string, { pool: RepRecord[]; weights: number[] }>();
	return (metro: number, segment: Segment): string => {
		if (reps.length === 0 || rng.chance(0.008)) return '';
		if (roamers.length > 0 && rng.chance(0.07)) return rng.pick(roamers).id;
		const key = `${metro}|${segment}`;
		let entry = cache.get(key);
		if (!entry) {
			const pool = local[metro].length > 0 ? local[metro] : reps.slice();
			const weights = pool.map((r) =>
				r.segments.includes(segment) ? r.pull * 1.5 : r.hoarder ? 0.5 : r.pull
			);
			entry = { pool, weights };
			cache.set(key, entry);
		}
		return rng.weighted(entry.pool, entry.weights).id;
	};
}

/** An account before its owner is drawn, with the metro it belongs to. */
export type AccountDraft = Omit<AccountRecord, 'ownerId'> & { metro: number };

/**
 * Everything about the accounts except their owners, from its own random stream: the generator
 * runs it twice (once to measure each metro's demand before placing reps, once to write).
 */
export function* accountDrafts(
	rng: Rng,
	metros: readonly MetroPlaces[],
	count: number
): Generator<AccountDraft> {
	const metroWeights = metros.map((m) => m.metro.weight);
	const metroIndex = metros.map((_, k) => k);
	const languages = metroLanguageShares(metros);
	for (let i = 0; i < count; i++) {
		const m = rng.weighted(metroIndex, metroWeights);
		const segment = rng.weighted(SEGMENT_NAMES, SEGMENT_SHARES);
		const shape = SEGMENT_SHAPE[segment];
		const potential = Math.max(
			500,
			Math.round((shape.median * Math.exp(shape.sigma * rng.normal())) / 100) * 100
		);
		const customer = rng.chance(shape.customer);
		const arr = customer ? Math.round((potential * rng.range(0.15, 0.7)) / 100) * 100 : 0;
		const size = Math.pow(potential / shape.median, 0.3);
		const hours = shape.hours * size * Math.exp(0.25 * rng.normal()) * (customer ? 1.25 : 1);
		yield {
			id: accountId(i),
			name: companyName(rng),
			metro: m,
			potential,
			arr,
			workloadHours: Math.round(hours * 10) / 10,
			industry: rng.weighted(INDUSTRIES, INDUSTRY_WEIGHTS),
			segment,
			language: pickLanguage(rng.next(), languages[m]),
			place: rng.pick(metros[m].places),
			activeOpportunity: rng.chance(0.15)
		};
	}
}

/** Total potential per metro over the drafts a stream of `count` accounts will produce. */
export function metroDemand(rng: Rng, metros: readonly MetroPlaces[], count: number): number[] {
	const demand = metros.map(() => 0);
	for (const d of accountDrafts(rng, metros, count)) demand[d.metro] += d.potential;
	return demand;
}

/** Drafts from `draftRng`, owners from `ownerRng` (the uneven current book). */
export function* generateAccounts(
	draftRng: Rng,
	ownerRng: Rng,
	metros: readonly MetroPlaces[],
	reps: readonly RepRecord[],
	count: number
): Generator<AccountRecord> {
	const owner = ownerPicker(ownerRng, reps, metros.length);
	for (const d of accountDrafts(draftRng, metros, count)) {
		const { metro, ...rest } = d;
		yield { ...rest, ownerId: owner(metro, d.segment) };
	}
}
