import type { Page } from '@playwright/test';
import { expect, loadSample, test } from './fixtures';
import { mapColours } from './map-colours';

async function selectedCount(page: Page): Promise<number> {
	const text = (await page.getByTestId('selected-count').textContent()) ?? '';
	return Number(text.replace(/[^\d]/g, ''));
}

async function drag(page: Page, path: [number, number][]): Promise<void> {
	await page.mouse.move(...path[0]);
	await page.mouse.down();
	for (const p of path.slice(1)) await page.mouse.move(...p, { steps: 3 });
	await page.mouse.up();
}

test('the plan map selects accounts by click, rectangle and lasso', async ({ page }) => {
	await loadSample(page);
	const map = page.getByTestId('plan-map');
	await expect(map.locator('canvas')).toBeVisible();
	await expect
		.poll(async () => (await mapColours(map.locator('canvas'), 40)).colours, { timeout: 30_000 })
		.toBeGreaterThanOrEqual(8);
	await map.scrollIntoViewIfNeeded();
	let box = (await map.boundingBox())!;
	const at = (fx: number, fy: number): [number, number] => [
		box.x + box.width * fx,
		box.y + box.height * fy
	];
	// Clicking a toolbar button or a change of selection may scroll the page or move the map.
	const refresh = async () => {
		await map.scrollIntoViewIfNeeded();
		box = (await map.boundingBox())!;
	};
	const mode = async (m: 'click' | 'rect' | 'lasso') => {
		await page.getByTestId(`select-${m}`).click();
		await refresh();
	};

	// Rectangle over the middle of the country: some accounts, not all of them.
	await mode('rect');
	await expect(map.locator('[data-select-mode="rect"]')).toHaveCSS('cursor', 'crosshair');
	await drag(page, [at(0.2, 0.2), at(0.5, 0.5), at(0.8, 0.8)]);
	await expect.poll(() => selectedCount(page)).toBeGreaterThan(0);
	const rect = await selectedCount(page);
	expect(rect).toBeLessThan(5000);
	// Alt subtracts: a rectangle over the whole map takes every selected account away.
	await refresh();
	await page.keyboard.down('Alt');
	await drag(page, [at(0.01, 0.01), at(0.99, 0.99)]);
	await page.keyboard.up('Alt');
	await expect.poll(() => selectedCount(page)).toBe(0);

	// A lasso around the same area selects the accounts inside it; Shift adds a second one.
	await mode('lasso');
	const ring = (cx: number, cy: number, r: number): [number, number][] =>
		Array.from({ length: 25 }, (_, k) => {
			const t = (k / 24) * 2 * Math.PI;
			return at(cx + r * Math.cos(t), cy + r * Math.sin(t));
		});
	await drag(page, ring(0.5, 0.5, 0.3));
	await expect.poll(() => selectedCount(page)).toBeGreaterThan(0);
	const lasso = await selectedCount(page);
	await refresh();
	await page.keyboard.down('Shift');
	await drag(page, ring(0.15, 0.5, 0.12));
	await page.keyboard.up('Shift');
	await expect.poll(() => selectedCount(page)).toBeGreaterThanOrEqual(lasso);

	// In click mode a click on open water clears the selection.
	await mode('click');
	await refresh();
	// deck.gl counts a press as a click only when it is short; a loaded machine can stretch one
	// press past that, so the click is repeated until it lands.
	await expect
		.poll(async () => {
			await page.mouse.click(...at(0.55, 0.9));
			return selectedCount(page);
		})
		.toBe(0);
});
