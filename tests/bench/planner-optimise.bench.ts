/**
 * Time from "Optimise" to a drawn result for the bundled sample, in headless Chromium on the built
 * app: click Optimise with each preset, wait until the result line shows and two animation frames
 * have run (the map and charts have painted). Builds the app first unless PLANNER_BUILD=0.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serveStatic } from './ingest/static-server';
import type { BenchRow } from './table';

export const title = 'Planner: Optimise → drawn result, sample book (5,000 × 40) in Chromium';

const root = fileURLToPath(new URL('../..', import.meta.url));
const PORT = 4182;
const PRESETS = ['Hybrid', 'Max revenue coverage', 'Perfect balance', 'Minimal disruption'];

export async function run(): Promise<BenchRow[]> {
	if (process.env.PLANNER_BUILD !== '0' || !existsSync(join(root, 'build', 'index.html')))
		execSync('npx vite build', { cwd: root, stdio: 'ignore' });
	const server = await serveStatic(join(root, 'build'), join(root, 'build'), PORT);
	const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
	const rows: BenchRow[] = [];
	try {
		const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
		await page.goto(`http://127.0.0.1:${PORT}/`);
		await page.getByRole('button', { name: 'Try the sample' }).click();
		await page.getByRole('button', { name: 'Continue' }).click();
		await page.getByTestId('optimise').waitFor({ timeout: 60_000 });
		for (const name of PRESETS) {
			await page.getByRole('button', { name: new RegExp(`^${name}`) }).click();
			const t0 = Date.now();
			await page.getByTestId('optimise').click();
			await page.getByTestId('solve-progress').waitFor({ timeout: 10_000 });
			await page.getByTestId('solve-progress').waitFor({ state: 'detached', timeout: 120_000 });
			await page.evaluate(
				() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
			);
			const seconds = (Date.now() - t0) / 1000;
			const line = page.getByTestId('last-run');
			const status = (await line.count()) ? await line.getAttribute('data-status') : 'message';
			const text = (await line.count())
				? await line.innerText()
				: await page.getByTestId('planner-message').innerText();
			const gap = /within ([\d.]+)%/.exec(text);
			rows.push({
				preset: name,
				'seconds to drawn result': seconds,
				status,
				'gap %': gap ? Number(gap[1]) : status === 'optimal' ? 0 : null,
				moved: Number(
					(await page.getByTestId('scorecard').innerText())
						.match(/ACCOUNTS MOVED\s*([\d,]+)/i)?.[1]
						?.replace(/,/g, '') ?? NaN
				)
			});
		}
	} finally {
		await browser.close();
		server.close();
	}
	return rows;
}
