/**
 * Mapped staged table -> AccountTable / RepTable: one SELECT of the mapped columns (aliased
 * positionally, so no header text becomes an alias), read through the Arrow converter.
 */
import type { Table } from 'apache-arrow';
import { CORE_ACCOUNT_METRICS, type AccountTable, type RepTable } from '../core/book';
import { numberColumn, textColumn } from './arrow-to-book';
import type { Db } from './db';
import type { Staged } from './profile';
import { ident, numericExpr } from './sql';

export interface Select {
	text: Record<string, string>;
	numeric: Record<string, string>;
}

const TRUTHY = /^(1|1\.0+|true|yes|y|x|t|open|active|ja|oui|si|sí)$/i;

export function pick(
	mapping: Record<string, string | null>,
	fields: string[]
): Record<string, string> {
	const out: Record<string, string> = {};
	for (const f of fields) if (mapping[f]) out[f] = mapping[f] as string;
	return out;
}

export async function selectMapped(
	db: Db,
	src: { table: string; staged: Staged },
	sel: Select
): Promise<Table> {
	const parts = [`rowid + ${src.staged.rowBase} AS r`];
	Object.values(sel.text).forEach((col, k) =>
		parts.push(`CAST(${ident(col)} AS VARCHAR) AS t${k}`)
	);
	Object.values(sel.numeric).forEach((col, k) => parts.push(`${numericExpr(ident(col))} AS n${k}`));
	return db.query(`SELECT ${parts.join(', ')} FROM ${ident(src.table)}`);
}

function reader(table: Table, sel: Select) {
	const n = table.numRows;
	const textKeys = Object.keys(sel.text);
	const numKeys = Object.keys(sel.numeric);
	return {
		n,
		text(field: string): string[] {
			const k = textKeys.indexOf(field);
			return k >= 0
				? textColumn(table, `t${k}`, field !== 'id' && field !== 'name')
				: new Array<string>(n).fill('');
		},
		num(field: string, fill = NaN): Float64Array {
			const k = numKeys.indexOf(field);
			return k >= 0 ? numberColumn(table, `n${k}`) : new Float64Array(n).fill(fill);
		},
		has: (field: string) => textKeys.includes(field) || numKeys.includes(field)
	};
}

export function toAccounts(table: Table, sel: Select, extraMetrics: string[]): AccountTable {
	const rd = reader(table, sel);
	const metrics: Record<string, Float64Array> = {};
	for (const metric of CORE_ACCOUNT_METRICS) if (rd.has(metric)) metrics[metric] = rd.num(metric);
	for (const c of extraMetrics) metrics[c] = rd.num('metric:' + c);
	const active = rd.text('activeOpportunity');
	return {
		n: rd.n,
		id: rd.text('id'),
		name: rd.text('name'),
		ownerId: rd.text('owner'),
		owner: new Int32Array(rd.n).fill(-1),
		lat: rd.num('lat'),
		lon: rd.num('lon'),
		zip: rd.text('zip'),
		city: rd.text('city'),
		state: rd.text('state'),
		country: rd.text('country'),
		industry: rd.text('industry'),
		segment: rd.text('segment'),
		language: rd.text('language'),
		activeOpportunity: rd.has('activeOpportunity')
			? Uint8Array.from(active, (v) => (v !== '' && (TRUTHY.test(v) || Number(v) > 0) ? 1 : 0))
			: new Uint8Array(rd.n),
		metrics
	};
}

/** "EN; de | fr" -> ["en", "de", "fr"]: skills compare case-insensitively. */
export function splitList(v: string): string[] {
	return [
		...new Set(
			v
				.split(/[;|,/]/)
				.map((s) => s.trim().toLowerCase())
				.filter((s) => s !== '')
		)
	];
}

export function toReps(table: Table, sel: Select): RepTable {
	const rd = reader(table, sel);
	const ramp = rd.num('ramp');
	for (let j = 0; j < ramp.length; j++) {
		// A ramp of 50 means 50 %; missing means fully ramped.
		if (!Number.isFinite(ramp[j])) ramp[j] = 1;
		else if (ramp[j] > 1 && ramp[j] <= 100) ramp[j] /= 100;
	}
	const id = rd.text('id');
	const name = rd.text('name');
	return {
		p: rd.n,
		id,
		name: name.map((s, j) => s || id[j]),
		lat: rd.num('lat'),
		lon: rd.num('lon'),
		zip: rd.text('zip'),
		capacityAccounts: rd.num('capacityAccounts'),
		capacityWorkload: rd.num('capacityWorkload'),
		minAccounts: rd.num('minAccounts'),
		industries: rd.text('industries').map(splitList),
		languages: rd.text('languages').map(splitList),
		segments: rd.text('segments').map(splitList),
		ramp,
		startDate: rd.text('startDate')
	};
}

export function repsFromOwners(ownerId: string[]): RepTable {
	const ids = [...new Set(ownerId.filter((o) => o !== ''))];
	const p = ids.length;
	const nan = () => new Float64Array(p).fill(NaN);
	return {
		p,
		id: ids,
		name: [...ids],
		lat: nan(),
		lon: nan(),
		zip: new Array<string>(p).fill(''),
		capacityAccounts: nan(),
		capacityWorkload: nan(),
		minAccounts: nan(),
		industries: ids.map(() => []),
		languages: ids.map(() => []),
		segments: ids.map(() => []),
		ramp: new Float64Array(p).fill(1),
		startDate: new Array<string>(p).fill('')
	};
}

/** Owner index by rep id; falls back to the rep's name (report exports give owner names). */
export function resolveOwnerIndex(ownerId: string[], reps: RepTable): Int32Array {
	const byId = new Map<string, number>();
	const byName = new Map<string, number>();
	reps.id.forEach((id, j) => byId.set(id, j));
	reps.name.forEach((nm, j) => {
		const key = nm.trim().toLowerCase();
		if (key !== '' && !byName.has(key)) byName.set(key, j);
	});
	return Int32Array.from(ownerId, (o) =>
		o === '' ? -1 : (byId.get(o) ?? byName.get(o.toLowerCase()) ?? -1)
	);
}
