import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const REPS = 'Rep ID,Name,Home Zip\nR-1,Ann Lee,10001\nR-2,Bo Park,60601\n';

async function load(page: Page, accounts: string) {
	await page.goto('/');
	await page.getByLabel('Choose accounts file').setInputFiles({
		name: 'accounts.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(accounts)
	});
	await page.getByLabel('Choose reps file').setInputFiles({
		name: 'reps.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(REPS)
	});
	await expect(page.getByTestId('drop-reps')).toContainText('2 rows');
	await page.getByRole('button', { name: 'Continue' }).click();
}

test('duplicate account ids are fatal: planning is blocked with the rows to fix', async ({
	page
}) => {
	await load(
		page,
		'Account ID,Account Name,Owner ID,Potential,Billing Zip\n' +
			'A-1,One Co,R-1,1000,10001\n' +
			'A-2,Two Co,R-2,2000,60601\n' +
			'A-1,Again Co,R-1,3000,94105\n'
	);
	const audit = page.getByRole('region', { name: 'Data audit' });
	await expect(audit.getByTestId('audit-blocked')).toContainText('Planning is blocked');
	const finding = audit.getByRole('listitem').filter({ hasText: 'account id' }).first();
	await expect(finding).toContainText('fatal');
	await expect(finding).toContainText('Fix:');
	await finding.getByText('Examples').click();
	await expect(finding.getByRole('row').filter({ hasText: 'A-1' }).first()).toBeVisible();
});

test('warnings are listed but do not block planning', async ({ page }) => {
	await load(
		page,
		'Account ID,Account Name,Owner ID,Potential,Billing Zip\n' +
			'A-1,One Co,R-1,1000,10001\n' +
			'A-2,Two Co,R-9,2000,60601\n' +
			'A-3,Three Co,R-2,-50,94105\n'
	);
	const audit = page.getByRole('region', { name: 'Data audit' });
	await expect(audit.getByTestId('audit-ok')).toContainText('Ready to plan: 3 accounts, 2 reps');
	await expect(audit.getByTestId('audit-blocked')).toHaveCount(0);
	await expect(audit.getByRole('listitem').filter({ hasText: 'warning' }).first()).toBeVisible();
	await expect(audit).toContainText('R-9');
	await expect(page.getByTestId('account-count')).toHaveText('3 accounts');
});

test('a mapping override changes what is loaded', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('button', { name: 'Try the sample' }).click();
	const select = page.getByRole('combobox', { name: 'accounts Account name' });
	await expect(select).toHaveValue('Account Name');
	await select.selectOption('City');
	await page.getByRole('button', { name: 'Continue' }).click();
	await expect(page.getByTestId('account-count')).toHaveText('5,000 accounts');
	const grid = page.getByRole('grid');
	const firstRow = grid.locator('[aria-rowindex="2"]');
	const cells = firstRow.getByRole('gridcell');
	// Name column now shows the city, the same text as the City column.
	await expect(cells.nth(1)).toHaveText((await cells.nth(10).textContent()) ?? 'missing');
});
