/**
 * The plan as downloadable files: CRM CSV variants (every account, so a loader can check the
 * whole book), Parquet and GeoJSON. The Parquet writer is injected (WASM in the browser, the
 * Node build in tests), so this module stays free of WASM imports.
 */
import type { Book } from '$lib/core/book';
import { planGeoJsonText } from '$lib/export/geojson';
import { planParquet } from '$lib/export/parquet-export';
import { crmChangesCsv, hubspotCsv, salesforceCsv } from '$lib/export/plan-exports';

export type PlanFileKind = 'crm' | 'salesforce' | 'hubspot' | 'parquet' | 'geojson';

export interface PlanFile {
	name: string;
	type: string;
	data: string | Uint8Array;
}

export type ParquetWriter = (
	columns: Record<string, string[] | Float64Array | Uint8Array>
) => Uint8Array | Promise<Uint8Array>;

const CSV = 'text/csv;charset=utf-8';

/** `stem` names the files, e.g. "carve-hybrid-2026-11-23". */
export async function planFile(
	kind: PlanFileKind,
	book: Book,
	plan: Int32Array,
	stem: string,
	writeParquet: ParquetWriter
): Promise<PlanFile> {
	switch (kind) {
		case 'crm':
			return { name: `${stem}-owners.csv`, type: CSV, data: crmChangesCsv(book, plan) };
		case 'salesforce':
			return { name: `${stem}-salesforce.csv`, type: CSV, data: salesforceCsv(book, plan) };
		case 'hubspot':
			return { name: `${stem}-hubspot.csv`, type: CSV, data: hubspotCsv(book, plan) };
		case 'geojson':
			return {
				name: `${stem}-accounts.geojson`,
				type: 'application/geo+json',
				data: planGeoJsonText(book, plan)
			};
		case 'parquet':
			return {
				name: `${stem}-plan.parquet`,
				type: 'application/vnd.apache.parquet',
				data: await planParquet(book, plan, writeParquet)
			};
	}
}

/** A file-name-safe stem from a label and a time (ms since the epoch). */
export function fileStem(label: string, at: number): string {
	const slug = label
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 40);
	return `carve-${slug || 'plan'}-${new Date(at).toISOString().slice(0, 10)}`;
}
