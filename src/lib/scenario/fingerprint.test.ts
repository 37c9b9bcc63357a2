import { describe, expect, it } from 'vitest';
import type { Book } from '../core/book';
import { generateBook } from '../samples/generate';
import { compareFingerprints, fingerprint } from './fingerprint';

const small = () => generateBook({ accounts: 300, reps: 12, seed: 7 }).book;

/** A deep copy with the rows in reverse order (same data, another file order). */
function reversed(book: Book): Book {
	const A = book.accounts;
	const rev = <T>(a: ArrayLike<T>): T[] => Array.from(a).reverse();
	return {
		reps: book.reps,
		accounts: {
			...A,
			id: rev(A.id),
			ownerId: rev(A.ownerId),
			owner: Int32Array.from(rev(A.owner)),
			activeOpportunity: Uint8Array.from(rev(A.activeOpportunity)),
			metrics: Object.fromEntries(
				Object.entries(A.metrics).map(([k, v]) => [k, Float64Array.from(rev(v))])
			)
		}
	};
}

function withAccounts(
	book: Book,
	change: (a: Book['accounts']) => Partial<Book['accounts']>
): Book {
	return { ...book, accounts: { ...book.accounts, ...change(book.accounts) } };
}

describe('fingerprint', () => {
	it('is equal for identical books and for the same rows in another order', () => {
		const a = fingerprint(small());
		expect(fingerprint(small())).toEqual(a);
		const r = fingerprint(reversed(small()));
		expect(r.hash).toBe(a.hash);
		expect(compareFingerprints(a, r)).toEqual({ same: true, differences: [] });
	});

	it('counts fewer accounts in plain words', () => {
		const book = small();
		const fewer = withAccounts(book, (A) => ({ n: A.n - 2, id: A.id.slice(0, -2) }));
		const c = compareFingerprints(fingerprint(book), fingerprint(fewer));
		expect(c.same).toBe(false);
		expect(c.differences).toEqual([
			'The accounts file has 298 accounts; the scenario was made on 300.'
		]);
	});

	it('says when ids differ at the same count', () => {
		const book = small();
		const other = withAccounts(book, (A) => ({ id: A.id.map((id, i) => (i === 5 ? 'X-1' : id)) }));
		expect(compareFingerprints(fingerprint(book), fingerprint(other)).differences).toEqual([
			'Same number of accounts (300) but different account ids.'
		]);
	});

	it('says when owners differ', () => {
		const book = small();
		const other = withAccounts(book, (A) => ({
			ownerId: A.ownerId.map((o, i) =>
				i === 3 ? book.reps.id[0] + (o === book.reps.id[0] ? 'x' : '') : o
			)
		}));
		expect(compareFingerprints(fingerprint(book), fingerprint(other)).differences).toEqual([
			'Same accounts but the current owners differ.'
		]);
	});

	for (const name of ['potential', 'arr', 'workload'])
		it(`says when ${name} values differ, or the column is gone`, () => {
			const book = small();
			const changed = Float64Array.from(book.accounts.metrics[name]);
			changed[10] += 1;
			const other = withAccounts(book, (A) => ({ metrics: { ...A.metrics, [name]: changed } }));
			const made = fingerprint(book);
			expect(compareFingerprints(made, fingerprint(other)).differences).toEqual([
				`Same accounts but ${name} values differ.`
			]);
			const rest = { ...book.accounts.metrics };
			delete rest[name];
			const gone = withAccounts(book, () => ({ metrics: rest }));
			expect(compareFingerprints(made, fingerprint(gone)).differences).toEqual([
				`The scenario's data had a ${name} column; the loaded accounts have none.`
			]);
		});

	it('says when open opportunities differ', () => {
		const book = small();
		const flags = Uint8Array.from(book.accounts.activeOpportunity);
		flags[0] ^= 1;
		const other = withAccounts(book, () => ({ activeOpportunity: flags }));
		expect(compareFingerprints(fingerprint(book), fingerprint(other)).differences).toEqual([
			'Same accounts but open-opportunity values differ.'
		]);
	});

	it('names a missing rep and a new one', () => {
		const book = small();
		const R = book.reps;
		const missing = { ...book, reps: { ...R, p: R.p - 1, id: R.id.filter((_, j) => j !== 4) } };
		const made = fingerprint(book);
		expect(compareFingerprints(made, fingerprint(missing)).differences).toEqual([
			`Rep ${R.id[4]} missing from the reps file.`
		]);
		const renamed = { ...book, reps: { ...R, id: R.id.map((id, j) => (j === 4 ? 'R-NEW' : id)) } };
		expect(compareFingerprints(made, fingerprint(renamed)).differences).toEqual([
			`Rep ${R.id[4]} missing from the reps file.`,
			`Rep R-NEW not in the scenario's data.`
		]);
	});

	it('falls back to counts when rep lists are not kept', () => {
		const book = small();
		const made = { ...fingerprint(book), repList: null };
		const R = book.reps;
		const fewer = fingerprint({ ...book, reps: { ...R, p: R.p - 1, id: R.id.slice(1) } });
		expect(compareFingerprints(made, fewer).differences).toEqual([
			'The reps file has 11 reps; the scenario was made on 12.'
		]);
	});

	it('treats NaN and -0 consistently', () => {
		const book = small();
		const a = Float64Array.from(book.accounts.metrics.arr);
		a[0] = NaN;
		a[1] = 0;
		const b = Float64Array.from(a);
		b[0] = Number('x');
		b[1] = -0;
		const x = withAccounts(book, (A) => ({ metrics: { ...A.metrics, arr: a } }));
		const y = withAccounts(book, (A) => ({ metrics: { ...A.metrics, arr: b } }));
		expect(fingerprint(x).hash).toBe(fingerprint(y).hash);
	});
});

describe('fingerprint of rep details', () => {
	const withReps = (book: Book, change: (r: Book['reps']) => Partial<Book['reps']>): Book => ({
		...book,
		reps: { ...book.reps, ...change(book.reps) }
	});
	const bump = (a: Float64Array, j: number, v: number) => {
		const out = Float64Array.from(a);
		out[j] = v;
		return out;
	};

	it('names each changed aspect of the reps file', () => {
		const book = small();
		const made = fingerprint(book);
		const cases: [Book, string][] = [
			[
				withReps(book, (R) => ({ capacityAccounts: bump(R.capacityAccounts, 2, 1) })),
				'Same reps but their capacities changed in the reps file.'
			],
			[
				withReps(book, (R) => ({ minAccounts: bump(R.minAccounts, 0, 3) })),
				'Same reps but their capacities changed in the reps file.'
			],
			[
				withReps(book, (R) => ({ ramp: bump(R.ramp, 1, 0.25) })),
				'Same reps but their ramp changed in the reps file.'
			],
			[
				withReps(book, (R) => ({
					languages: R.languages.map((l, j) => (j ? l : [...l, 'Klingon']))
				})),
				'Same reps but their skills changed in the reps file.'
			],
			[
				withReps(book, (R) => ({ lat: bump(R.lat, 5, 10), ramp: bump(R.ramp, 5, 0.3) })),
				'Same reps but their ramp and base locations changed in the reps file.'
			]
		];
		for (const [other, sentence] of cases)
			expect(compareFingerprints(made, fingerprint(other)).differences).toEqual([sentence]);
	});

	it('ignores rep order and skill order or case, and keeps the old hash comparable', () => {
		const book = small();
		const R = book.reps;
		const order = Array.from({ length: R.p }, (_, j) => R.p - 1 - j);
		const f64 = (a: Float64Array) => Float64Array.from(order, (j) => a[j]);
		const shuffled = withReps(book, () => ({
			id: order.map((j) => R.id[j]),
			lat: f64(R.lat),
			lon: f64(R.lon),
			capacityAccounts: f64(R.capacityAccounts),
			capacityWorkload: f64(R.capacityWorkload),
			minAccounts: f64(R.minAccounts),
			ramp: f64(R.ramp),
			industries: order.map((j) => [...R.industries[j]].reverse()),
			languages: order.map((j) => R.languages[j].map((s) => s.toUpperCase())),
			segments: order.map((j) => R.segments[j])
		}));
		const a = fingerprint(book);
		const b = fingerprint(shuffled);
		expect(b.repDetails).toEqual(a.repDetails);
		// A fingerprint saved before rep details existed still matches the same data.
		const old = { ...a };
		delete old.repDetails;
		expect(compareFingerprints(old, fingerprint(book))).toEqual({ same: true, differences: [] });
		const changed = withReps(book, (R2) => ({ ramp: bump(R2.ramp, 0, 0.1) }));
		expect(compareFingerprints(old, fingerprint(changed)).same).toBe(true);
		expect(fingerprint(changed).hash).toBe(a.hash);
	});
});
