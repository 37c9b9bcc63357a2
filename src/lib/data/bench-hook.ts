/**
 * Browser benchmark hook (used only by the hidden /bench/ingest page): fetches a file from the
 * app's origin, stages it and builds the Book through the real browser session, and reports
 * timings and the main thread's JS heap.
 */
import { createBrowserSession } from './browser-session';
import { suggestMapping } from './mapping';

export interface IngestBenchResult {
	ok: boolean;
	error: string | null;
	rows: number;
	bytes: number;
	fetchSeconds: number;
	initSeconds: number;
	stageSeconds: number;
	buildSeconds: number;
	peakHeapMB: number | null;
	/** Accounts whose coordinates came from the ZIP table (proves the table loaded). */
	geocodedFromZip: number;
	/** Seconds from the start of staging at which each stage began. */
	stageMarks: Record<string, number>;
}

interface MemoryInfo {
	usedJSHeapSize: number;
}

export async function runIngestBench(url: string): Promise<IngestBenchResult> {
	const mem = () =>
		(performance as unknown as { memory?: MemoryInfo }).memory?.usedJSHeapSize ?? null;
	let peak = mem() ?? 0;
	const timer = setInterval(() => (peak = Math.max(peak, mem() ?? 0)), 50);
	const result: IngestBenchResult = {
		ok: false,
		error: null,
		rows: 0,
		bytes: 0,
		fetchSeconds: 0,
		initSeconds: 0,
		stageSeconds: 0,
		buildSeconds: 0,
		peakHeapMB: null,
		geocodedFromZip: 0,
		stageMarks: {}
	};
	const secondsSince = (t: number) => (performance.now() - t) / 1000;
	try {
		let t = performance.now();
		const session = await createBrowserSession();
		// The engine starts lazily: a tiny file first, so its start-up is not counted as ingest.
		const warm = await session.stage('accounts', {
			name: 'warm-up.csv',
			bytes: new TextEncoder().encode('id,owner\na,r\n')
		});
		if (!warm.ok) throw new Error(warm.error.message);
		result.initSeconds = secondsSince(t);
		t = performance.now();
		const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
		result.bytes = bytes.length;
		result.fetchSeconds = secondsSince(t);
		t = performance.now();
		const t0 = t;
		const staged = await session.stage(
			'accounts',
			{ name: url.split('/').pop() ?? url, bytes },
			(p) => {
				result.stageMarks[p.stage] ??= secondsSince(t0);
			}
		);
		result.stageSeconds = secondsSince(t);
		if (!staged.ok) throw new Error(staged.error.message);
		result.rows = staged.table.rowCount;
		t = performance.now();
		const columns = staged.table.columns.map((c) => c.name);
		const built = await session.buildBook({
			accounts: suggestMapping('accounts', columns).mapping,
			reps: null
		});
		result.buildSeconds = secondsSince(t);
		if (!built.ok) throw new Error(built.error.message);
		result.ok = built.book.accounts.n === result.rows;
		result.geocodedFromZip = built.audit.geocoding.accounts.fromZip;
		await session.dispose();
	} catch (e) {
		result.error = e instanceof Error ? e.message : String(e);
	} finally {
		clearInterval(timer);
		peak = Math.max(peak, mem() ?? 0);
		result.peakHeapMB = peak > 0 ? peak / 1e6 : null;
	}
	return result;
}
