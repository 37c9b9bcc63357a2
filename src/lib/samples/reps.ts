/**
 * Sample reps: seated in the metros in proportion to demand, with capacities, skills and languages,
 * a few new hires and the quirks that make a current book uneven (reps who hoard big accounts, reps
 * who roam far away).
 */
import { languageHubs } from './languages';
import type { MetroPlaces, ZipPlace } from './places';
import type { Rng } from './prng';
import { allocateSeats, newHireMetros, spreadHomes } from './rep-placement';
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
	/** Pulls big (Enterprise and Mid-Market) accounts hard, small ones hardly at all. */
	hoarder: boolean;
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

/** Gives `language` to reps in its hub metros (two in a metro of four or more), else to one rep. */
function teachLanguage(
	rng: Rng,
	reps: RepRecord[],
	metros: readonly MetroPlaces[],
	language: string
): void {
	let taught = 0;
	for (const m of languageHubs(metros, language)) {
		const local = reps.filter((r) => r.metro === m);
		const ramped = local.filter((r) => r.ramp === 1);
		const pool = ramped.length > 0 ? ramped : local;
		for (const r of sample(rng, pool, local.length >= 4 ? 2 : 1)) {
			r.languages.push(language);
			taught++;
		}
	}
	if (taught === 0 && reps.length > 0) rng.pick(reps).languages.push(language);
}

/**
 * Reps placed by demand: `demand[m]` (the metro's account potential) sets its seats, so the book
 * can be balanced without shipping accounts across the country. The unevenness lives in who owns
 * what today (hoarders, roamers, new hires), which is what a plan has to fix.
 */
export function generateReps(
	rng: Rng,
	metros: readonly MetroPlaces[],
	count: number,
	accountCount: number,
	demand: readonly number[]
): RepRecord[] {
	const perRep = accountCount / Math.max(1, count);
	const seats = allocateSeats(demand, count);
	const hireCount = count >= 5 ? Math.max(1, Math.round(count / 13)) : 0;
	const hires = newHireMetros(demand, seats, hireCount);
	const homes = metros.map((m, k) => (seats[k] > 0 ? spreadHomes(rng, m, seats[k]) : []));
	// Round-robin over metros, so rep ids do not cluster by place.
	const slots: { metro: number; home: ZipPlace; newHire: boolean }[] = [];
	const hiresLeft = seats.map((_, k) => hires.filter((h) => h === k).length);
	for (let round = 0; slots.length < count; round++)
		seats.forEach((s, k) => {
			if (round >= s) return;
			// A metro's new hires are its last seats, so each keeps a ramped rep first.
			const newHire = round >= s - hiresLeft[k];
			slots.push({ metro: k, home: homes[k][round], newHire });
		});
	const reps: RepRecord[] = [];
	slots.forEach(({ metro, home, newHire }, j) => {
		const ramp = newHire ? 0.5 : 1;
		const roamer = !newHire && j % 17 === 5;
		const hoarder = !newHire && !roamer && rng.chance(0.18);
		const languages = ['English'];
		if (rng.chance(Math.min(0.8, metros[metro].metro.spanish * 3 + 0.05)))
			languages.push('Spanish');
		const segments: Segment[] = hoarder
			? ['Enterprise', 'Mid-Market']
			: sample(rng, SEGMENTS, 1 + rng.int(2));
		reps.push({
			id: repId(j),
			name: `${rng.pick(FIRST_NAMES)} ${rng.pick(SURNAMES)}`,
			metro,
			home,
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
			pull: newHire ? 0.2 : hoarder ? 9 : rng.range(0.7, 1.3),
			roamer,
			hoarder
		});
	});
	// Every metro with reps has a Spanish speaker: Spanish accounts are everywhere.
	metros.forEach((_, k) => {
		const local = reps.filter((r) => r.metro === k);
		if (local.length > 0 && !local.some((r) => r.languages.includes('Spanish')))
			local[0].languages.push('Spanish');
	});
	for (const [language] of OTHER_LANGUAGES) teachLanguage(rng, reps, metros, language);
	return reps;
}
