/**
 * Sample reps: based near the metros, with capacities, skills and languages, a few new hires and the
 * quirks that make a current book uneven (reps who hoard big accounts, reps who roam far away).
 */
import type { MetroPlaces, ZipPlace } from './places';
import type { Rng } from './prng';
import {
	FIRST_NAMES,
	INDUSTRIES,
	OTHER_LANGUAGES,
	SEGMENTS,
	SURNAMES,
	type Segment
} from './words';

export interface RepRecord {
	id: string;
	name: string;
	metro: number;
	home: ZipPlace;
	capacityAccounts: number;
	capacityHours: number;
	industries: string[];
	segments: Segment[];
	languages: string[];
	ramp: number;
	startDate: string;
	/** How strongly the current (uneven) book pulls accounts to this rep. */
	pull: number;
	/** Holds some accounts anywhere in the country. */
	roamer: boolean;
}

/** Mean workload hours per account given the segment mix in accounts.ts, used to size capacities. */
export const MEAN_WORKLOAD_HOURS = 13;

export function repId(index: number): string {
	return `REP-${String(index + 1).padStart(4, '0')}`;
}

function date(rng: Rng, fromYear: number, toYear: number, toMonth = 12): string {
	const year = fromYear + rng.int(toYear - fromYear + 1);
	const month = 1 + rng.int(year === toYear ? toMonth : 12);
	const day = 1 + rng.int(28);
	return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function sample<T>(rng: Rng, items: readonly T[], k: number): T[] {
	const pool = items.slice();
	const out: T[] = [];
	while (out.length < k && pool.length > 0) out.push(pool.splice(rng.int(pool.length), 1)[0]);
	return out;
}

export function generateReps(
	rng: Rng,
	metros: readonly MetroPlaces[],
	count: number,
	accountCount: number
): RepRecord[] {
	const weights = metros.map((m) => m.metro.weight);
	const perRep = accountCount / Math.max(1, count);
	const newHires = count >= 5 ? Math.max(1, Math.round(count / 13)) : 0;
	const reps: RepRecord[] = [];
	for (let j = 0; j < count; j++) {
		// Cover every metro once before sampling by size, so no metro is left without a local rep.
		const metro = j < metros.length ? j : metros.indexOf(rng.weighted(metros, weights));
		const newHire = j >= count - newHires;
		const ramp = newHire ? 0.5 : 1;
		const roamer = !newHire && j % 17 === 5;
		const hoarder = !newHire && !roamer && rng.chance(0.18);
		const languages = ['English'];
		if (j < OTHER_LANGUAGES.length) languages.push(OTHER_LANGUAGES[j][0]);
		if (rng.chance(Math.min(0.8, metros[metro].metro.spanish * 3 + 0.05)))
			languages.push('Spanish');
		const segments: Segment[] = hoarder
			? ['Enterprise', 'Mid-Market']
			: sample(rng, SEGMENTS, 1 + rng.int(2));
		reps.push({
			id: repId(j),
			name: `${rng.pick(FIRST_NAMES)} ${rng.pick(SURNAMES)}`,
			metro,
			home: rng.pick(metros[metro].places),
			capacityAccounts: Math.max(5, Math.round((perRep * 1.35 * ramp) / 5) * 5),
			capacityHours: Math.max(
				40,
				Math.round((perRep * MEAN_WORKLOAD_HOURS * 1.3 * ramp) / 10) * 10
			),
			industries: sample(rng, INDUSTRIES, 2 + rng.int(2)),
			segments,
			languages,
			ramp,
			startDate: newHire ? date(rng, 2026, 2026, 10) : date(rng, 2014, 2025),
			pull: newHire ? 0.2 : hoarder ? 2.6 : rng.range(0.7, 1.3),
			roamer
		});
	}
	return reps;
}
