/**
 * Runs scale cases in headless Chromium through the hidden /bench/solver page of the built app
 * (module worker + browser HiGHS), served from build/ by the ingest bench's static server.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { SolverBenchResult } from '../../../src/lib/workers/solver-bench-hook';
import { serveStatic } from '../ingest/static-server';
import { boundGapPct } from '../gaps';
import type { BenchRow } from '../table';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const PORT = 4181;

export async function runInChromium(
	cases: { name: string; n: number; p: number; seed: number; limit: number }[]
): Promise<BenchRow[]> {
	if (process.env.SCALE_BUILD !== '0' || !existsSync(join(root, 'build', 'bench', 'solver.html')))
		execSync('npx vite build', { cwd: root, stdio: 'ignore' });
	const server = await serveStatic(join(root, 'build'), join(root, 'build'), PORT);
	const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
	const rows: BenchRow[] = [];
	try {
		const page = await browser.newPage();
		await page.goto(`http://127.0.0.1:${PORT}/bench/solver`);
		await page.waitForSelector('[data-status="ready"]', { timeout: 60_000 });
		for (const c of cases) {
			const r = (await page.evaluate(
				([n, p, seed, limit]) =>
					(
						window as unknown as {
							carveSolverBench: (...a: number[]) => Promise<unknown>;
						}
					).carveSolverBench(n, p, seed, limit),
				[c.n, c.p, c.seed, c.limit]
			)) as SolverBenchResult;
			rows.push({
				instance: `synthetic-${c.name} (chromium worker)`,
				size: `${c.n}×${c.p}`,
				seed: c.seed,
				status: r.status,
				seconds: r.seconds,
				'first feasible s': r.firstFeasibleSeconds,
				objective: r.objective,
				bound: r.bound,
				'gap %': boundGapPct(r.objective, r.bound),
				feasible: r.feasible,
				'peak MB': r.peakHeapMB
			});
		}
	} finally {
		await browser.close();
		server.close();
	}
	return rows;
}
