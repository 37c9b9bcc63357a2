/** The user's pairs table (account, rep, cost, optional workload) as travel costs and workloads. */
import type { Book } from '../core/book';

export interface PairInput {
	accountId: string;
	repId: string;
	cost: number;
	workload?: number;
}

/** Fills distance from the pairs table; returns per-pair workload (account's own when absent). */
export function applyPairs(
	book: Book,
	pairs: PairInput[],
	distance: Float64Array
): { workload: Float64Array | null; missing: number } | string {
	const A = book.accounts;
	const p = book.reps.p;
	const acc = new Map(A.id.map((id, i) => [id, i]));
	const rep = new Map(book.reps.id.map((id, j) => [id, j]));
	const base = A.metrics.workload;
	let workload: Float64Array | null = null;
	for (let r = 0; r < pairs.length; r++) {
		const row = pairs[r];
		const i = acc.get(row.accountId);
		const j = rep.get(row.repId);
		if (i === undefined)
			return `pairs row ${r + 1}: account_id "${row.accountId}" is not in the accounts file`;
		if (j === undefined) return `pairs row ${r + 1}: rep_id "${row.repId}" is not in the reps file`;
		if (!Number.isFinite(row.cost)) return `pairs row ${r + 1}: cost is not a number`;
		distance[i * p + j] = row.cost;
		if (row.workload !== undefined && Number.isFinite(row.workload)) {
			if (!workload) {
				workload = new Float64Array(A.n * p);
				for (let i2 = 0; i2 < A.n; i2++)
					for (let j2 = 0; j2 < p; j2++)
						workload[i2 * p + j2] = base && Number.isFinite(base[i2]) ? base[i2] : 0;
			}
			workload[i * p + j] = row.workload;
		}
	}
	let missing = 0;
	for (const v of distance) if (Number.isNaN(v)) missing++;
	return { workload, missing };
}
