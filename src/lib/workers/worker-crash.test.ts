import { describe, expect, it } from 'vitest';
import { workerCrash } from './worker-crash';

describe('workerCrash', () => {
	it('rejects when the worker reports an error or an unreadable message', async () => {
		for (const type of ['error', 'messageerror']) {
			const worker = new EventTarget() as unknown as Worker;
			const crashed = workerCrash(worker, 'test worker');
			worker.dispatchEvent(new Event(type));
			await expect(crashed).rejects.toThrow('the test worker crashed');
		}
	});

	it('stays pending while the worker is alive', async () => {
		const worker = new EventTarget() as unknown as Worker;
		const outcome = await Promise.race([
			workerCrash(worker, 'w').then(
				() => 'crashed',
				() => 'crashed'
			),
			new Promise((r) => setTimeout(() => r('alive'), 20))
		]);
		expect(outcome).toBe('alive');
	});
});
