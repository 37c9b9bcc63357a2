import { describe, expect, it } from 'vitest';
import { resolveOwners, type Book } from '../core/book';
import { generateBook } from '../samples/generate';
import { applyBookEdits, copyBook, matchAccounts, type BookEdit } from './book-edits';

const book = (): Book => generateBook({ accounts: 400, reps: 10, seed: 3 }).book;

function edited(b: Book, edits: BookEdit[]): Book {
	const r = applyBookEdits(b, edits);
	if (!r.ok) throw new Error(r.error);
	return r.book;
}

/** Every column has one entry per row, and owner indices agree with owner ids. */
function expectConsistent(b: Book) {
	const R = b.reps;
	for (const col of [R.id, R.name, R.lat, R.lon, R.zip, R.capacityAccounts, R.capacityWorkload])
		expect(col.length).toBe(R.p);
	for (const col of [R.minAccounts, R.industries, R.languages, R.segments, R.ramp, R.startDate])
		expect(col.length).toBe(R.p);
	expect([...b.accounts.owner]).toEqual([...resolveOwners(b.accounts, R)]);
}

describe('applyBookEdits', () => {
	it('removes a leaving rep, leaves their accounts unowned and re-maps the others', () => {
		const b = book();
		const before = JSON.stringify(copyBook(b), (_, v) =>
			ArrayBuffer.isView(v) ? [...(v as Float64Array)] : v
		);
		const leaving = b.reps.id[3];
		const theirs = [...b.accounts.owner].filter((o) => o === 3).length;
		const out = edited(b, [{ kind: 'rep-leaves', repId: leaving }]);
		expect(out.reps.p).toBe(9);
		expect(out.reps.id).not.toContain(leaving);
		expect([...out.accounts.owner].filter((o) => o === -1).length).toBe(
			theirs + [...b.accounts.owner].filter((o) => o === -1).length
		);
		for (let i = 0; i < b.accounts.n; i++) {
			const o = b.accounts.owner[i];
			if (o >= 0 && o !== 3) expect(out.reps.id[out.accounts.owner[i]]).toBe(b.reps.id[o]);
		}
		expectConsistent(out);
		// The input is untouched.
		expect(
			JSON.stringify(b, (_, v) => (ArrayBuffer.isView(v) ? [...(v as Float64Array)] : v))
		).toBe(before);
	});

	it('adds a joining rep as a generalist with the mean full-time capacity scaled by ramp', () => {
		const b = book();
		const out = edited(b, [
			{ kind: 'rep-joins', rep: { id: 'NEW-1', lat: 40.7, lon: -74, ramp: 0.5 } }
		]);
		expect(out.reps.p).toBe(11);
		const j = 10;
		expect(out.reps.id[j]).toBe('NEW-1');
		expect(out.reps.name[j]).toBe('NEW-1');
		expect(out.reps.segments[j]).toEqual([]);
		expect(out.reps.ramp[j]).toBe(0.5);
		let full = 0;
		for (let k = 0; k < 10; k++) full += b.reps.capacityAccounts[k] / (b.reps.ramp[k] || 1);
		expect(out.reps.capacityAccounts[j]).toBeCloseTo((full / 10) * 0.5, 9);
		expect([...out.accounts.owner]).toEqual([...b.accounts.owner]);
		expectConsistent(out);
	});

	it('changes ramp and scales the capacities it does not set', () => {
		const b = book();
		const id = b.reps.id[0];
		const out = edited(b, [{ kind: 'rep-capacity', repId: id, ramp: 0.5, capacityWorkload: 99 }]);
		expect(out.reps.ramp[0]).toBe(0.5);
		expect(out.reps.capacityAccounts[0]).toBeCloseTo(
			(b.reps.capacityAccounts[0] * 0.5) / b.reps.ramp[0]
		);
		expect(out.reps.capacityWorkload[0]).toBe(99);
		expect(b.reps.ramp[0]).not.toBe(0.5);
	});

	it('scales the potential of matching accounts only', () => {
		const b = book();
		const seg = b.accounts.segment[0];
		const out = edited(b, [
			{ kind: 'scale-potential', filter: { segment: seg.toUpperCase() }, factor: 1.5 }
		]);
		const hit = matchAccounts(b.accounts, { segment: seg });
		expect(hit.some((h) => h === 0)).toBe(true);
		for (let i = 0; i < b.accounts.n; i++)
			expect(out.accounts.metrics.potential[i]).toBeCloseTo(
				b.accounts.metrics.potential[i] * (hit[i] ? 1.5 : 1)
			);
		expect(out.accounts.metrics.arr).toEqual(b.accounts.metrics.arr);
	});

	it('applies edits in order and names the one that fails', () => {
		const b = book();
		const id = b.reps.id[1];
		const cases: [BookEdit[], RegExp][] = [
			[[{ kind: 'rep-leaves', repId: 'nobody' }], /Change 1 of 1: .*no rep “nobody”/],
			[
				[
					{ kind: 'rep-leaves', repId: id },
					{ kind: 'rep-capacity', repId: id, ramp: 0.5 }
				],
				/Change 2 of 2: .*no rep/
			],
			[[{ kind: 'rep-joins', rep: { id, lat: 1, lon: 1 } }], /already a rep's/],
			[[{ kind: 'rep-joins', rep: { id: 'X', lat: 91, lon: 1 } }], /latitude/],
			[[{ kind: 'rep-joins', rep: { id: 'X', lat: NaN, lon: 1 } }], /latitude/],
			[[{ kind: 'rep-joins', rep: { id: '', lat: 1, lon: 1 } }], /needs an id/],
			[[{ kind: 'rep-joins', rep: { id: 'X', lat: 1, lon: 1, ramp: 0 } }], /ramp/],
			[[{ kind: 'rep-capacity', repId: id, capacityAccounts: -1 }], /account capacity/],
			[[{ kind: 'rep-capacity', repId: id, ramp: Infinity }], /ramp/],
			[[{ kind: 'scale-potential', filter: { state: 'CA' }, factor: -1 }], /factor/],
			[[{ kind: 'scale-potential', filter: { state: 'CA' }, factor: NaN }], /factor/],
			[[{ kind: 'scale-potential', filter: {}, factor: 2 }], /segment, a state or an industry/],
			[
				[{ kind: 'scale-potential', filter: { state: 'Atlantis' }, factor: 2 }],
				/matches no account/
			],
			[
				[{ kind: 'scale-potential', filter: { state: 'CA' }, factor: 2, metric: 'nope' }],
				/not a column/
			],
			[[{ kind: 'teleport' } as unknown as BookEdit], /unknown kind/]
		];
		for (const [edits, error] of cases) {
			const r = applyBookEdits(b, edits);
			expect(r.ok, JSON.stringify(edits)).toBe(false);
			if (!r.ok) expect(r.error).toMatch(error);
		}
	});

	it('joins and leaves in one sequence keep the book consistent', () => {
		const b = book();
		const out = edited(b, [
			{ kind: 'rep-joins', rep: { id: 'N1', lat: 34, lon: -118 } },
			{ kind: 'rep-leaves', repId: b.reps.id[0] },
			{ kind: 'rep-leaves', repId: 'N1' },
			{ kind: 'rep-joins', rep: { id: 'N2', name: 'Ana', lat: 34, lon: -118, segments: ['SMB'] } }
		]);
		expect(out.reps.p).toBe(10);
		expect(out.reps.id.at(-1)).toBe('N2');
		expect(out.reps.segments.at(-1)).toEqual(['SMB']);
		expectConsistent(out);
	});
});
