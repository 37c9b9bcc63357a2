/**
 * Pair rules of a plan: which rep may take which account (skill rules, locks), and the soft fit
 * mismatches when a skill is not a hard rule. Book-level pre-checks name the user's own rules.
 */
import type { Book } from '../core/book';
import type { PlanSettings } from '../core/settings';
import { fmt } from './format';
import type { ConflictExplanation } from './result';

/** True when the rep's skill list is empty (takes anything) or contains the account's value. */
export function hasSkill(list: string[], value: string): boolean {
	if (value === '' || list.length === 0) return true;
	const v = value.toLowerCase();
	return list.some((s) => s.toLowerCase() === v);
}

export type SkillKind = 'industry' | 'language' | 'segment';
export const SKILLS: SkillKind[] = ['industry', 'language', 'segment'];

const isEnterprise = (s: string) => /enterprise/i.test(s);

/** Whether rep j has the skill account i needs. Enterprise accounts need an enterprise rep. */
export function skillOk(book: Book, kind: SkillKind, i: number, j: number): boolean {
	const A = book.accounts;
	const R = book.reps;
	if (kind === 'industry') return hasSkill(R.industries[j], A.industry[i]);
	if (kind === 'language') return hasSkill(R.languages[j], A.language[i]);
	const seg = A.segment[i];
	if (R.segments[j].length === 0) return !isEnterprise(seg);
	return hasSkill(R.segments[j], seg);
}

export type SkillTest = (kind: SkillKind, i: number, j: number) => boolean;

/**
 * `skillOk` for every pair at table-lookup cost: account values are coded once and each rep is
 * checked once per distinct value, so a 50k × 100 book costs 5M lookups, not 5M string compares.
 * Built per call (never cached on the book) so edited skills are always seen.
 */
export function skillIndex(book: Book): SkillTest {
	const A = book.accounts;
	const p = book.reps.p;
	const tables = SKILLS.map((kind) => {
		const codes = new Int32Array(A.n);
		const firstOf: number[] = [];
		const seen = new Map<string, number>();
		for (let i = 0; i < A.n; i++) {
			const v = accountValue(book, kind, i);
			let c = seen.get(v);
			if (c === undefined) {
				c = firstOf.length;
				seen.set(v, c);
				firstOf.push(i);
			}
			codes[i] = c;
		}
		const k = firstOf.length;
		const ok = new Uint8Array(p * k);
		for (let j = 0; j < p; j++)
			for (let c = 0; c < k; c++) ok[j * k + c] = skillOk(book, kind, firstOf[c], j) ? 1 : 0;
		return { codes, ok, k };
	});
	const at = { industry: 0, language: 1, segment: 2 } as const;
	return (kind, i, j) => {
		const t = tables[at[kind]];
		return t.ok[j * t.k + t.codes[i]] === 1;
	};
}

function accountValue(book: Book, kind: SkillKind, i: number): string {
	const A = book.accounts;
	return kind === 'industry' ? A.industry[i] : kind === 'language' ? A.language[i] : A.segment[i];
}

export interface PairRules {
	/** 1 = allowed, row-major n*p; null = all allowed. */
	allowed: Uint8Array | null;
	/** Rep index each locked account must keep, -1 = free. */
	lockedTo: Int32Array;
	/** Why each lock exists, for explanations ('manual', 'active opportunity', 'ARR ≥ X'). */
	lockReason: string[];
	conflicts: ConflictExplanation[];
	notes: string[];
}

export function buildPairRules(book: Book, settings: PlanSettings): PairRules {
	const A = book.accounts;
	const R = book.reps;
	const { n, p } = { n: A.n, p: R.p };
	const hard = SKILLS.filter((k) => settings.skills[k]);
	const conflicts: ConflictExplanation[] = [];
	const notes: string[] = [];
	const lockedTo = new Int32Array(n).fill(-1);
	const lockReason = new Array<string>(n).fill('');
	const repIndex = new Map(R.id.map((id, j) => [id, j]));
	const accIndex = new Map(A.id.map((id, i) => [id, i]));
	for (const [accId, repId] of Object.entries(settings.locks.manual)) {
		const i = accIndex.get(accId);
		const j = repIndex.get(repId);
		if (i === undefined) notes.push(`manual lock for unknown account ${accId} was ignored`);
		else if (j === undefined)
			conflicts.push({
				rules: ['lock'],
				message: `account ${accId} is locked to ${repId}, which is not in the rep list`
			});
		else {
			lockedTo[i] = j;
			lockReason[i] = 'manual lock';
		}
	}
	const arr = A.metrics.arr;
	const arrMin = settings.locks.arrAtLeast;
	for (let i = 0; i < n; i++) {
		if (lockedTo[i] >= 0 || A.owner[i] < 0) continue;
		if (settings.locks.activeOpportunity && A.activeOpportunity[i] === 1) {
			lockedTo[i] = A.owner[i];
			lockReason[i] = 'active opportunity';
		} else if (arrMin !== null && arr && arr[i] >= arrMin) {
			lockedTo[i] = A.owner[i];
			lockReason[i] = `ARR ${fmt(arr[i])} ≥ ${fmt(arrMin)}`;
		}
	}
	const anyRule = hard.length > 0 || lockedTo.some((j) => j >= 0);
	if (!anyRule) return { allowed: null, lockedTo, lockReason, conflicts, notes };
	const ok = skillIndex(book);
	const allowed = new Uint8Array(n * p);
	for (let i = 0; i < n; i++) {
		let count = 0;
		for (let j = 0; j < p; j++) {
			const fine = hard.every((k) => ok(k, i, j)) && (lockedTo[i] < 0 || lockedTo[i] === j);
			allowed[i * p + j] = fine ? 1 : 0;
			count += fine ? 1 : 0;
		}
		if (count > 0 || conflicts.length >= 20) continue;
		const lj = lockedTo[i];
		const missing = hard.filter((k) => lj >= 0 && !skillOk(book, k, i, lj));
		if (lj >= 0 && missing.length > 0)
			conflicts.push({
				rules: ['lock', ...missing.map((k) => `skill:${k}`)],
				message: `account ${A.id[i]} is locked to ${R.id[lj]} (${lockReason[i]}), who lacks ${missing.map((k) => accountValue(book, k, i)).join(' and ')}`
			});
		else
			conflicts.push({
				rules: hard.map((k) => `skill:${k}`),
				message: `account ${A.id[i]} has no allowed rep: no rep covers ${hard.map((k) => `${k} ${accountValue(book, k, i) || '(blank)'}`).join(', ')}`
			});
	}
	if (conflicts.length === 0) conflicts.push(...skillPigeonhole(book, settings, hard, ok));
	return { allowed, lockedTo, lockReason, conflicts, notes };
}

/** "320 enterprise accounts but enterprise reps can take 300", per skill value and capacity. */
function skillPigeonhole(
	book: Book,
	s: PlanSettings,
	hard: SkillKind[],
	ok: SkillTest
): ConflictExplanation[] {
	const A = book.accounts;
	const R = book.reps;
	const out: ConflictExplanation[] = [];
	const work = A.metrics.workload;
	for (const kind of hard) {
		const groups = new Map<string, number[]>();
		for (let i = 0; i < A.n; i++) {
			const v = accountValue(book, kind, i);
			let restricted = false;
			for (let j = 0; j < R.p && !restricted; j++) restricted = !ok(kind, i, j);
			if (!restricted) continue;
			const g = groups.get(v);
			if (g) g.push(i);
			else groups.set(v, [i]);
		}
		for (const [value, members] of groups) {
			const i0 = members[0];
			const reps = R.id.map((_, j) => j).filter((j) => skillOk(book, kind, i0, j));
			const label = kind === 'segment' ? value.toLowerCase() : `${value}`;
			const who = kind === 'language' ? `reps who speak ${value}` : `${label} reps`;
			if (s.capacity.accounts) {
				const cap = reps.reduce((t, j) => t + capOf(R.capacityAccounts[j]), 0);
				if (members.length > cap)
					out.push({
						rules: [`skill:${kind}`, 'capacity:accounts'],
						message: `${fmt(members.length, 0)} ${label} accounts but ${who} can take ${fmt(cap, 0)}`
					});
			}
			if (s.capacity.workload && work) {
				const cap = reps.reduce((t, j) => t + capOf(R.capacityWorkload[j]), 0);
				const need = members.reduce((t, i) => t + (Number.isFinite(work[i]) ? work[i] : 0), 0);
				if (need > cap + 1e-9)
					out.push({
						rules: [`skill:${kind}`, 'capacity:workload'],
						message: `${label} accounts need ${fmt(need)} workload but ${who} can take ${fmt(cap)}`
					});
			}
		}
	}
	return out;
}

function capOf(v: number): number {
	return Number.isFinite(v) ? v : Infinity;
}

/** Soft fit: number of skill mismatches of pair (i, j) among skills that are not hard rules. */
export function fitMismatch(ok: SkillTest, settings: PlanSettings, i: number, j: number): number {
	let m = 0;
	for (const k of SKILLS) if (!settings.skills[k] && !ok(k, i, j)) m++;
	return m;
}

/** Words for the fit a pair has or lacks ("industry match: Healthcare"). */
export function fitWords(
	book: Book,
	i: number,
	j: number
): { matches: string[]; misses: string[] } {
	const matches: string[] = [];
	const misses: string[] = [];
	for (const k of SKILLS) {
		const v = accountValue(book, k, i);
		if (!v) continue;
		(skillOk(book, k, i, j) ? matches : misses).push(`${k} ${v}`);
	}
	return { matches, misses };
}
