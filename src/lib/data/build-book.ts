/**
 * Mapped staged tables -> the Book: validate the mapping, read the tables (book-tables.ts),
 * resolve owners, geocode and audit in plain TypeScript.
 */
import { CORE_ACCOUNT_METRICS, type Book, type RepTable } from '../core/book';
import { auditBook } from './audit';
import { numberColumn, rowsAsText } from './arrow-to-book';
import {
	pick,
	repsFromOwners,
	resolveOwnerIndex,
	selectMapped,
	toAccounts,
	toReps,
	type Select
} from './book-tables';
import type { Db } from './db';
import { geocode } from './geocode';
import { canonicalKey, validateMapping } from './mapping';
import { ident, numericExpr } from './sql';
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
	/** Null only when nothing was staged yet (the engine has not started). */
	db: Db | null;
	accounts: BuildSource | null;
	reps: BuildSource | null;
	zipTable: () => Promise<ZipCentroids | null>;
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

export async function buildBook(
	ctx: BuildContext,
	req: BuildRequest,
	onProgress: LoadProgress = () => {}
): Promise<BuildResult> {
	const fail = (error: DataError): BuildResult => ({ ok: false, error, audit: null });
	const db = ctx.db;
	if (!ctx.accounts || !db)
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
		const accTable = await selectMapped(db, ctx.accounts, accSel);
		onProgress({ stage: 'building', fraction: 0.5 });
		const accounts = toAccounts(accTable, accSel, extraMetrics);
		const accountRows = Int32Array.from(numberColumn(accTable, 'r'));
		const extra = await nonNumericFindings(db, ctx.accounts, accSel.numeric, m.id, 'accounts');

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
			const repTable = await selectMapped(db, ctx.reps, repSel);
			reps = toReps(repTable, repSel);
			repRows = Int32Array.from(numberColumn(repTable, 'r'));
			extra.push(...(await nonNumericFindings(db, ctx.reps, repSel.numeric, rm.id, 'reps')));
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
				`SELECT rowid + ${src.staged.rowBase} AS r, ${idExpr} AS id, CAST(${q} AS VARCHAR) AS v FROM ${ident(src.table)} WHERE ${q} IS NOT NULL AND ${numericExpr(q)} IS NULL ORDER BY 1 LIMIT 5`
			)
		);
		// A column the profile skipped as clearly text gets its exact count only now, when mapped.
		const numericCount =
			p.numeric ??
			Number(
				rowsAsText(
					await db.query(`SELECT count(${numericExpr(q)}) AS c FROM ${ident(src.table)}`)
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
