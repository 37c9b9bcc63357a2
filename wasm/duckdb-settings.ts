/**
 * Settings every DuckDB connection gets, browser and Node alike. Carve never makes a network
 * request beyond its own origin, so extensions are never installed or auto-loaded.
 */
export const DUCKDB_SETUP_SQL = [
	'SET autoinstall_known_extensions = false',
	'SET autoload_known_extensions = false'
] as const;

/** The pinned engine: package version of @duckdb/duckdb-wasm and the DuckDB core it embeds. */
export const DUCKDB_WASM_VERSION = '1.32.0';
export const DUCKDB_CORE_VERSION = 'v1.4.3';
