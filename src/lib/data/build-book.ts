/**
 * Mapped staged tables -> the Book. One SELECT per table (mapped columns only, aliased
 * positionally so no header text becomes an alias), read through the Arrow converter, then
 * geocoded and audited in plain TypeScript.
 */
import type { Table } from 'apache-arrow';
import { CORE_ACCOUNT_METRICS, type AccountTable, type Book, type RepTable } from '../core/book';
import { auditBook } from './audit';
import { numberColumn, rowsAsText, textColumn } from './arrow-to-book';
import type { Db } from './db';
import { geocode } from './geocode';
import { canonicalKey, validateMapping } from './mapping';
import { ident } from './sql';
import type { Staged } from './profile';
import { duckdbError } from './stage';
import type {
	AuditFinding,
	BuildRequest,
	BuildResult,
	DataError,
	LoadProgress,
	TableKind
} from './types';
import type { ZipCentroids } from './zip-centroids';

export interface BuildSource {
	table: string;
	staged: Staged;
}

export interface BuildContext {
	db: Db;
	accounts: BuildSource | null;
	reps: BuildSource | null;
	zipTable: () => Promise<ZipCentroids | null>;
}

interface Select {
	text: Record<string, string>;
	numeric: Record<string, string>;
}

// Numeric-looking columns that are codes, not quantities: never offered as metrics.
const NOT_METRICS = new Set([
	'account_id',
	'account_number',
	'owner_id',
	'parent_account_id',
	'postal_code',
	'postal_code_alt',
	'base_zip',
	'phone',
	'latitude',
	'latitude_alt',
	'longitude',
	'longitude_alt',
	'base_lat',
	'base_lon'
]);

const TRUTHY = /^(1|1\.0+|true|yes|y|x|t|open|active|ja|oui|si|sí)$/i;

export async function buildBook(
	ctx: BuildContext,
	req: BuildRequest,
	onProgress: LoadProgress = () => {}
): Promise<BuildResult> {
	const fail = (error: DataError): BuildResult => ({ ok: false, error, audit: null });
	if (!ctx.accounts)
		return fail({
			code: 'not-staged',
			file: '',
			row: null,
			column: null,
			message: 'Load an accounts file first.'
		});
	if (req.reps !== null && !ctx.reps)
		return fail({
			code: 'not-staged',
			file: '',
			row: null,
			column: null,
			message: 'Load a reps file first (or build without one).'
		});
	const accFile = ctx.accounts.staged.table.file;
	const repFile = ctx.reps?.staged.table.file ?? null;
	for (const [kind, src, mapping] of [
		['accounts', ctx.accounts, req.accounts],
		['reps', ctx.reps, req.reps]
	] as const) {
		if (!src || !mapping) continue;
		const problem = validateMapping(
			kind,
			mapping,
			src.staged.table.columns.map((c) => c.name)
		);
		if (problem)
			return fail({
				code: 'mapping',
				file: src.staged.table.file,
				row: null,
				column: problem.column,
				message: `${src.staged.table.file}: ${problem.message}`
			});
	}
	const options = { padZips: req.options?.padZips ?? true, geocode: req.options?.geocode ?? true };
	try {
		onProgress({ stage: 'building', fraction: 0.05 });
		const m = req.accounts;
		const used = new Set(Object.values(m).filter((c): c is string => c !== null));
		const reserved = new Set<string>(CORE_ACCOUNT_METRICS);
		const extraMetrics = ctx.accounts.staged.table.columns
			.filter(
				(c) =>
					c.numeric &&
					!used.has(c.name) &&
					!reserved.has(c.name) &&
					!NOT_METRICS.has(canonicalKey(c.name) ?? '')
			)
			.map((c) => c.name);
		const accSel: Select = {
			text: pick(m, [
				'id',
				'name',
				'owner',
				'industry',
				'segment',
				'language',
				'zip',
				'city',
				'state',
				'country',
				'activeOpportunity'
			]),
			numeric: {
				...pick(m, ['potential', 'arr', 'workload', 'lat', 'lon']),
				...Object.fromEntries(extraMetrics.map((c) => ['metric:' + c, c]))
			}
		};
		const accTable = await selectMapped(ctx.db, ctx.accounts, accSel);
		onProgress({ stage: 'building', fraction: 0.5 });
		const accounts = toAccounts(accTable, accSel, extraMetrics);
		const accountRows = Int32Array.from(numberColumn(accTable, 'r'));
		const extra = await nonNumericFindings(ctx.db, ctx.accounts, accSel.numeric, m.id, 'accounts');

		let reps: RepTable;
		let repRows: Int32Array;
		if (req.reps && ctx.reps) {
			const rm = req.reps;
			const repSel: Select = {
				text: pick(rm, ['id', 'name', 'zip', 'industries', 'languages', 'segments', 'startDate']),
				numeric: pick(rm, [
					'lat',
					'lon',
					'capacityAccounts',
					'capacityWorkload',
					'minAccounts',
					'ramp'
				])
			};
			const repTable = await selectMapped(ctx.db, ctx.reps, repSel);
			reps = toReps(repTable, repSel);
			repRows = Int32Array.from(numberColumn(repTable, 'r'));
			extra.push(...(await nonNumericFindings(ctx.db, ctx.reps, repSel.numeric, rm.id, 'reps')));
		} else {
			reps = repsFromOwners(accounts.ownerId);
			repRows = new Int32Array(reps.p);
		}
		accounts.owner = resolveOwnerIndex(accounts.ownerId, reps);
		onProgress({ stage: 'building', fraction: 0.8 });

		const needsZip = (zip: string[], lat: Float64Array) =>
			zip.some((z, i) => z !== '' && !Number.isFinite(lat[i]));
		const zipTable =
			options.geocode && (needsZip(accounts.zip, accounts.lat) || needsZip(reps.zip, reps.lat))
				? await ctx.zipTable()
				: null;
		const geoAcc = geocode(
			{
				zip: accounts.zip,
				country: m.country ? accounts.country : null,
				lat: accounts.lat,
				lon: accounts.lon
			},
			zipTable,
			options
		);
		const geoRep = geocode(
			{ zip: reps.zip, country: null, lat: reps.lat, lon: reps.lon },
			zipTable,
			options
		);
		const book: Book = { accounts, reps };
		const audit = auditBook({
			book,
			accountRows,
			repRows,
			files: { accounts: accFile, reps: repFile },
			mapping: { accounts: m, reps: req.reps },
			geo: { accounts: geoAcc, reps: geoRep },
			extra,
			repsDerived: req.reps === null
		});
		onProgress({ stage: 'done', fraction: 1 });
		return { ok: true, book, audit };
	} catch (e) {
		return fail(duckdbError(accFile, e));
	}
}

function pick(mapping: Record<string, string | null>, fields: string[]): Record<string, string> {
	const out: Record<string, string> = {};
	for (const f of fields) if (mapping[f]) out[f] = mapping[f] as string;
	return out;
}

async function selectMapped(db: Db, src: BuildSource, sel: Select): Promise<Table> {
	const parts = [`rowid + ${src.staged.rowBase} AS r`];
	Object.values(sel.text).forEach((col, k) =>
		parts.push(`CAST(${ident(col)} AS VARCHAR) AS t${k}`)
	);
	Object.values(sel.numeric).forEach((col, k) =>
		parts.push(`TRY_CAST(${ident(col)} AS DOUBLE) AS n${k}`)
	);
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
			return k >= 0 ? textColumn(table, `t${k}`) : new Array<string>(n).fill('');
		},
		num(field: string, fill = NaN): Float64Array {
			const k = numKeys.indexOf(field);
			return k >= 0 ? numberColumn(table, `n${k}`) : new Float64Array(n).fill(fill);
		},
		has: (field: string) => textKeys.includes(field) || numKeys.includes(field)
	};
}

function toAccounts(table: Table, sel: Select, extraMetrics: string[]): AccountTable {
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

function toReps(table: Table, sel: Select): RepTable {
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

async function nonNumericFindings(
	db: Db,
	src: BuildSource,
	numeric: Record<string, string>,
	idCol: string | null,
	kind: TableKind
): Promise<AuditFinding[]> {
	const out: AuditFinding[] = [];
	for (const [field, col] of Object.entries(numeric)) {
		if (field.startsWith('metric:')) continue;
		const p = src.staged.profile.find((c) => c.name === col);
		if (!p || p.numeric === p.nonNull) continue;
		const q = ident(col);
		const idExpr = idCol ? `CAST(${ident(idCol)} AS VARCHAR)` : `''`;
		const rows = rowsAsText(
			await db.query(
				`SELECT rowid + ${src.staged.rowBase} AS r, ${idExpr} AS id, CAST(${q} AS VARCHAR) AS v FROM ${ident(src.table)} WHERE ${q} IS NOT NULL AND TRY_CAST(${q} AS DOUBLE) IS NULL ORDER BY 1 LIMIT 5`
			)
		);
		// A column the profile skipped as clearly text gets its exact count only now, when mapped.
		const numericCount =
			p.numeric ??
			Number(
				rowsAsText(
					await db.query(`SELECT count(TRY_CAST(${q} AS DOUBLE)) AS c FROM ${ident(src.table)}`)
				)[0].c
			);
		const count = p.nonNull - numericCount;
		out.push({
			code: 'non-numeric',
			severity: 'warning',
			table: kind,
			file: src.staged.table.file,
			column: col,
			count,
			message: `${count.toLocaleString('en-US')} ${count === 1 ? 'value' : 'values'} in "${col}" (${field}) ${count === 1 ? 'is' : 'are'} not a number and ${count === 1 ? 'was' : 'were'} left empty.`,
			examples: rows.map((r) => ({ row: Number(r.r), id: r.id, value: r.v })),
			fix: `Use plain numbers in "${col}" (no currency signs, units or thousands separators).`
		});
	}
	return out;
}
