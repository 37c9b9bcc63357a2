/** Books, plans and random scenarios shared by the scenario tests (not used by the app). */
import type { Book } from '../core/book';
import { DEFAULT_SETTINGS, type PlanSettings } from '../core/settings';
import { generateBook } from '../samples/generate';
import { createRng, type Rng } from '../samples/prng';
import type { BookEdit } from '../whatif/book-edits';
import { buildScenario, type Scenario } from './scenario';

export const smallBook = (): Book => generateBook({ accounts: 300, reps: 12, seed: 7 }).book;

/** A plan that gives `moves` random accounts a different (or no) owner, and locks a few. */
export function randomPlan(book: Book, rng: Rng, moves: number) {
	const A = book.accounts;
	const assignment = Int32Array.from(A.owner);
	const order = Array.from({ length: A.n }, (_, i) => i);
	for (let k = 0; k < Math.min(moves, A.n); k++) {
		const s = k + rng.int(A.n - k);
		[order[k], order[s]] = [order[s], order[k]];
		const i = order[k];
		let j = rng.chance(0.02) ? -1 : rng.int(book.reps.p);
		if (j === A.owner[i]) j = (j + 1) % book.reps.p;
		assignment[i] = j;
	}
	const locked = new Uint8Array(A.n);
	for (let i = 0; i < A.n; i++) if (rng.chance(0.03)) locked[i] = 1;
	return { assignment, locked };
}

const WORDS = ['Q3', 'West', 'plan', 'naïve', '東京', '🙂', '<b>', '"quoted"', 'a\\b', 'tab\there'];

function words(rng: Rng, n: number): string {
	return Array.from({ length: n }, () => rng.pick(WORDS)).join(' ');
}

export function randomSettings(rng: Rng, book: Book): PlanSettings {
	const manual: Record<string, string> = {};
	for (let k = rng.int(4); k > 0; k--)
		manual[book.accounts.id[rng.int(book.accounts.n)]] = book.reps.id[rng.int(book.reps.p)];
	return {
		...DEFAULT_SETTINGS,
		weights: { travel: rng.next() * 5, balance: rng.int(10), continuity: 0, fit: rng.next() },
		balance: [{ metric: 'potential', tolerance: rng.next(), hard: rng.chance(0.5) }],
		locks: {
			activeOpportunity: rng.chance(0.5),
			arrAtLeast: rng.chance(0.5) ? null : rng.int(100000),
			manual
		},
		moveCap: { max: rng.chance(0.5) ? null : rng.int(500), metric: null },
		travel: { mode: rng.pick(['haversine', 'euclidean', 'pairs'] as const), weightMetric: null },
		timeLimitSeconds: 1 + rng.int(120)
	};
}

/** What-if edits that keep the base reps in place (a new rep is appended at index p). */
export function randomEdits(rng: Rng, book: Book): BookEdit[] {
	const R = book.reps;
	return [
		{
			kind: 'rep-joins',
			rep: {
				id: `NEW-${rng.int(1000)}`,
				name: words(rng, 2),
				lat: 25 + rng.next() * 20,
				lon: -120 + rng.next() * 45,
				...(rng.chance(0.5) ? { ramp: 0.5, segments: ['SMB'] } : {})
			}
		},
		{ kind: 'rep-capacity', repId: R.id[rng.int(R.p)], ramp: 0.25 + rng.next() },
		{ kind: 'scale-potential', filter: { segment: book.accounts.segment[0] }, factor: 1.3 }
	];
}

export function randomScenario(
	seed: number,
	book = smallBook()
): { book: Book; scenario: Scenario } {
	const rng = createRng(seed);
	const { assignment, locked } = randomPlan(book, rng, rng.int(book.accounts.n));
	const edits = rng.chance(0.5) ? randomEdits(rng, book) : [];
	// Some accounts go to the new rep (index p on the edited book).
	if (edits.length) for (let i = 0; i < book.accounts.n; i += 7) assignment[i] = book.reps.p;
	const scenario = buildScenario(book, assignment, randomSettings(rng, book), {
		edits,
		name: words(rng, 1 + rng.int(6)),
		notes: rng.chance(0.5) ? '' : words(rng, rng.int(40)) + '\nsecond line',
		locked,
		metrics: rng.chance(0.5) ? undefined : { moved: rng.int(300), balance: rng.next() }
	});
	return { book, scenario };
}
