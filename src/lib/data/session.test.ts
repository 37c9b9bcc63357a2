import { describe, expect, it } from 'vitest';
import { createSession } from './session';

describe('createSession', () => {
	it('reports an engine that fails to start as data, and retries it next time', async () => {
		let attempts = 0;
		const session = createSession(
			async () => {
				attempts++;
				throw new Error('no WebAssembly');
			},
			async () => null
		);
		const file = { name: 'a.csv', bytes: new TextEncoder().encode('id,owner\na,r\n') };
		const first = await session.stage('accounts', file);
		expect(!first.ok && first.error).toMatchObject({ code: 'internal', file: 'a.csv' });
		expect(!first.ok && first.error.message).toMatch(
			/Could not start the database engine: no WebAssembly/
		);
		await session.stage('accounts', file);
		expect(attempts).toBe(2);
		expect(session.staged('accounts')).toBeNull();
		const built = await session.buildBook({ accounts: {} as never, reps: null });
		expect(!built.ok && built.error.code).toBe('not-staged');
		await expect(session.dispose()).resolves.toBeUndefined();
	});
});
