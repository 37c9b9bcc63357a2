/** Node-only entry: a data session over DuckDB-WASM's blocking bundle (tests, CLIs). */
import { createNodeDb } from './db-node';
import { createSession } from './session';
import type { DataSession } from './types';
import { loadZipCentroidsSync } from './zip-centroids-node';

export async function createNodeSession(): Promise<DataSession> {
	return createSession(createNodeDb, async () => loadZipCentroidsSync());
}
