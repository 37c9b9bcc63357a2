/**
 * AppState over the real data layer (Node session): the load → review → build flow, and that bad
 * input never loses what was loaded before.
 */
import { describe, expect, it } from 'vitest';
import { writeParquet } from '../../../wasm/parquet-node';
import { suggestMapping } from '$lib/data';
import { createNodeSession } from '$lib/data/node-session';
import { AppState } from './app.svelte';
import type { DataApi } from './data-api';
import { sampleFile as sample } from './testing/fixtures';

const api: DataApi = { openSession: createNodeSession, suggestMapping, writeParquet };

describe('AppState', () => {
	it('loads, reviews and builds the sample, and keeps it when a bad file follows', async () => {
		const app = new AppState(api);
		await app.loadFiles([sample('accounts.csv'), sample('reps.csv')]);
		expect(app.error).toBeNull();
		expect(app.staged.accounts?.rowCount).toBe(5000);
		expect(app.staged.reps?.rowCount).toBe(40);
		expect(app.reviewing).toBe(true);
		expect(app.review.accounts?.mapping.potential).toBe('Potential');

		await app.continue();
		expect(app.book?.accounts.n).toBe(5000);
		expect(app.canPlan).toBe(true);
		expect(app.reviewing).toBe(false);
		const book = app.book;

		await app.loadFiles([new File(['Account ID,Name\n1,"open\n2,x\n'], 'bad.csv')], 'accounts');
		expect(app.error?.file).toBe('bad.csv');
		expect(app.error?.row).not.toBeNull();
		expect(app.book).toBe(book);
		expect(app.staged.accounts?.file).toBe('accounts.csv');
		expect(app.busy).toBe(false);
		expect(app.progress).toBeNull();
	});

	it('queues a second pick made while the first is loading, and keeps the first error', async () => {
		const app = new AppState(api);
		const first = app.loadFiles(
			[new File([new Uint8Array([0, 255, 1, 254, 0, 0])], 'junk.csv')],
			'accounts'
		);
		const second = app.loadFiles([sample('reps.csv')], 'reps');
		expect(app.busy).toBe(true);
		await Promise.all([first, second]);
		expect(app.staged.reps?.rowCount).toBe(40);
		expect(app.staged.accounts).toBeNull();
		expect(app.error?.file).toBe('junk.csv');
		expect(app.busy).toBe(false);
	});

	it('lets the user override a mapped column before building', async () => {
		const app = new AppState(api);
		await app.loadFiles([sample('accounts.csv')], 'accounts');
		app.setField('accounts', 'name', 'City');
		expect(app.review.accounts?.mapping.name).toBe('City');
		expect(app.review.accounts?.confidence.name).toBeUndefined();
		await app.continue();
		expect(app.book?.accounts.name[0]).toBe(app.book?.accounts.city[0]);
		// No reps file: reps come from the owners, so planning is still possible.
		expect(app.book?.reps.p).toBeGreaterThan(0);
	});
});
