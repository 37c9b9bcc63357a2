import { loadZipCentroidsSync } from '../../src/lib/data/zip-centroids-node';
import { generateBook } from '../../src/lib/samples/generate';
import { placesFromColumns } from '../../src/lib/samples/places';
import { expect, test } from './fixtures';

const HOSTILE = '<img src=x onerror="window.__xss=1">';
const ACCOUNTS =
	'Account ID,Account Name,Owner ID,Potential,Billing Zip\n' +
	`A-1,"${HOSTILE.replace(/"/g, '""')}",R-1,1000,10001\n` +
	'A-2,<b>Bold Co</b>,R-2,2000,60601\n' +
	'A-3,Plain Co,R-1,3000,94105\n';
const REPS = 'Rep ID,Name,Home Zip\nR-1,Ann Lee,10001\nR-2,Bo Park,60601\n';

test('two files dropped together load as accounts and reps; names render as text', async ({
	page
}) => {
	await page.goto('/');
	const transfer = await page.evaluateHandle(
		(files) => {
			const dt = new DataTransfer();
			for (const f of files) dt.items.add(new File([f.text], f.name, { type: 'text/csv' }));
			return dt;
		},
		[
			{ name: 'my-accounts.csv', text: ACCOUNTS },
			{ name: 'sales-reps.csv', text: REPS }
		]
	);
	await page
		.getByRole('region', { name: 'Load data' })
		.dispatchEvent('drop', { dataTransfer: transfer });
	await expect(page.getByTestId('drop-accounts')).toContainText('my-accounts.csv · 3 rows');
	await expect(page.getByTestId('drop-reps')).toContainText('sales-reps.csv · 2 rows');
	await page.getByRole('button', { name: 'Continue' }).click();
	await expect(page.getByTestId('account-count')).toHaveText('3 accounts');
	const grid = page.getByRole('grid');
	await expect(grid.getByRole('gridcell', { name: HOSTILE, exact: true })).toBeVisible();
	await expect(grid.getByRole('gridcell', { name: '<b>Bold Co</b>', exact: true })).toBeVisible();
	expect(await grid.locator('img, b').count()).toBe(0);
	expect(
		await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)
	).toBeUndefined();
});

test('a 50,000-account book loads through the file pickers', async ({ page }) => {
	const big = generateBook({
		accounts: 50_000,
		reps: 100,
		seed: 3,
		zips: placesFromColumns(loadZipCentroidsSync())
	});
	await page.goto('/');
	const started = Date.now();
	await page.getByLabel('Choose accounts file').setInputFiles({
		name: 'accounts-50k.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(big.accountsCsv)
	});
	await expect(page.getByTestId('drop-accounts')).toContainText('50,000 rows');
	await page.getByLabel('Choose reps file').setInputFiles({
		name: 'reps-100.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(big.repsCsv)
	});
	await expect(page.getByTestId('drop-reps')).toContainText('100 rows');
	await page.getByRole('button', { name: 'Continue' }).click();
	await expect(page.getByTestId('account-count')).toHaveText('50,000 accounts');
	await expect(page.getByRole('grid')).toHaveAttribute('data-row-count', '50000');
	console.log(
		`50,000 accounts (${(big.accountsCsv.length / 1e6).toFixed(1)} MB): ${((Date.now() - started) / 1000).toFixed(1)} s from pick to table`
	);
});
