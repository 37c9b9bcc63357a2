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
