/** Human names for the data layer's canonical fields, as the mapping review shows them. */
import type { AccountField, MatchConfidence, RepField } from '$lib/data';

export const ACCOUNT_FIELD_LABELS: Record<AccountField, string> = {
	id: 'Account ID',
	name: 'Account name',
	owner: 'Current owner (rep ID)',
	potential: 'Potential',
	arr: 'ARR',
	workload: 'Workload',
	industry: 'Industry',
	segment: 'Segment',
	language: 'Language',
	zip: 'ZIP / postal code',
	city: 'City',
	state: 'State',
	country: 'Country',
	lat: 'Latitude',
	lon: 'Longitude',
	activeOpportunity: 'Active opportunity'
};

export const REP_FIELD_LABELS: Record<RepField, string> = {
	id: 'Rep ID',
	name: 'Rep name',
	zip: 'Home ZIP',
	lat: 'Latitude',
	lon: 'Longitude',
	capacityAccounts: 'Capacity (accounts)',
	capacityWorkload: 'Capacity (workload)',
	minAccounts: 'Minimum accounts',
	industries: 'Industries',
	languages: 'Languages',
	segments: 'Segments',
	ramp: 'Ramp',
	startDate: 'Start date'
};

export const CONFIDENCE_LABELS: Record<MatchConfidence, string> = {
	exact: 'exact match',
	alias: 'known synonym',
	fuzzy: 'best guess — check'
};
