import { describe, expect, it } from 'vitest';
import { loadHighsNode } from '../../../wasm/highs-node';
import type { AssignmentModel } from '../engine/model';
import { verifyAssignment } from '../engine/verify';
import { preset } from '../planner/presets';
import { generateBook } from '../samples/generate';
import { createSolverAdapter } from './solver-adapter';
import { SolverClient, type WorkerHandle } from './solver.client';
import { poolSize, SolverPool } from './solver-pool';
import type { SolverWorkerApi } from './solver-protocol';
import { modelBuffers } from './solver-protocol';

function model(n: number, p: number): AssignmentModel {
	const cost = new Float64Array(n * p).map((_, k) => (k * 7919) % 101);
	return {
		n,
		p,
		cost,
		allowed: null,
		resources: [
			{
				name: 'accounts',
				kind: 'capacity',
				weight: new Float64Array(n).fill(1),
				perPair: false,
				lo: new Float64Array(p).fill(-Infinity),
				hi: new Float64Array(p).fill(Math.ceil(n / p) + 1),
				softPenalty: 0
			}
		],
		moveCap: null
	};
}

/** In-process "worker": the real adapter, with terminate recorded. */
function fakeSpawn(log: string[], delayMs = 0): () => WorkerHandle {
	const adapter = createSolverAdapter(loadHighsNode);
	let k = 0;
	return () => {
		const me = ++k;
		log.push(`spawn ${me}`);
		const api: SolverWorkerApi = {
			solve: async (req, cb) => {
				if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
				return adapter.solve(req, cb);
			},
			explain: (req) => adapter.explain(req)
		};
		return { api, terminate: () => log.push(`terminate ${me}`) };
	};
}

describe('SolverClient', () => {
	it('solves through the adapter and reports progress', async () => {
		const log: string[] = [];
		const client = new SolverClient(fakeSpawn(log));
		const m = model(30, 3);
		let progress = 0;
		const out = await client.solve(
			{ model: m },
			{ timeLimitSeconds: 5, onProgress: () => progress++ }
		);
		expect(out.kind).toBe('result');
		if (out.kind !== 'result') return;
		expect(['optimal', 'feasible']).toContain(out.result.status);
		if (out.result.status === 'optimal' || out.result.status === 'feasible')
			expect(verifyAssignment(m, out.result.assignment)).toEqual([]);
		expect(progress).toBeGreaterThan(0);
		client.dispose();
	});

	it('latest wins: a new request supersedes the running one and restarts the worker', async () => {
		const log: string[] = [];
		const client = new SolverClient(fakeSpawn(log, 50));
		const first = client.solve({ model: model(20, 2) }, { timeLimitSeconds: 5 });
		const second = client.solve({ model: model(20, 2) }, { timeLimitSeconds: 5 });
		expect((await first).kind).toBe('superseded');
		const b = await second;
		expect(b.kind).toBe('result');
		expect(b.id).toBeGreaterThan((await first).id);
		expect(log).toEqual(['spawn 1', 'terminate 1', 'spawn 2']);
	});

	it('cancel terminates the worker and settles as cancelled', async () => {
		const log: string[] = [];
		const client = new SolverClient(fakeSpawn(log, 50));
		const job = client.solve({ model: model(20, 2) }, { timeLimitSeconds: 5 });
		client.cancel();
		expect((await job).kind).toBe('cancelled');
		expect(log).toContain('terminate 1');
		expect(client.busy).toBe(false);
	});

	it('explains through the same pipe: a newer explain supersedes the older one', async () => {
		const log: string[] = [];
		const client = new SolverClient(fakeSpawn(log, 30));
		const { book } = generateBook({ accounts: 120, reps: 4, seed: 3 });
		const settings = preset(book, 'hybrid').settings;
		const plan = Int32Array.from(book.accounts.owner, (o, i) => (i < 5 ? (o + 1) % 4 : o));
		const first = client.explain({ book, settings, plan });
		const second = client.explain({ book, settings, plan });
		expect((await first).kind).toBe('superseded');
		const out = await second;
		expect(out.kind === 'explained' && out.moved?.length).toBe(5);
		expect(log).toEqual(['spawn 1', 'terminate 1', 'spawn 2']);
	});

	it('returns errors as data when the worker rejects', async () => {
		const client = new SolverClient(() => ({
			api: {
				solve: () => Promise.reject(new Error('worker died')),
				explain: () => Promise.reject(new Error('worker died'))
			},
			terminate: () => {}
		}));
		const out = await client.solve({ model: model(4, 2) }, { timeLimitSeconds: 1 });
		expect(out.kind === 'result' && out.result.status).toBe('error');
	});

	it('stops a worker that never answers and reports it as an error', async () => {
		const log: string[] = [];
		const client = new SolverClient(() => ({
			api: { solve: () => new Promise(() => {}), explain: () => new Promise(() => {}) },
			terminate: () => log.push('terminate')
		}));
		const out = await client.solve(
			{ model: model(4, 2) },
			{ timeLimitSeconds: 1, watchdogSeconds: 0.05 }
		);
		expect(out.kind === 'result' && out.result.status).toBe('error');
		if (out.kind === 'result' && out.result.status === 'error')
			expect(out.result.message).toMatch(/no answer within 0.05 s/);
		expect(log).toEqual(['terminate']);
		expect(client.busy).toBe(false);
	});

	it('adapter returns an error result for a malformed model instead of throwing', async () => {
		const adapter = createSolverAdapter(loadHighsNode);
		const bad = { ...model(4, 2), cost: new Float64Array(3) };
		const res = await adapter.solve({ id: 9, model: bad, timeLimitSeconds: 1, exact: false });
		expect(res.id).toBe(9);
		expect(['error', 'infeasible', 'optimal', 'feasible', 'timeout']).toContain(res.result.status);
	});
});

describe('SolverPool', () => {
	it('runs jobs on separate clients and sizes itself from the core count', async () => {
		expect(poolSize(8)).toBe(4);
		expect(poolSize(2)).toBe(1);
		expect(poolSize(undefined)).toBe(1);
		const log: string[] = [];
		const pool = new SolverPool(fakeSpawn(log, 20), 2);
		const [a, b, c] = await Promise.all([
			pool.solve('s1', { model: model(12, 2) }, { timeLimitSeconds: 3 }),
			pool.solve('s2', { model: model(12, 2) }, { timeLimitSeconds: 3 }),
			pool.solve('s3', { model: model(12, 2) }, { timeLimitSeconds: 3 })
		]);
		for (const o of [a, b, c]) expect(o.kind).toBe('result');
		pool.dispose();
	});

	it('lists the buffers of a model for transfer', () => {
		expect(modelBuffers(model(3, 2)).length).toBe(4);
	});
});
