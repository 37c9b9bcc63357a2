/**
 * A promise that rejects when a worker dies (out of memory, a wasm trap, a message that cannot be
 * read). Comlink calls to a dead worker never settle, so callers race them against this.
 */
export function workerCrash(worker: Worker, what: string): Promise<never> {
	const crashed = new Promise<never>((_, reject) => {
		const fail = (e: Event) => {
			const message = (e as Partial<ErrorEvent>).message;
			reject(new Error(typeof message === 'string' && message ? message : `the ${what} crashed`));
		};
		worker.addEventListener('error', fail);
		worker.addEventListener('messageerror', fail);
	});
	// Nobody may be waiting when it fires; the rejection is read by the next race.
	crashed.catch(() => {});
	return crashed;
}
