/**
 * A data session over any Db: stages files (swap on success) and builds the Book. Calls are
 * serialised so a slow load and a build never interleave on the same tables. Never throws.
 */
import { buildBook, type BuildSource } from './build-book';
import type { Db } from './db';
import { errorText, stageFile } from './stage';
import { ident } from './sql';
import type { BuildResult, DataSession, StageResult, TableKind } from './types';
import type { ZipCentroids } from './zip-centroids';

let sessions = 0;

/**
 * `openDb` runs on first use, so a failure to start the engine comes back as an error from
 * `stage` (data, not an exception) and creating a session never fails.
 */
export function createSession(
	openDb: () => Promise<Db>,
	loadZips: () => Promise<ZipCentroids | null>
): DataSession {
	let opened: Promise<Db> | null = null;
	const getDb = () => {
		opened ??= openDb().catch((e: unknown) => {
			opened = null;
			throw new Error(`Could not start the database engine: ${errorText(e)}`);
		});
		return opened;
	};
	// Several sessions may share one engine (Node tests): table names are unique per session.
	const prefix = `carve${++sessions}`;
	const sources: Record<TableKind, BuildSource | null> = { accounts: null, reps: null };
	let attempt = 0;
	let queue: Promise<unknown> = Promise.resolve();
	let zips: Promise<ZipCentroids | null> | null = null;
	const serial = <T>(task: () => Promise<T>): Promise<T> => {
		const run = queue.then(task, task);
		queue = run.catch(() => undefined);
		return run;
	};

	return {
		stage(kind, file, onProgress) {
			return serial(async (): Promise<StageResult> => {
				try {
					const n = ++attempt;
					const names = {
						target: `${prefix}_${kind}`,
						scratch: `${prefix}_${kind}_staging${n}`,
						file: `${prefix}_${kind}_${n}.csv`
					};
					const res = await stageFile(await getDb(), names, kind, file, onProgress);
					if (!res.ok) return res;
					sources[kind] = { table: names.target, staged: res.staged };
					return { ok: true, table: res.staged.table };
				} catch (e) {
					return {
						ok: false,
						error: {
							code: 'internal',
							file: file.name,
							row: null,
							column: null,
							message: `${file.name}: ${errorText(e)}`
						}
					};
				}
			});
		},
		staged(kind) {
			return sources[kind]?.staged.table ?? null;
		},
		unstage(kind) {
			return serial(async () => {
				const src = sources[kind];
				sources[kind] = null;
				if (src && opened) {
					const db = await opened;
					await db.query(`DROP TABLE IF EXISTS ${ident(src.table)}`).catch(() => undefined);
				}
			});
		},
		buildBook(request, onProgress) {
			return serial(async (): Promise<BuildResult> => {
				try {
					return await buildBook(
						{
							db: sources.accounts ? await getDb() : null,
							accounts: sources.accounts,
							reps: sources.reps,
							zipTable: () => (zips ??= loadZips().catch(() => null))
						},
						request,
						onProgress
					);
				} catch (e) {
					return {
						ok: false,
						audit: null,
						error: {
							code: 'internal',
							file: sources.accounts?.staged.table.file ?? '',
							row: null,
							column: null,
							message: errorText(e)
						}
					};
				}
			});
		},
		dispose() {
			return serial(async () => {
				const db = opened ? await opened.catch(() => null) : null;
				for (const kind of ['accounts', 'reps'] as const) {
					const src = sources[kind];
					sources[kind] = null;
					if (src && db) {
						await db.query(`DROP TABLE IF EXISTS ${ident(src.table)}`).catch(() => undefined);
					}
				}
				await db?.close();
			});
		}
	};
}
