import { expect, loadSample, test } from './fixtures';
import { mapColours } from './map-colours';

test('the sample loads into a virtualised, sortable table of 5,000 accounts', async ({ page }) => {
	await loadSample(page);
	await expect(page.getByTestId('audit-ok')).toBeVisible();
	const grid = page.getByRole('grid');
	await expect(grid).toHaveAttribute('data-row-count', '5000');
	const domRows = await grid.locator('.body [role=row]').count();
	expect(domRows).toBeGreaterThan(10);
	expect(domRows).toBeLessThan(100);
	console.log(`table: ${domRows} rows in the DOM for 5,000 accounts`);

	// Sort by potential, largest first: the first row holds the maximum.
	const header = grid.getByRole('columnheader', { name: /^Potential/ });
	await header.click();
	await header.click();
	await expect(header).toHaveAttribute('aria-sort', 'descending');
	const potentials = await grid.locator('.body [role=row]').evaluateAll((rows) =>
		rows
			.map((r) => ({
				top: parseFloat((r as HTMLElement).style.top),
				value: Number(r.querySelectorAll('[role=gridcell]')[3].textContent!.replace(/,/g, ''))
			}))
			.sort((a, b) => a.top - b.top)
			.map((r) => r.value)
	);
	expect(potentials[0]).toBeGreaterThan(1_000_000);
	for (let k = 1; k < potentials.length; k++)
		expect(potentials[k]).toBeLessThanOrEqual(potentials[k - 1]);

	// Scrolling to the end renders the last rows, still only a window of them.
	await grid.evaluate((el) => (el.scrollTop = el.scrollHeight));
	await expect(grid.locator('[aria-rowindex="5001"]')).toBeVisible();
	expect(await grid.locator('.body [role=row]').count()).toBeLessThan(100);
});

test('the map draws accounts in many owner colours over the basemap', async ({ page }) => {
	await loadSample(page);
	const canvas = page.getByTestId('plan-map').locator('canvas');
	await expect(canvas).toBeVisible();
	const countColours = () => mapColours(canvas, 40);
	await expect
		.poll(async () => (await countColours()).colours, { timeout: 30_000 })
		.toBeGreaterThanOrEqual(8);
	const { painted, samples, colours } = await countColours();
	expect(painted).toBeGreaterThan(10_000);
	console.log(`map: ${colours} of 40 owner colours visible, ${painted} painted pixels`);

	// Hovering an account point shows its details as text.
	const box = (await canvas.boundingBox())!;
	const tip = page.getByRole('tooltip');
	let shown = '';
	for (const at of samples) {
		await page.mouse.move(box.x + at.x + 1, box.y + at.y + 1);
		await page.waitForTimeout(150);
		shown = (await tip.count()) ? await tip.innerText() : '';
		if (/ACC-\d{7}/.test(shown)) break;
	}
	expect(shown).toMatch(/ACC-\d{7}/);
	expect(shown).toContain('Owner:');
});
