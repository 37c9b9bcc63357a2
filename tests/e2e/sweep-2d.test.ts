/**
 * A two-axis sweep on the sample: balance-vs-travel weight (3 steps) by balance tolerance (2
 * steps) fills a 3 × 2 heat-map grid, and clicking a cell opens that point on the planner.
 */
import { expect, loadSample, test } from './fixtures';

test('a 3 × 2 two-axis sweep fills the grid and a cell opens its point', async ({ page }) => {
	test.setTimeout(240_000);
	await loadSample(page);
	await page.getByTestId('sweep-steps').fill('3');
	await page.getByLabel('Second axis', { exact: true }).check();
	await page.getByLabel('Second axis setting').selectOption('tolerance');
	await page.getByLabel('Second axis from').fill('0.05');
	await page.getByLabel('Second axis to').fill('0.2');
	await page.getByLabel('Second axis steps').fill('2');
	await expect(page.getByTestId('sweep-total')).toHaveText('6 points (at most 121)');
	await page.getByTestId('run-sweep').click();
	await expect(page.getByTestId('sweep-count')).toHaveText('6 of 6 points', { timeout: 180_000 });
	const cells = page.getByTestId('sweep-cell');
	await expect(cells).toHaveCount(6);
	expect(await cells.evaluateAll((c) => c.map((e) => e.getAttribute('data-index')))).toEqual([
		'0',
		'2',
		'4',
		'1',
		'3',
		'5'
	]);
	await expect(page.getByTestId('sweep-table').locator('tbody tr')).toHaveCount(6);
	await expect(page.getByTestId('sweep-stability').locator('ol')).toHaveCount(2);
	await page.locator('[data-testid="sweep-cell"][data-index="5"]').click();
	await expect(page.getByTestId('sweep-info')).toContainText(
		'Opened “balance 1 / travel 0, potential ±20%”'
	);
	await expect(page.locator('[data-testid="sweep-cell"][data-index="5"]')).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await page.getByLabel('Second axis steps').fill('12');
	await page.getByTestId('sweep-steps').fill('11');
	await page.getByTestId('run-sweep').click();
	await expect(page.getByTestId('sweep-error')).toContainText('132 points is too many');
});
