import { expect, test } from './fixtures';

test('home page renders with the load panel and About attributions', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Carve' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Try the sample' })).toBeEnabled();
	await page.getByRole('button', { name: 'About' }).click();
	const about = page.getByRole('region', { name: 'About Carve' });
	await expect(about).toContainText('GeoNames');
	await expect(about).toContainText('Natural Earth');
});

test.describe('without the page CSP', () => {
	// The app's CSP already stops the fetch in the page; bypass it to prove the guard catches it too.
	test.use({ bypassCSP: true });

	test('the origin guard records and blocks requests to other hosts', async ({
		page,
		foreignRequests
	}) => {
		await page.goto('/');
		const outcome = await page.evaluate(() =>
			fetch('http://example.invalid/tracker.gif').then(
				() => 'loaded',
				() => 'blocked'
			)
		);
		expect(outcome).toBe('blocked');
		expect(foreignRequests).toEqual(['http://example.invalid/tracker.gif']);
		// Emptied so this deliberate request does not fail the test in the fixture's teardown.
		foreignRequests.length = 0;
	});
});
