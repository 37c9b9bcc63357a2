import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../core/settings';
import { generateBook } from '../samples/generate';
import { createWhatIfAdapter, WhatIfClient, type WhatIfWorkerApi } from './whatif.client';

const { book } = generateBook({ accounts: 60, reps: 3, seed: 2 });

function hanging(log: string[]) {
	let k = 0;
	return () => {
		const me = ++k;
		const api: WhatIfWorkerApi = {
			repLeaves: () => new Promise(() => {}),
			suggestBases: () => new Promise(() => {})
		};
		return { api, terminate: () => log.push(`terminate ${me}`) };
	};
}

describe('WhatIfClient', () => {
	it('runs a recipe through the adapter and returns its edits', async () => {
		const api = createWhatIfAdapter(null);
		const client = new WhatIfClient(() => ({ api, terminate: () => {} }));
		const r = await client.repLeaves(book, DEFAULT_SETTINGS, book.reps.id[1], { searchSeconds: 0 });
		expect(r.ok && r.edits).toEqual([{ kind: 'rep-leaves', repId: book.reps.id[1] }]);
		const bad = await client.suggestBases(book, DEFAULT_SETTINGS, 0, {});
		expect(bad).toMatchObject({ ok: false });
	});

	it('cancel terminates the worker and answers at once; a newer call supersedes an older one', async () => {
		const log: string[] = [];
		const client = new WhatIfClient(hanging(log));
		const first = client.repLeaves(book, DEFAULT_SETTINGS, 'x', {});
		const second = client.suggestBases(book, DEFAULT_SETTINGS, 1, {});
		expect(await first).toEqual({
			ok: false,
			error: 'The what-if was superseded by a newer what-if.'
		});
		client.cancel();
		expect(await second).toEqual({ ok: false, error: 'The what-if was cancelled.' });
		expect(log).toEqual(['terminate 1', 'terminate 2']);
	});

	it('turns a throwing recipe into an error result', async () => {
		const api = createWhatIfAdapter(null);
		const r = await api.repLeaves(null as never, DEFAULT_SETTINGS, 'x', {});
		expect(r.ok).toBe(false);
	});
});
