/**
 * Browser-only entry: a data session over DuckDB-WASM in its own worker. The ZIP centroid table
 * is fetched from the app's own origin on first need (only when some row lacks coordinates).
 */
import { asset } from '$app/paths';
import { createBrowserDb } from './db-browser';
import { createSession } from './session';
import type { DataSession } from './types';
import { parseZipCentroids, ZIP_CENTROIDS_PATH } from './zip-centroids';

export interface BrowserSessionOptions {
	/** Where the ZIP centroid table is served; defaults to the app's static geo/ folder. */
	zipTableUrl?: string;
}

/**
 * Never rejects: the engine starts on the first `stage`, which reports a failure as data.
 * Note: `stage` may hand the file's bytes to DuckDB's worker (transferred, not copied), so the
 * caller's Uint8Array can be detached afterwards.
 */
export async function createBrowserSession(
	options: BrowserSessionOptions = {}
): Promise<DataSession> {
	const url = options.zipTableUrl ?? asset(`/${ZIP_CENTROIDS_PATH}`);
	return createSession(createBrowserDb, async () => {
		const res = await fetch(url);
		if (!res.ok) throw new Error(`ZIP table ${url}: HTTP ${res.status}`);
		return parseZipCentroids(await res.text());
	});
}
