import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
	canonicalKey,
	detectWrongKind,
	normalizeHeader,
	suggestMapping,
	validateMapping
} from './mapping';
import { parseRecords } from './csv-records';

const crmCsv = fileURLToPath(
	new URL('../../../../shared/benchmarks/crm_account_headers.csv', import.meta.url)
);

// The shared table's "various" row lists a public data set's headers; what each one means.
const VARIOUS: Record<string, string> = {
	NAME: 'account_name',
	ADDRESS: 'street',
	CITY: 'city',
	STATE: 'state',
	ZIP: 'postal_code',
	COUNTY: 'county',
	EMPLOYEES: 'employees',
	REVENUES: 'annual_revenue',
	LATITUDE: 'latitude',
	LONGITUDE: 'longitude',
	PROFIT: 'profit'
};

describe('CRM header table', () => {
	const rows = parseRecords(readFileSync(crmCsv, 'utf8'), ',', 1000)
		.slice(1)
		.filter((r) => r.length >= 4);

	it('has rows to check', () => expect(rows.length).toBeGreaterThan(50));

	it('maps every header in the shared CSV as it says', () => {
		const wrong: string[] = [];
		for (const [system, , header, canonical] of rows) {
			if (canonical === 'various') {
				for (const h of header.split('/').map((s) => s.trim())) {
					if (canonicalKey(h) !== VARIOUS[h]) wrong.push(`${system} ${h} -> ${canonicalKey(h)}`);
				}
			} else if (canonicalKey(header) !== canonical) {
				wrong.push(`${system} ${header}: expected ${canonical}, got ${canonicalKey(header)}`);
			}
		}
		expect(wrong).toEqual([]);
	});
});

describe('suggestMapping', () => {
	it('maps a Salesforce Data Loader export, preferring Billing over Shipping', () => {
		const cols = [
			'Id',
			'Name',
			'OwnerId',
			'Industry',
			'ShippingCity',
			'BillingCity',
			'BillingPostalCode',
			'BillingLatitude',
			'BillingLongitude',
			'AnnualRevenue',
			'Potential__c'
		];
		const s = suggestMapping('accounts', cols);
		expect(s.mapping).toMatchObject({
			id: 'Id',
			name: 'Name',
			owner: 'OwnerId',
			city: 'BillingCity',
			zip: 'BillingPostalCode',
			lat: 'BillingLatitude',
			lon: 'BillingLongitude',
			potential: 'Potential__c',
			industry: 'Industry'
		});
		expect(s.confidence.id).toBe('exact');
		expect(s.unmapped).toEqual(['ShippingCity', 'AnnualRevenue']);
	});

	it('maps a Salesforce report and a HubSpot export by their labels', () => {
		const sf = suggestMapping('accounts', [
			'Account ID',
			'Account Name',
			'Account Owner',
			'Billing Zip/Postal Code',
			'Billing State/Province'
		]);
		expect(sf.mapping).toMatchObject({
			id: 'Account ID',
			name: 'Account Name',
			owner: 'Account Owner',
			zip: 'Billing Zip/Postal Code',
			state: 'Billing State/Province'
		});
		expect(sf.confidence.owner).toBe('alias');
		const hs = suggestMapping('accounts', [
			'Record ID',
			'Company name',
			'Company owner',
			'Postal Code',
			'Country/Region',
			'City'
		]);
		expect(hs.mapping).toMatchObject({
			id: 'Record ID',
			name: 'Company name',
			owner: 'Company owner',
			zip: 'Postal Code',
			country: 'Country/Region',
			city: 'City'
		});
	});

	it('is case and punctuation insensitive and falls back to partial words', () => {
		expect(normalizeHeader(' ZIP-Code ')).toBe('zipcode');
		const s = suggestMapping('accounts', [
			'ACCOUNT_ID',
			'zip code',
			'Est. Potential (USD)',
			'Has Open Opp?'
		]);
		expect(s.mapping).toMatchObject({
			id: 'ACCOUNT_ID',
			zip: 'zip code',
			potential: 'Est. Potential (USD)',
			activeOpportunity: 'Has Open Opp?'
		});
		expect(s.confidence.potential).toBe('fuzzy');
	});

	it('maps a reps file', () => {
		const s = suggestMapping('reps', [
			'rep_id',
			'Rep Name',
			'Base ZIP',
			'Max Accounts',
			'Workload Capacity',
			'Languages',
			'Industries',
			'Segments',
			'Ramp',
			'Start Date',
			'Min Accounts'
		]);
		expect(s.mapping).toEqual({
			id: 'rep_id',
			name: 'Rep Name',
			zip: 'Base ZIP',
			lat: null,
			lon: null,
			capacityAccounts: 'Max Accounts',
			capacityWorkload: 'Workload Capacity',
			minAccounts: 'Min Accounts',
			industries: 'Industries',
			languages: 'Languages',
			segments: 'Segments',
			ramp: 'Ramp',
			startDate: 'Start Date'
		});
	});

	it('never maps one column to two fields', () => {
		const s = suggestMapping('accounts', ['id', 'zip']);
		const used = Object.values(s.mapping).filter((v) => v !== null);
		expect(new Set(used).size).toBe(used.length);
	});
});

describe('detectWrongKind and validateMapping', () => {
	it('spots a reps file dropped as accounts and the reverse', () => {
		expect(detectWrongKind('accounts', ['id', 'name', 'capacity', 'languages'])).toMatch(
			/reps file/
		);
		expect(detectWrongKind('accounts', ['id', 'owner', 'potential'])).toBeNull();
		expect(detectWrongKind('reps', ['id', 'owner', 'potential', 'arr'])).toMatch(/accounts file/);
		expect(detectWrongKind('reps', ['id', 'name', 'zip'])).toBeNull();
	});

	it('names a mapped column missing from the file and a missing id', () => {
		const s = suggestMapping('accounts', ['id', 'zip']);
		expect(validateMapping('accounts', s.mapping, ['id', 'zip'])).toBeNull();
		expect(
			validateMapping('accounts', { ...s.mapping, potential: 'pot' }, ['id', 'zip'])
		).toMatchObject({ field: 'potential', column: 'pot' });
		expect(validateMapping('accounts', { ...s.mapping, id: null }, ['id', 'zip'])?.message).toMatch(
			/account id/
		);
	});
});
