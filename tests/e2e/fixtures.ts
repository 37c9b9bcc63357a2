/**
 * Shared e2e fixture: every request the page (or its workers) makes must go to the page's own
 * origin. Anything else is aborted and recorded, and the test fails after it ran.
 */
import { test as base, expect, type Page } from '@playwright/test';

export const ORIGIN = 'http://127.0.0.1:4173';

function offOrigin(url: string): boolean {
	if (url.startsWith('data:') || url.startsWith('blob:')) return false;
	return new URL(url).origin !== ORIGIN;
}

export const test = base.extend<{ foreignRequests: string[] }>({
	foreignRequests: [
		async ({ context }, use) => {
			const foreign: string[] = [];
			await context.route('**/*', (route) => {
				const url = route.request().url();
				if (!offOrigin(url)) return route.continue();
				if (!foreign.includes(url)) foreign.push(url);
				return route.abort('blockedbyclient');
			});
			// Requests that bypass routing (e.g. from workers) still raise 'request' events.
			context.on('request', (request) => {
				const url = request.url();
				if (offOrigin(url) && !foreign.includes(url)) foreign.push(url);
			});
			await use(foreign);
			expect(foreign, 'requests outside the page origin').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/** Loads the bundled sample through the UI: Try the sample → Continue. */
export async function loadSample(page: Page): Promise<void> {
	await page.goto('/');
	await page.getByRole('button', { name: 'Try the sample' }).click();
	await expect(page.getByRole('region', { name: 'Column mapping' })).toBeVisible();
	await page.getByRole('button', { name: 'Continue' }).click();
	await expect(page.getByTestId('account-count')).toHaveText('5,000 accounts');
}
