import { expect, loadSample, test } from './fixtures';

const UNTERMINATED =
	'Account ID,Account Name,Owner ID,Potential\r\n' +
	'A-1,Good Co,REP-0001,1000\r\n' +
	'A-2,"Broken Co,REP-0002,2000\r\n' +
	'A-3,Fine Co,REP-0003,3000\r\n';

test('a file with an unterminated quote shows where, and the loaded sample stays', async ({
	page
}) => {
	await loadSample(page);
	await page.getByLabel('Choose accounts file').setInputFiles({
		name: 'broken-accounts.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(UNTERMINATED)
	});
	const error = page.getByTestId('data-error');
	await expect(error).toBeVisible();
	await expect(error).toContainText('broken-accounts.csv');
	await expect(error).toContainText(/row \d+|column/);
	await expect(page.getByTestId('account-count')).toHaveText('5,000 accounts');
	await expect(page.getByRole('grid')).toHaveAttribute('data-row-count', '5000');
	await expect(page.getByTestId('drop-accounts')).toContainText('accounts.csv · 5,000 rows');
});

test('garbage bytes are refused with a message and the app stays usable', async ({ page }) => {
	await loadSample(page);
	const garbage = Buffer.alloc(4096);
	for (let i = 0; i < garbage.length; i++) garbage[i] = (i * 131 + 7) % 256;
	await page.getByLabel('Choose accounts file').setInputFiles({
		name: 'garbage.csv',
		mimeType: 'text/csv',
		buffer: garbage
	});
	const error = page.getByTestId('data-error');
	await expect(error).toContainText('garbage.csv');
	await expect(page.getByTestId('account-count')).toHaveText('5,000 accounts');

	// Still usable: dismiss the error and reload the sample.
	await page.getByRole('button', { name: 'Dismiss error' }).click();
	await expect(error).toBeHidden();
	await page.getByRole('button', { name: 'Try the sample' }).click();
	await page.getByRole('button', { name: 'Continue' }).click();
	await expect(page.getByTestId('account-count')).toHaveText('5,000 accounts');
});
