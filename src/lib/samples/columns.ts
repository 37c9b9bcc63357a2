/**
 * Sample records as named columns (same headers as the CSV), for columnar writers such as Parquet.
 * Numbers stay numbers (Float64Array) so a Parquet sample exercises typed columns, not text.
 */
import type { AccountRecord } from './accounts';
import { ACCOUNT_HEADERS, REP_HEADERS } from './csv';
import type { RepRecord } from './reps';

export type SampleColumn = Float64Array | string[];

export function accountColumns(accounts: readonly AccountRecord[]): Record<string, SampleColumn> {
	const text = (get: (a: AccountRecord) => string) => accounts.map(get);
	const num = (get: (a: AccountRecord) => number) => Float64Array.from(accounts, get);
	const columns: Record<(typeof ACCOUNT_HEADERS)[number], SampleColumn> = {
		'Account ID': text((a) => a.id),
		'Account Name': text((a) => a.name),
		'Owner ID': text((a) => a.ownerId),
		Potential: num((a) => a.potential),
		ARR: num((a) => a.arr),
		'Workload Hours': num((a) => a.workloadHours),
		Industry: text((a) => a.industry),
		Segment: text((a) => a.segment),
		Language: text((a) => a.language),
		'Billing Zip': text((a) => a.place.zip),
		City: text((a) => a.place.city),
		State: text((a) => a.place.state),
		Country: text(() => 'United States'),
		'Active Opportunity': text((a) => (a.activeOpportunity ? 'true' : 'false'))
	};
	return columns;
}

export function repColumns(reps: readonly RepRecord[]): Record<string, SampleColumn> {
	const text = (get: (r: RepRecord) => string) => reps.map(get);
	const num = (get: (r: RepRecord) => number) => Float64Array.from(reps, get);
	const columns: Record<(typeof REP_HEADERS)[number], SampleColumn> = {
		'Rep ID': text((r) => r.id),
		Name: text((r) => r.name),
		'Home Zip': text((r) => r.home.zip),
		'Capacity Accounts': num((r) => r.capacityAccounts),
		'Capacity Hours': num((r) => r.capacityHours),
		Industries: text((r) => r.industries.join(';')),
		Segments: text((r) => r.segments.join(';')),
		Languages: text((r) => r.languages.join(';')),
		Ramp: num((r) => r.ramp),
		'Start Date': text((r) => r.startDate)
	};
	return columns;
}
