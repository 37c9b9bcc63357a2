/**
 * Public types of the data layer: what the UI state classes see. Plain cloneable data only
 * (no DuckDB or Arrow types leak out of `src/lib/data`).
 */
import type { Book } from '../core/book';

export type TableKind = 'accounts' | 'reps';

/** A file as the user dropped it: its name (for messages) and its raw bytes. */
export interface FileInput {
	name: string;
	bytes: Uint8Array;
}

export type DataErrorCode =
	| 'empty-file'
	| 'header-only'
	| 'binary'
	| 'encoding'
	| 'parse'
	| 'unterminated-quote'
	| 'duplicate-header'
	| 'field-too-long'
	| 'wrong-kind'
	| 'unsupported-format'
	| 'mapping'
	| 'not-staged'
	| 'internal';

/** An error as data: names the file, and the 1-based row (header = row 1) and column where known. */
export interface DataError {
	code: DataErrorCode;
	file: string;
	row: number | null;
	column: string | null;
	message: string;
}

export type LoadStage = 'reading' | 'parsing' | 'loading' | 'profiling' | 'building' | 'done';
export interface LoadProgressEvent {
	stage: LoadStage;
	/** 0..1 over the whole operation. */
	fraction: number;
}
export type LoadProgress = (p: LoadProgressEvent) => void;

export interface StagedColumn {
	name: string;
	/** DuckDB type name, e.g. VARCHAR, BIGINT, DOUBLE. */
	type: string;
	numeric: boolean;
}

export interface StagedTable {
	file: string;
	kind: TableKind;
	format: 'csv' | 'parquet';
	/** Sniffed delimiter for delimited text; null for Parquet. */
	delimiter: string | null;
	rowCount: number;
	columns: StagedColumn[];
	/** First rows, every value as text ('' for null). */
	preview: Record<string, string>[];
	/** Set when the columns look like the other kind of file (e.g. reps dropped as accounts). */
	kindWarning: string | null;
	/** Things Carve did while reading that the user should know (e.g. read as Windows-1252). */
	notes: string[];
}

export const ACCOUNT_FIELDS = [
	'id',
	'name',
	'owner',
	'potential',
	'arr',
	'workload',
	'industry',
	'segment',
	'language',
	'zip',
	'city',
	'state',
	'country',
	'lat',
	'lon',
	'activeOpportunity'
] as const;
export type AccountField = (typeof ACCOUNT_FIELDS)[number];

export const REP_FIELDS = [
	'id',
	'name',
	'zip',
	'lat',
	'lon',
	'capacityAccounts',
	'capacityWorkload',
	'minAccounts',
	'industries',
	'languages',
	'segments',
	'ramp',
	'startDate'
] as const;
export type RepField = (typeof REP_FIELDS)[number];

export type FieldOf<K extends TableKind> = K extends 'accounts' ? AccountField : RepField;

/** Canonical field -> source column name, or null when unmapped. The user reviews and overrides it. */
export type ColumnMapping<K extends TableKind = TableKind> = Record<FieldOf<K>, string | null>;
export type AccountMapping = ColumnMapping<'accounts'>;
export type RepMapping = ColumnMapping<'reps'>;

/** exact: a known CRM/Carve header; alias: a known synonym; fuzzy: a partial word match. */
export type MatchConfidence = 'exact' | 'alias' | 'fuzzy';

export interface MappingSuggestion<K extends TableKind = TableKind> {
	mapping: ColumnMapping<K>;
	/** Confidence per mapped field (absent for unmapped fields). */
	confidence: Partial<Record<FieldOf<K>, MatchConfidence>>;
	/** Source columns left unmapped (numeric ones become extra metrics on accounts). */
	unmapped: string[];
}

export type Severity = 'fatal' | 'warning' | 'info';

export type AuditCode =
	| 'no-accounts'
	| 'no-reps'
	| 'missing-id-column'
	| 'duplicate-account-id'
	| 'duplicate-rep-id'
	| 'missing-id'
	| 'missing-value'
	| 'non-numeric'
	| 'negative-potential'
	| 'coordinate-out-of-range'
	| 'owner-not-in-reps'
	| 'rep-without-accounts'
	| 'zip-lost-leading-zero'
	| 'unknown-zip'
	| 'no-location'
	| 'reps-derived-from-owners';

export interface AuditExample {
	/** 1-based row in the file (header = row 1, first data row = row 2). */
	row: number;
	id: string;
	value: string;
}

export interface AuditFinding {
	code: AuditCode;
	severity: Severity;
	table: TableKind;
	file: string;
	column: string | null;
	count: number;
	message: string;
	examples: AuditExample[];
	/** What the user can do about it (or what Carve already did). */
	fix: string | null;
}

export interface GeoCoverage {
	total: number;
	/** Coordinates given in the file. */
	fromFile: number;
	/** Coordinates looked up from the bundled ZIP centroid table. */
	fromZip: number;
	missing: number;
}

export interface AuditReport {
	findings: AuditFinding[];
	/** True when any finding is fatal: planning is blocked until it is fixed. */
	fatal: boolean;
	accounts: number;
	reps: number;
	geocoding: { accounts: GeoCoverage; reps: GeoCoverage };
}

export interface BuildOptions {
	/** Pad 4-digit US ZIPs (lost leading zero, e.g. 7407 -> 07407) before geocoding. Default true. */
	padZips?: boolean;
	/** Look up missing coordinates from ZIP centroids. Default true. */
	geocode?: boolean;
}

export interface BuildRequest {
	accounts: AccountMapping;
	/** null: no reps file; reps are derived from the distinct owners of the accounts. */
	reps: RepMapping | null;
	options?: BuildOptions;
}

export type StageResult = { ok: true; table: StagedTable } | { ok: false; error: DataError };
export type BuildResult =
	| { ok: true; book: Book; audit: AuditReport }
	| { ok: false; error: DataError; audit: AuditReport | null };

/**
 * One data session owns one database. Staging loads a file into a temporary table and swaps it
 * in only on success, so a bad file never destroys the previously loaded one.
 * Nothing here throws: errors come back as data.
 */
export interface DataSession {
	stage(kind: TableKind, file: FileInput, onProgress?: LoadProgress): Promise<StageResult>;
	/** The currently staged table of a kind, or null. */
	staged(kind: TableKind): StagedTable | null;
	/** Drops a staged table (e.g. the user removes the reps file). */
	unstage(kind: TableKind): Promise<void>;
	buildBook(request: BuildRequest, onProgress?: LoadProgress): Promise<BuildResult>;
	dispose(): Promise<void>;
}
