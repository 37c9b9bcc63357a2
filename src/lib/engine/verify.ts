/**
 * Hard-rule verifier, deliberately independent of every solver: it re-derives each rule from the
 * model (one allowed rep per account, every hard resource band, the move cap) and lists each
 * violation in words. Every solver test runs its plans through it.
 */
import type { AssignmentModel } from './model';

const TOL = 1e-6;

function label(ids: string[] | undefined, k: number, kind: string): string {
	return ids?.[k] ? `${kind} ${ids[k]}` : `${kind} #${k}`;
}

function exceeds(value: number, limit: number): boolean {
	return value > limit + TOL * Math.max(1, Math.abs(limit));
}

export function verifyAssignment(model: AssignmentModel, a: Int32Array): string[] {
	const { n, p } = model;
	const violations: string[] = [];
	if (a.length !== n) {
		violations.push(`plan has ${a.length} entries for ${n} accounts`);
		return violations;
	}
	for (let i = 0; i < n; i++) {
		const j = a[i];
		const acc = label(model.accountIds, i, 'account');
		if (!Number.isInteger(j) || j < 0 || j >= p) violations.push(`${acc} is not assigned to a rep`);
		else if (model.allowed !== null && model.allowed[i * p + j] !== 1)
			violations.push(
				`${acc} is assigned to ${label(model.repIds, j, 'rep')}, which is not allowed`
			);
	}
	for (const r of model.resources) {
		if (r.softPenalty > 0) continue;
		const load = new Float64Array(p);
		for (let i = 0; i < n; i++) {
			const j = a[i];
			if (j < 0 || j >= p) continue;
			load[j] += r.perPair ? r.weight[i * p + j] : r.weight[i];
		}
		for (let j = 0; j < p; j++) {
			const rep = label(model.repIds, j, 'rep');
			if (exceeds(load[j], r.hi[j]))
				violations.push(`${rep}: ${r.name} ${load[j]} is above the maximum ${r.hi[j]}`);
			if (exceeds(-load[j], -r.lo[j]))
				violations.push(`${rep}: ${r.name} ${load[j]} is below the minimum ${r.lo[j]}`);
		}
	}
	const cap = model.moveCap;
	if (cap) {
		let moved = 0;
		for (let i = 0; i < n; i++)
			if (cap.owner[i] >= 0 && a[i] !== cap.owner[i]) moved += cap.weight[i];
		if (exceeds(moved, cap.max)) violations.push(`moves ${moved} exceed the move cap ${cap.max}`);
	}
	return violations;
}
