/**
 * Planner edit latency: 1,000 random single-account moves through EditSession (the diff, the
 * undo entry and the incremental metric update), then the metrics snapshot the UI reads after
 * each edit, then everything the workspace recomputes per edit (assessment: scorecard, bars,
 * Lorenz, rep rows; and the changes list), and an undo; a full metric recompute is the comparison.
 */
import { DEFAULT_SETTINGS } from '../../src/lib/core/settings';
import { mulberry32 } from '../../src/lib/engine/prng';
import { createMetricsContext } from '../../src/lib/metrics/context';
import { computeMetrics } from '../../src/lib/metrics/plan-metrics';
import { assessPlan } from '../../src/lib/planner/assessment';
import { planChanges } from '../../src/lib/planner/changes';
import { EditSession } from '../../src/lib/planner/edit-session';
import { generateBook } from '../../src/lib/samples/generate';
import type { BenchRow } from './table';

export const title = 'Planner edits: latency per single-account move (EditSession)';

const CASES = [
	{ n: 5000, p: 40 },
	{ n: 50000, p: 400 }
];
const EDITS = 1000;

function quantile(ms: number[], q: number): number {
	const v = ms.slice().sort((a, b) => a - b);
	return v[Math.min(v.length - 1, Math.floor(q * v.length))];
}

export async function run(): Promise<BenchRow[]> {
	const rows: BenchRow[] = [];
	for (const c of CASES) {
		const { book } = generateBook({ accounts: c.n, reps: c.p, seed: 20260101, zips: null });
		const ctx = createMetricsContext(book, DEFAULT_SETTINGS);
		const session = new EditSession(book, ctx, book.accounts.owner);
		const rnd = mulberry32(17);
		const move: number[] = [];
		const withSnapshot: number[] = [];
		const undo: number[] = [];
		const views: number[] = [];
		for (let k = 0; k < EDITS; k++) {
			const i = Math.floor(rnd() * c.n);
			const to = Math.floor(rnd() * c.p);
			const t0 = performance.now();
			session.reassign([i], to);
			const t1 = performance.now();
			const snapshot = session.metrics();
			const t2 = performance.now();
			const a = session.assignment as Int32Array;
			assessPlan(book, a, DEFAULT_SETTINGS, snapshot, 5, ctx);
			planChanges(book, a);
			const t3 = performance.now();
			move.push(t1 - t0);
			withSnapshot.push(t2 - t0);
			views.push(t3 - t0);
		}
		for (let k = 0; k < EDITS; k++) {
			const t0 = performance.now();
			session.undo();
			undo.push(performance.now() - t0);
		}
		const full: number[] = [];
		for (let k = 0; k < 20; k++) {
			const t0 = performance.now();
			computeMetrics(ctx, session.assignment as Int32Array);
			full.push(performance.now() - t0);
		}
		const ms = (v: number) => Number(v.toFixed(4));
		rows.push({
			size: `${c.n}×${c.p}`,
			'move median ms': ms(quantile(move, 0.5)),
			'move p95 ms': ms(quantile(move, 0.95)),
			'move+snapshot median ms': ms(quantile(withSnapshot, 0.5)),
			'move+snapshot p95 ms': ms(quantile(withSnapshot, 0.95)),
			'move+views median ms': ms(quantile(views, 0.5)),
			'move+views p95 ms': ms(quantile(views, 0.95)),
			'undo median ms': ms(quantile(undo, 0.5)),
			'full recompute median ms': ms(quantile(full, 0.5))
		});
	}
	return rows;
}
