/** The sample's CRM-export columns and CSV formatting (RFC 4180 quoting, CRLF like Excel exports). */
import type { AccountRecord } from './accounts';
import type { RepRecord } from './reps';

export const ACCOUNT_HEADERS = [
	'Account ID',
	'Account Name',
	'Owner ID',
	'Potential',
	'ARR',
	'Workload Hours',
	'Industry',
	'Segment',
	'Language',
	'Billing Zip',
	'City',
	'State',
	'Country',
	'Active Opportunity'
] as const;

export const REP_HEADERS = [
	'Rep ID',
	'Name',
	'Home Zip',
	'Capacity Accounts',
	'Capacity Hours',
	'Industries',
	'Segments',
	'Languages',
	'Ramp',
	'Start Date'
] as const;

export const EOL = '\r\n';

export function csvField(value: string): string {
	return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvLine(values: readonly string[]): string {
	return values.map(csvField).join(',') + EOL;
}

export function accountLine(a: AccountRecord): string {
	return csvLine([
		a.id,
		a.name,
		a.ownerId,
		String(a.potential),
		String(a.arr),
		a.workloadHours.toFixed(1),
		a.industry,
		a.segment,
		a.language,
		a.place.zip,
		a.place.city,
		a.place.state,
		'United States',
		a.activeOpportunity ? 'true' : 'false'
	]);
}

export function repLine(r: RepRecord): string {
	return csvLine([
		r.id,
		r.name,
		r.home.zip,
		String(r.capacityAccounts),
		String(r.capacityHours),
		r.industries.join(';'),
		r.segments.join(';'),
		r.languages.join(';'),
		String(r.ramp),
		r.startDate
	]);
}
