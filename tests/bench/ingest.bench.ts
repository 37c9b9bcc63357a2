/**
 * Ingest benchmark: 100k and 1M-row account CSVs loaded in headless Chromium through the real
 * browser data layer (DuckDB-WASM eh bundle in its worker), via the hidden /bench/ingest page of
 * the built app served by `vite preview`. Reports seconds to a queryable table, seconds to a
 * Book, the page's peak JS heap and the renderer's peak resident memory (wasm included).
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { ensureAccountsCsv } from './ingest/generate-accounts';
import { serveStatic } from './ingest/static-server';
import type { IngestBenchResult } from '../../src/lib/data/bench-hook';
import type { BenchRow } from './table';

export const title = 'Ingest: account CSV -> queryable DuckDB table -> Book, headless Chromium';

const root = fileURLToPath(new URL('../..', import.meta.url));
const PORT = 4179;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const SIZES = [
	{ rows: 100_000, file: 'accounts-100k.csv' },
	{ rows: 1_000_000, file: 'accounts-1m.csv' }
];

/** Peak resident set (VmHWM) over Chromium's renderer processes that descend from `pid`. */
function rendererPeakMB(pid: number): number | null {
	const children = new Map<number, number[]>();
	for (const d of readdirSync('/proc').filter((x) => /^\d+$/.test(x))) {
		try {
			const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
			const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			children.set(ppid, [...(children.get(ppid) ?? []), Number(d)]);
		} catch {
			// process ended meanwhile
		}
	}
	let peak = 0;
	const stack = [pid];
	while (stack.length > 0) {
		const p = stack.pop() as number;
		stack.push(...(children.get(p) ?? []));
		try {
			const cmd = readFileSync(`/proc/${p}/cmdline`, 'utf8');
			if (!cmd.includes('--type=renderer')) continue;
			const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${p}/status`, 'utf8'));
			if (hwm) peak = Math.max(peak, Number(hwm[1]) / 1024);
		} catch {
			// process ended meanwhile
		}
	}
	return peak > 0 ? peak : null;
}

async function measure(path: string): Promise<{ page: IngestBenchResult; rssMB: number | null }> {
	const server = await chromium.launchServer({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: [
			'--no-sandbox',
			'--disable-background-networking',
			'--disable-component-update',
			'--no-first-run',
			'--enable-precise-memory-info'
		]
	});
	const browser = await chromium.connect(server.wsEndpoint());
	try {
		const page = await browser.newPage();
		await page.goto(`${ORIGIN}/bench/ingest`);
		await page.waitForSelector('[data-status="ready"]', { timeout: 60_000 });
		const name = path.split('/').pop() as string;
		const result = (await page.evaluate(
			(url) =>
				(
					window as unknown as { carveIngestBench: (u: string) => Promise<unknown> }
				).carveIngestBench(url),
			`${ORIGIN}/__bench/${name}`
		)) as IngestBenchResult;
		const pid = server.process().pid;
		return { page: result, rssMB: pid ? rendererPeakMB(pid) : null };
	} finally {
		await browser.close();
		await server.close();
	}
}

export async function run(): Promise<BenchRow[]> {
	const files = [];
	for (const s of SIZES) {
		const path = join(root, 'bench-data', s.file);
		await ensureAccountsCsv(path, s.rows);
		files.push({ ...s, path });
	}
	// Measure the current code: rebuild unless told the build is fresh.
	if (
		!process.env.CARVE_BENCH_NO_BUILD ||
		!existsSync(join(root, 'build', 'bench', 'ingest.html'))
	) {
		execSync('npx vite build', { cwd: root, stdio: 'ignore' });
	}
	// The CSV comes from the page's own origin, like everything Carve loads.
	const server = await serveStatic(join(root, 'build'), join(root, 'bench-data'), PORT);
	const rows: BenchRow[] = [];
	try {
		for (const f of files) {
			const { page, rssMB } = await measure(f.path);
			rows.push({
				file: f.file,
				rows: page.rows,
				MB: page.bytes / 1e6,
				'load to queryable table (s)': page.stageSeconds,
				'of which checks (s)': page.stageMarks.loading ?? null,
				'of which DuckDB read (s)':
					(page.stageMarks.profiling ?? NaN) - (page.stageMarks.loading ?? NaN),
				'of which profile (s)': page.stageSeconds - (page.stageMarks.profiling ?? NaN),
				'table to Book (s)': page.buildSeconds,
				'engine init (s)': page.initSeconds,
				'geocoded from ZIP': page.geocodedFromZip,
				'peak JS heap (MB)': page.peakHeapMB,
				'renderer peak RSS (MB)': rssMB,
				'goal 1M <= 10 s': f.rows === 1_000_000 ? page.stageSeconds <= 10 : null,
				ok: page.ok,
				error: page.error
			});
		}
	} finally {
		await new Promise((ok) => server.close(ok));
	}
	return rows;
}
