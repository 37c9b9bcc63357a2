/**
 * Only an outcome carrying a plan yields one; everything else turns into a message (and conflicts
 * for infeasible rules), so the planner never replaces the working plan with nothing.
 */
import { describe, expect, it } from 'vitest';
import type { SolveResult } from '$lib/engine/result';
import { readOutcome } from './solve-outcome';

const stats = { seconds: 1, firstFeasibleSeconds: null, iterations: 0, method: 'test' };
const result = (r: SolveResult) => ({ id: 1, kind: 'result' as const, result: r });

describe('readOutcome', () => {
	it('applies an optimal plan without a message', () => {
		const plan = Int32Array.of(0, 1);
		const r = readOutcome(
			result({ status: 'optimal', assignment: plan, objective: 1, bound: 1, gap: 0, stats }),
			'Balanced'
		);
		expect(r.plan).toBe(plan);
		expect(r.message).toBeNull();
		expect(r.summary.status).toBe('optimal');
	});

	it('applies a timeout plan with a notice, but not a timeout without one', () => {
		const plan = Int32Array.of(1);
		const base = { status: 'timeout' as const, objective: 2, bound: 1, stats };
		const withPlan = readOutcome(result({ ...base, assignment: plan }), 'x');
		expect(withPlan.plan).toBe(plan);
		expect(withPlan.message?.kind).toBe('info');
		const without = readOutcome(result({ ...base, assignment: null, objective: null }), 'x');
		expect(without.plan).toBeNull();
		expect(without.message?.kind).toBe('info');
	});

	it('returns conflicts for infeasible rules and an error message for a crash', () => {
		const conflicts = [{ rules: ['capacity'], message: 'Too few seats.' }];
		const inf = readOutcome(result({ status: 'infeasible', conflicts, stats }), 'x');
		expect(inf).toMatchObject({ plan: null, conflicts, message: { kind: 'error' } });
		const err = readOutcome(result({ status: 'error', message: 'boom', stats }), 'x');
		expect(err).toMatchObject({ plan: null, conflicts: [], message: { kind: 'error' } });
		expect(err.message?.text).toContain('boom');
	});

	it('reports a cancel as information', () => {
		const r = readOutcome({ id: 1, kind: 'cancelled' }, 'x');
		expect(r).toMatchObject({ plan: null, message: { kind: 'info' } });
	});
});
