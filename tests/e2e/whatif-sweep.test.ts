/**
 * The sweep and what-if panels on the sample. An 11-point balance-vs-travel sweep runs to the end
 * with its progress bar, draws its points, and clicking one opens its plan on the planner (the
 * scorecard changes). A rep leaving: the exported plan (read with the test's own CSV reader
 * against the sample file, not the app's numbers) gives none of their accounts to them, and
 * moves no more of the other accounts than the recipe's cap shown on the page.
 */
import type { Download, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, loadSample, test } from './fixtures';
import { readCsv } from './plan-check';

async function cv(page: Page): Promise<number> {
	const cell = page
		.getByTestId('scorecard')
		.locator('[data-metric="potential"][data-stat="cv"]:not([data-which="before"])')
		.first();
	return Number(await cell.getAttribute('data-value'));
}

async function saved(download: Download): Promise<string> {
	return readFileSync((await download.path())!, 'utf8');
}

test('an 11-point sweep finishes and clicking a point opens it', async ({ page }) => {
	test.setTimeout(240_000);
	await loadSample(page);
	const before = await cv(page);
	await expect(page.getByTestId('sweep-steps')).toHaveValue('11');
	const started = Date.now();
	await page.getByTestId('run-sweep').click();
	await expect(page.getByTestId('sweep-progress')).toBeVisible();
	await expect(page.getByTestId('cancel-sweep')).toBeVisible();
	await expect(page.getByTestId('sweep-count')).toHaveText('11 of 11 points', { timeout: 180_000 });
	console.log(`11-point sweep on the sample: ${((Date.now() - started) / 1000).toFixed(1)} s`);
	await expect(page.getByTestId('cancel-sweep')).toHaveCount(0);
	await expect(page.getByTestId('sweep-table').locator('tbody tr')).toHaveCount(11);
	const dots = page.getByTestId('sweep-point');
	expect(await dots.count()).toBeGreaterThan(0);
	await expect(
		page.locator('[data-testid="sweep-point"][data-pareto="true"]').first()
	).toBeVisible();
	await expect(page.getByTestId('sweep-stability')).toBeVisible();

	await dots.last().click();
	await expect(page.getByTestId('sweep-info')).toContainText('Opened');
	await expect.poll(() => cv(page)).not.toBeCloseTo(before, 6);
});

test('a rep leaves: all their accounts get new owners, other moves stay under the cap', async ({
	page
}) => {
	test.setTimeout(240_000);
	await loadSample(page);
	const today = new Map(
		readCsv(
			readFileSync(new URL('../../static/samples/accounts.csv', import.meta.url), 'utf8')
		).map((a) => [a['Account ID'], a['Owner ID']])
	);
	const pick = page.getByTestId('whatif-leaving-rep');
	const leaving = await pick.locator('option').nth(5).getAttribute('value');
	expect(leaving).toBeTruthy();
	await pick.selectOption(leaving!);
	const theirs = [...today.values()].filter((o) => o === leaving).length;
	expect(theirs).toBeGreaterThan(0);
	const repIds = new Set(
		readCsv(readFileSync(new URL('../../static/samples/reps.csv', import.meta.url), 'utf8')).map(
			(r) => r['Rep ID']
		)
	);
	// Accounts whose owner is not a rep in the file have no owner to keep either.
	const ownerless = [...today.values()].filter((o) => !repIds.has(o)).length;
	const freed = theirs + ownerless;

	await page.getByTestId('whatif-run-rep-leaves').click();
	const moved = page.getByTestId('whatif-others-moved');
	await expect(moved).toBeVisible({ timeout: 180_000 });
	await expect(page.getByTestId('whatif-error-rep-leaves')).toHaveCount(0);
	const cap = Number(await moved.getAttribute('data-cap'));
	expect(cap).toBeGreaterThan(0);
	await expect(page.getByTestId('whatif-freed')).toContainText(
		`${freed.toLocaleString('en-US')} of ${freed.toLocaleString('en-US')}`
	);

	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByTestId('export-crm').click()
	]);
	const crm = readCsv(await saved(download));
	expect(crm).toHaveLength(today.size);
	let others = 0;
	for (const r of crm) {
		const was = today.get(r.account_id);
		expect(r.new_owner_id).not.toBe(leaving);
		expect(r.new_owner_id).not.toBe('');
		if (was !== leaving && repIds.has(was!) && was !== r.new_owner_id) others++;
	}
	console.log(`${leaving} leaves: ${theirs} accounts placed, ${others} others moved (cap ${cap})`);
	expect(others).toBeLessThanOrEqual(cap);
	expect(others).toBe(Number(await moved.getAttribute('data-moved')));

	await page.getByTestId('whatif-back').first().click();
	await expect(page.getByTestId('whatif-outcome')).toHaveCount(0);
});
