import { describe, expect, it } from 'vitest';
import type { AssignmentModel } from '../engine/model';
import { verifyAssignment } from '../engine/verify';
import { nodeSpawn } from './node-spawn';
import { SolverClient } from './solver.client';

function model(n: number, p: number): AssignmentModel {
	return {
		n,
		p,
		cost: new Float64Array(n * p).map((_, k) => (k * 7919) % 101),
		allowed: null,
		resources: [],
		moveCap: null
	};
}

describe('nodeSpawn (real worker_threads)', () => {
	it('solves in a worker thread, then cancel terminates it and the next solve respawns', async () => {
		const client = new SolverClient(nodeSpawn());
		const m = model(40, 4);
		let progress = 0;
		const out = await client.solve(
			{ model: m },
			{ timeLimitSeconds: 1, onProgress: () => progress++ }
		);
		expect(out.kind).toBe('result');
		if (out.kind !== 'result' || !('assignment' in out.result) || !out.result.assignment)
			throw new Error(`no plan: ${JSON.stringify(out)}`);
		expect(out.result.assignment).toBeInstanceOf(Int32Array);
		expect(verifyAssignment(m, out.result.assignment)).toEqual([]);
		expect(progress).toBeGreaterThan(0);
		const job = client.solve({ model: model(2000, 16) }, { timeLimitSeconds: 30 });
		client.cancel();
		expect((await job).kind).toBe('cancelled');
		const again = await client.solve({ model: m }, { timeLimitSeconds: 1 });
		expect(again.kind === 'result' && again.result.status).toMatch(/optimal|feasible/);
		client.dispose();
	});
});
