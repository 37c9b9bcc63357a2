/**
 * Scenarios in the browser: save two plans and compare them; a share link opened in a fresh
 * browser context with the same files shows identical metrics; a tampered link shows the error and
 * changes nothing; a reload keeps the files, the plan and the scenarios (IndexedDB).
 */
import type { Page } from '@playwright/test';
import { expect, loadSample, test } from './fixtures';

async function potentialCv(page: Page): Promise<number> {
	const cell = page
		.getByTestId('scorecard')
		.locator('[data-metric="potential"][data-stat="cv"]:not([data-which="before"])')
		.first();
	return Number(await cell.getAttribute('data-value'));
}

async function optimise(page: Page): Promise<void> {
	await page.getByRole('button', { name: /^Hybrid/ }).click();
	await page.getByTestId('optimise').click();
	await expect(page.getByTestId('last-run')).toBeVisible({ timeout: 90_000 });
}

async function save(page: Page, name: string): Promise<void> {
	await page.getByTestId('scenario-name').fill(name);
	await page.getByTestId('save-scenario').click();
	await expect(page.locator(`[data-testid="scenario-row"][data-name="${name}"]`)).toBeVisible();
}

const row = (page: Page, name: string) =>
	page.locator(`[data-testid="scenario-row"][data-name="${name}"]`);

/** The sample through the UI without leaving the current URL (a link's hash must survive). */
async function loadSampleHere(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'Try the sample' }).click();
	await expect(page.getByRole('region', { name: 'Column mapping' })).toBeVisible();
	await page.getByRole('button', { name: 'Continue' }).click();
	await expect(page.getByTestId('account-count')).toHaveText('5,000 accounts');
}

test('save two scenarios and compare them; share one as a link that opens elsewhere', async ({
	page,
	browser
}) => {
	test.setTimeout(240_000);
	await loadSample(page);
	await save(page, 'Today');
	await optimise(page);
	const cv = await potentialCv(page);
	await save(page, 'Hybrid <b>plan</b>');

	await row(page, 'Today').getByTestId('compare-check').check();
	await row(page, 'Hybrid <b>plan</b>').getByTestId('compare-check').check();
	await page.getByTestId('compare-selected').click();
	const view = page.getByTestId('compare-view');
	await expect(view).toBeVisible();
	await expect(view.getByTestId('compare-card')).toHaveCount(2);
	await expect(view.getByTestId('accounts-differing')).toContainText(/[1-9][\d,]* accounts differ/);
	await expect(view.locator('b')).toHaveCount(0);

	await row(page, 'Hybrid <b>plan</b>').getByTestId('share-link').click();
	const url = await page.getByTestId('share-url').inputValue();
	expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#s1\.[A-Za-z0-9_-]+$/);
	console.log(`share link for the sample's optimised plan: ${url.length} characters`);

	const other = await browser.newContext();
	try {
		const fresh = await other.newPage();
		await fresh.goto(url);
		await expect(fresh.getByTestId('link-pending')).toContainText(
			'for data with 5,000 accounts and 40 reps'
		);
		await loadSampleHere(fresh);
		await expect(fresh.getByTestId('link-pending')).toHaveCount(0);
		await expect(fresh.getByTestId('link-error')).toHaveCount(0);
		await expect(row(fresh, 'Hybrid <b>plan</b>')).toBeVisible();
		expect(await potentialCv(fresh)).toBe(cv);
		expect(fresh.url()).not.toContain('#s1.');
		// The opened plan's reasons come from the solver worker, not from a hand edit.
		await fresh.getByTestId('moved-account').first().getByRole('button').click();
		const reasons = fresh.getByTestId('move-reasons');
		await expect(reasons.locator('li').first()).toBeVisible();
		await expect(reasons).not.toContainText(/working out|moved by hand/, { timeout: 30_000 });
	} finally {
		await other.close();
	}
});

test('a tampered link shows the error and changes nothing', async ({ page }) => {
	// A valid link with one character of its payload changed, opened in a fresh page.
	await loadSample(page);
	await save(page, 'Original');
	await row(page, 'Original').getByTestId('share-link').click();
	const url = await page.getByTestId('share-url').inputValue();
	const at = url.length - 12;
	const tampered = url.slice(0, at) + (url[at] === 'A' ? 'B' : 'A') + url.slice(at + 1);
	const fresh = await page.context().browser()!.newContext();
	try {
		const other = await fresh.newPage();
		await other.goto(tampered);
		await expect(other.getByTestId('link-error')).toContainText('This link is damaged');
		await expect(other.getByTestId('link-pending')).toHaveCount(0);
		await loadSampleHere(other);
		await expect(other.getByTestId('link-error')).toBeVisible();
		await expect(other.getByTestId('scenario-row')).toHaveCount(0);
		const cells = other
			.getByTestId('scorecard')
			.locator('[data-metric="potential"][data-stat="cv"]');
		const values = await cells.evaluateAll((els) =>
			els.map((e) => Number(e.getAttribute('data-value')))
		);
		// The plan on screen is still today's: before and after agree.
		for (const v of values) expect(v).toBeCloseTo(values[0], 9);
	} finally {
		await fresh.close();
	}
});

test('a reload keeps the files, the plan and the scenarios', async ({ page }) => {
	test.setTimeout(180_000);
	await loadSample(page);
	await optimise(page);
	const cv = await potentialCv(page);
	await save(page, 'Keep me');
	await expect(page.getByTestId('workspace-status')).toContainText('Workspace saved');
	await page.waitForTimeout(1_000);
	await page.reload();
	await expect(page.getByTestId('account-count')).toHaveText('5,000 accounts', {
		timeout: 60_000
	});
	await expect(row(page, 'Keep me')).toBeVisible();
	await expect.poll(() => potentialCv(page)).toBe(cv);

	await page.getByTestId('clear-workspace').click();
	await page.getByTestId('clear-workspace-confirm').click();
	await expect(page.getByRole('button', { name: 'Try the sample' })).toBeVisible();
	await expect(page.getByTestId('scenario-row')).toHaveCount(0);
	await page.reload();
	await expect(page.getByTestId('account-count')).toHaveCount(0);
});
