/** The real data layer in the browser: DuckDB-WASM in its own worker, loaded on first use. */
import { suggestMapping } from '$lib/data';
import type { DataApi } from './data-api';

export const browserDataApi: DataApi = {
	openSession: async () => (await import('$lib/data/browser-session')).createBrowserSession(),
	suggestMapping,
	writeParquet: async (columns) =>
		(await import('../../../wasm/parquet-browser')).writeParquet(columns)
};
