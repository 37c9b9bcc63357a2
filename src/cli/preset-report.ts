/**
 * `npx tsx src/cli/preset-report.ts [--limit 10]`: solves every planner preset on the bundled
 * sample book and prints one row per preset (and one for today's book): fairness of potential and
 * workload, mean travel per account, potential-weighted travel, moved accounts, status and gap.
 * The numbers the presets are tuned against; not a timed benchmark.
 */
import { parseArgs } from 'node:util';
import { loadHighsNode } from '../../wasm/highs-node';
import { loadZipCentroidsSync } from '../lib/data/zip-centroids-node';
import { compileModel } from '../lib/engine/compile';
import { solve } from '../lib/engine/solve';
import { verifyAssignment } from '../lib/engine/verify';
import { createMetricsContext, type MetricsContext } from '../lib/metrics/context';
import { computeMetrics } from '../lib/metrics/plan-metrics';
import { PRESET_IDS, preset } from '../lib/planner/presets';
import { DEFAULT_SAMPLE, generateBook } from '../lib/samples/generate';
import { placesFromColumns } from '../lib/samples/places';

const { values } = parseArgs({ options: { limit: { type: 'string', default: '10' } } });
const limit = Number(values.limit);
const { book } = generateBook({
	...DEFAULT_SAMPLE,
	zips: placesFromColumns(loadZipCentroidsSync())
});
const potential = book.accounts.metrics.potential;

/** Σ potential × km / Σ potential: how far the money sits from its rep. */
function weightedKm(ctx: MetricsContext, plan: Int32Array): number {
	let num = 0;
	let den = 0;
	for (let i = 0; i < plan.length; i++) {
		if (plan[i] < 0) continue;
		num += potential[i] * ctx.distance(i, plan[i]);
		den += potential[i];
	}
	return den > 0 ? num / den : 0;
}

const rows: string[][] = [];
function row(name: string, ctx: MetricsContext, plan: Int32Array, tail: string[]): void {
	const m = computeMetrics(ctx, plan);
	rows.push([
		name,
		m.fairness.potential.cv.toFixed(3),
		m.fairness.workload.cv.toFixed(3),
		m.travel.meanPerAccount.toFixed(0),
		weightedKm(ctx, plan).toFixed(0),
		String(m.moves.count),
		...tail
	]);
}

const highs = await loadHighsNode();
row('current book', createMetricsContext(book), book.accounts.owner, ['', '', '', '']);
for (const id of PRESET_IDS) {
	const { settings } = preset(book, id, limit);
	const compiled = compileModel(book, settings);
	if (!compiled.ok) {
		rows.push([id, 'compile failed: ' + compiled.conflicts.map((c) => c.message).join('; ')]);
		continue;
	}
	const r = await solve(compiled.model, { timeLimitSeconds: limit, highs });
	const ctx = createMetricsContext(book, settings);
	if (r.status !== 'optimal' && r.status !== 'feasible') {
		rows.push([id, r.status]);
		continue;
	}
	const violations = verifyAssignment(compiled.model, r.assignment).length;
	row(id, ctx, r.assignment, [
		settings.moveCap.max === null ? '-' : String(settings.moveCap.max),
		r.status,
		(100 * r.gap).toFixed(1) + '%',
		String(violations)
	]);
}

const head = ['plan', 'CV pot', 'CV work', 'km/acct', 'km/$pot', 'moved', 'cap', 'status'];
const all = [[...head, 'gap', 'violations'], ...rows];
const widths = all[0].map((_, c) => Math.max(...all.map((r) => (r[c] ?? '').length)));
console.log(`sample book ${book.accounts.n} x ${book.reps.p}, ${limit} s per preset`);
for (const r of all)
	console.log('| ' + widths.map((w, c) => (r[c] ?? '').padEnd(w)).join(' | ') + ' |');
