/**
 * WorkspaceStore over memory (IndexedDB's clone semantics): a full workspace round-trips, parts
 * save independently, damaged stored parts are dropped with notes, and storage refusals become a
 * sentence with the size, never an exception.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '$lib/core/settings';
import { createRng } from '$lib/samples/prng';
import { buildScenario } from '$lib/scenario/scenario';
import { randomPlan, smallBook } from '$lib/scenario/test-fixtures';
import {
	memoryBackend,
	WorkspaceStore,
	type StoreBackend,
	type WorkspaceSnapshot
} from './workspace-store';

const book = smallBook();

function snapshot(): WorkspaceSnapshot {
	const { assignment, locked } = randomPlan(book, createRng(2), 20);
	const scenario = buildScenario(book, assignment, DEFAULT_SETTINGS, { name: 'Kept', locked });
	return {
		files: [
			{ kind: 'accounts', name: 'accounts.csv', bytes: new TextEncoder().encode('id,name\n1,a\n') },
			{ kind: 'reps', name: 'reps.csv', bytes: new Uint8Array([1, 2, 3]) }
		],
		mappings: { accounts: { id: 'id', name: 'name' } as never, reps: null },
		scenarios: [scenario],
		plan: {
			bookHash: scenario.fingerprint.hash,
			settings: DEFAULT_SETTINGS,
			assignment,
			locked,
			history: {
				undo: [
					{
						label: 'move 1',
						accounts: Int32Array.of(4),
						from: Int32Array.of(0),
						to: Int32Array.of(1),
						lockFrom: Uint8Array.of(0),
						lockTo: Uint8Array.of(0)
					}
				],
				redo: []
			}
		}
	};
}

describe('WorkspaceStore', () => {
	it('round-trips a whole workspace and reports its size', async () => {
		const store = new WorkspaceStore(memoryBackend());
		expect(await store.load()).toEqual({ ok: true, snapshot: null, notes: [] });
		const s = snapshot();
		const saved = await store.save(s);
		expect(saved.ok).toBe(true);
		expect(saved.bytes).toBeGreaterThan(s.plan!.assignment.byteLength);
		const back = await store.load();
		if (!back.ok) throw new Error(back.error);
		expect(back.notes).toEqual([]);
		expect(back.snapshot).toEqual(s);
		expect(back.snapshot!.plan!.assignment).toBeInstanceOf(Int32Array);
	});

	it('saves parts independently and clears everything', async () => {
		const store = new WorkspaceStore(memoryBackend());
		const s = snapshot();
		await store.save(s);
		await store.save({ scenarios: [] });
		const back = await store.load();
		expect(back.ok && back.snapshot!.scenarios).toEqual([]);
		expect(back.ok && back.snapshot!.files).toHaveLength(2);
		expect(await store.clear()).toEqual({ ok: true });
		expect(await store.load()).toEqual({ ok: true, snapshot: null, notes: [] });
	});

	it('drops damaged stored parts with notes and keeps the rest', async () => {
		const backend = memoryBackend();
		const store = new WorkspaceStore(backend);
		const s = snapshot();
		await store.save(s);
		backend.data.scenarios = [
			{ ...s.scenarios[0], name: 42 },
			s.scenarios[0],
			{ __proto__: null, hostile: '<script>' }
		];
		backend.data.files = [{ kind: 'accounts', name: 'x.csv', bytes: 'not bytes' }];
		backend.data.plan = { ...s.plan, locked: new Uint8Array(3) };
		backend.data.mappings = { accounts: { id: 7 }, reps: { id: 'REP' } };
		const back = await store.load();
		if (!back.ok) throw new Error(back.error);
		expect(back.snapshot!.scenarios).toHaveLength(1);
		expect(back.snapshot!.files).toEqual([]);
		expect(back.snapshot!.plan).toBeNull();
		expect(back.snapshot!.mappings).toEqual({ accounts: null, reps: { id: 'REP' } });
		expect(back.notes).toHaveLength(4);
		expect(back.notes[0]).toBe(
			'A stored data file was unreadable and was left out; load it again.'
		);
		expect(back.notes[1]).toMatch(/^Stored scenario 1 could not be restored: name/);
		expect(back.notes[2]).toMatch(/^Stored scenario 3 could not be restored/);
	});

	it('keeps the plan but notes a damaged undo history', async () => {
		const backend = memoryBackend();
		const store = new WorkspaceStore(backend);
		const s = snapshot();
		await store.save(s);
		(backend.data.plan as { history: unknown }).history = { undo: [{ label: 1 }], redo: [] };
		const back = await store.load();
		if (!back.ok) throw new Error(back.error);
		expect(back.snapshot!.plan!.assignment).toEqual(s.plan!.assignment);
		expect(back.snapshot!.plan!.history).toBeUndefined();
		expect(back.notes).toEqual(['The undo history could not be restored; the plan itself was.']);
	});

	it('explains a quota refusal with its size and never throws', async () => {
		const refusing: StoreBackend = {
			put: () => Promise.reject(new DOMException('quota', 'QuotaExceededError')),
			get: () => Promise.reject(new Error('disk gone')),
			clear: () => Promise.reject(new Error('locked'))
		};
		const store = new WorkspaceStore(refusing);
		const s = snapshot();
		s.files[0].bytes = new Uint8Array(3 * 1024 * 1024);
		const r = await store.save(s);
		expect(r.ok).toBe(false);
		if (!r.ok)
			expect(r.error).toBe(
				'The browser refused to store 3.0 MB: the storage quota for this page is full. Your work is still on screen but will not survive a reload.'
			);
		expect(await store.load()).toEqual({
			ok: false,
			error: 'The saved workspace could not be read: disk gone.'
		});
		expect(await store.clear()).toEqual({
			ok: false,
			error: 'The saved workspace could not be cleared: locked.'
		});
	});
});
