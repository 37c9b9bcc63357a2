/**
 * The workspace that survives a reload: the loaded files (bytes, name, kind), their column
 * mappings, the saved scenarios and the working plan (settings, assignment, locks, undo history),
 * kept in IndexedDB (database 'carve', one object store per part). The backend is injected so the
 * logic runs in Node tests over memory. Nothing read back is trusted: scenarios go through the same
 * validation as links, plans are checked for shape, and a bad part is dropped with a note rather
 * than breaking the page. A storage refusal (quota) is reported with its size, never swallowed.
 */
import type { PlanSettings } from '$lib/core/settings';
import type { ColumnMapping, TableKind } from '$lib/data';
import type { EditDiff } from '$lib/planner/edit-session';
import type { Scenario } from '$lib/scenario/scenario';
import { isPlainObject } from '$lib/scenario/schema';
import { validateScenario } from '$lib/scenario/validate-scenario';

export const DB_NAME = 'carve';
export const DB_VERSION = 1;
export const STORES = ['files', 'mappings', 'scenarios', 'plan'] as const;
export type StoreName = (typeof STORES)[number];
const KEY = 'current';

export interface StoredFile {
	kind: TableKind;
	name: string;
	bytes: Uint8Array;
}

export interface StoredPlan {
	/** Fingerprint hash of the book the plan is on: a plan for other data is never restored. */
	bookHash: string;
	settings: PlanSettings;
	assignment: Int32Array;
	locked: Uint8Array;
	history?: { undo: EditDiff[]; redo: EditDiff[] };
}

export interface WorkspaceSnapshot {
	files: StoredFile[];
	mappings: { accounts: ColumnMapping<'accounts'> | null; reps: ColumnMapping<'reps'> | null };
	scenarios: Scenario[];
	plan: StoredPlan | null;
}

/** Key-value storage with one value per store; `put` writes all given stores in one transaction. */
export interface StoreBackend {
	put(values: Partial<Record<StoreName, unknown>>): Promise<void>;
	get(): Promise<Partial<Record<StoreName, unknown>>>;
	clear(): Promise<void>;
}

export type SaveResult = { ok: true; bytes: number } | { ok: false; error: string; bytes: number };
export type LoadResult =
	{ ok: true; snapshot: WorkspaceSnapshot | null; notes: string[] } | { ok: false; error: string };

const mb = (bytes: number) =>
	bytes < 100 * 1024
		? `${Math.max(1, Math.ceil(bytes / 1024))} KB`
		: `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

function isQuota(e: unknown): boolean {
	const name = (e as { name?: unknown } | null)?.name;
	return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

function why(e: unknown): string {
	return e instanceof Error ? e.message || e.name : String(e);
}

/** Rough size of what a snapshot stores: file bytes plus the JSON-sized rest. */
export function snapshotBytes(s: Partial<WorkspaceSnapshot>): number {
	let n = 0;
	for (const f of s.files ?? []) n += f.bytes.byteLength + f.name.length;
	n += JSON.stringify(s.mappings ?? null).length + JSON.stringify(s.scenarios ?? []).length;
	if (s.plan) n += s.plan.assignment.byteLength + s.plan.locked.byteLength + 2_000;
	for (const d of [...(s.plan?.history?.undo ?? []), ...(s.plan?.history?.redo ?? [])])
		n += d.accounts.byteLength * 4;
	return n;
}

export function saveFailure(e: unknown, bytes: number): string {
	const cause = isQuota(e) ? 'the storage quota for this page is full' : why(e);
	return `The browser refused to store ${mb(bytes)}: ${cause}. Your work is still on screen but will not survive a reload.`;
}

const isMapping = (v: unknown): boolean =>
	isPlainObject(v) && Object.values(v).every((x) => x === null || typeof x === 'string');

function readFiles(v: unknown, notes: string[]): StoredFile[] {
	if (!Array.isArray(v)) return [];
	const out: StoredFile[] = [];
	for (const f of v) {
		if (
			isPlainObject(f) &&
			(f.kind === 'accounts' || f.kind === 'reps') &&
			typeof f.name === 'string' &&
			f.bytes instanceof Uint8Array
		)
			out.push({ kind: f.kind, name: f.name, bytes: f.bytes });
		else notes.push('A stored data file was unreadable and was left out; load it again.');
	}
	return out;
}

function readScenarios(v: unknown, notes: string[]): Scenario[] {
	if (!Array.isArray(v)) return [];
	const out: Scenario[] = [];
	v.forEach((raw, k) => {
		const check = validateScenario(raw);
		if (check.ok) out.push(check.scenario);
		else notes.push(`Stored scenario ${k + 1} could not be restored: ${check.error}.`);
	});
	return out;
}

function isDiff(d: unknown): d is EditDiff {
	return (
		isPlainObject(d) &&
		typeof d.label === 'string' &&
		d.accounts instanceof Int32Array &&
		d.from instanceof Int32Array &&
		d.to instanceof Int32Array &&
		d.lockFrom instanceof Uint8Array &&
		d.lockTo instanceof Uint8Array
	);
}

function readPlan(v: unknown, notes: string[]): StoredPlan | null {
	if (v === undefined || v === null) return null;
	const ok =
		isPlainObject(v) &&
		typeof v.bookHash === 'string' &&
		isPlainObject(v.settings) &&
		v.assignment instanceof Int32Array &&
		v.locked instanceof Uint8Array &&
		v.locked.length === v.assignment.length;
	if (!ok) {
		notes.push('The stored working plan was unreadable and was left out.');
		return null;
	}
	const plan: StoredPlan = {
		bookHash: v.bookHash as string,
		settings: v.settings as unknown as PlanSettings,
		assignment: v.assignment as Int32Array,
		locked: v.locked as Uint8Array
	};
	const h = v.history;
	if (isPlainObject(h) && Array.isArray(h.undo) && Array.isArray(h.redo)) {
		if (h.undo.every(isDiff) && h.redo.every(isDiff)) plan.history = { undo: h.undo, redo: h.redo };
		else notes.push('The undo history could not be restored; the plan itself was.');
	}
	return plan;
}

export class WorkspaceStore {
	constructor(private backend: StoreBackend) {}

	/** Stores the given parts (others keep their stored value). */
	async save(snapshot: Partial<WorkspaceSnapshot>): Promise<SaveResult> {
		const bytes = snapshotBytes(snapshot);
		const values: Partial<Record<StoreName, unknown>> = {};
		for (const k of STORES) if (snapshot[k] !== undefined) values[k] = snapshot[k];
		try {
			await this.backend.put(values);
			return { ok: true, bytes };
		} catch (e) {
			return { ok: false, bytes, error: saveFailure(e, bytes) };
		}
	}

	/** The stored workspace, null when nothing was stored; unreadable parts are dropped with notes. */
	async load(): Promise<LoadResult> {
		let raw: Partial<Record<StoreName, unknown>>;
		try {
			raw = await this.backend.get();
		} catch (e) {
			return { ok: false, error: `The saved workspace could not be read: ${why(e)}.` };
		}
		if (STORES.every((k) => raw[k] === undefined)) return { ok: true, snapshot: null, notes: [] };
		const notes: string[] = [];
		const m = isPlainObject(raw.mappings) ? raw.mappings : {};
		const snapshot: WorkspaceSnapshot = {
			files: readFiles(raw.files, notes),
			mappings: {
				accounts: isMapping(m.accounts) ? (m.accounts as ColumnMapping<'accounts'>) : null,
				reps: isMapping(m.reps) ? (m.reps as ColumnMapping<'reps'>) : null
			},
			scenarios: readScenarios(raw.scenarios, notes),
			plan: readPlan(raw.plan, notes)
		};
		return { ok: true, snapshot, notes };
	}

	async clear(): Promise<{ ok: true } | { ok: false; error: string }> {
		try {
			await this.backend.clear();
			return { ok: true };
		} catch (e) {
			return { ok: false, error: `The saved workspace could not be cleared: ${why(e)}.` };
		}
	}
}

/** Memory storage with IndexedDB's copy semantics (structured clone), for tests. */
export function memoryBackend(): StoreBackend & { data: Partial<Record<StoreName, unknown>> } {
	return {
		data: {},
		async put(values) {
			this.data = { ...this.data, ...structuredClone(values) };
		},
		async get() {
			return structuredClone(this.data);
		},
		async clear() {
			this.data = {};
		}
	};
}

function request<T>(r: IDBRequest<T>): Promise<T> {
	return new Promise((resolve, reject) => {
		r.onsuccess = () => resolve(r.result);
		r.onerror = () => reject(r.error);
	});
}

function done(tx: IDBTransaction): Promise<void> {
	return new Promise((resolve, reject) => {
		tx.oncomplete = () => resolve();
		tx.onerror = () => reject(tx.error);
		tx.onabort = () => reject(tx.error ?? new Error('the write was aborted'));
	});
}

/** IndexedDB storage: database 'carve', one object store per part, one value under 'current'. */
export function indexedDbBackend(factory: IDBFactory = indexedDB, name = DB_NAME): StoreBackend {
	let db: Promise<IDBDatabase> | null = null;
	const open = () => {
		db ??= new Promise((resolve, reject) => {
			const r = factory.open(name, DB_VERSION);
			r.onupgradeneeded = () => {
				for (const s of STORES)
					if (!r.result.objectStoreNames.contains(s)) r.result.createObjectStore(s);
			};
			r.onsuccess = () => resolve(r.result);
			r.onerror = () => reject(r.error);
			r.onblocked = () => reject(new Error('another tab holds an older workspace open'));
		});
		db.catch(() => (db = null));
		return db;
	};
	return {
		async put(values) {
			const names = STORES.filter((s) => values[s] !== undefined);
			if (!names.length) return;
			const tx = (await open()).transaction(names, 'readwrite');
			for (const s of names) tx.objectStore(s).put(values[s], KEY);
			await done(tx);
		},
		async get() {
			const tx = (await open()).transaction([...STORES], 'readonly');
			const values = await Promise.all(STORES.map((s) => request(tx.objectStore(s).get(KEY))));
			return Object.fromEntries(STORES.map((s, k) => [s, values[k]]));
		},
		async clear() {
			const tx = (await open()).transaction([...STORES], 'readwrite');
			for (const s of STORES) tx.objectStore(s).clear();
			await done(tx);
		}
	};
}
