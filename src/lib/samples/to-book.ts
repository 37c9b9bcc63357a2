/** Builds the shared in-memory Book straight from sample records (no file round trip). */
import { resolveOwners, type AccountTable, type Book, type RepTable } from '../core/book';
import type { AccountRecord } from './accounts';
import type { RepRecord } from './reps';

export function repsToTable(reps: readonly RepRecord[]): RepTable {
	const p = reps.length;
	return {
		p,
		id: reps.map((r) => r.id),
		name: reps.map((r) => r.name),
		lat: Float64Array.from(reps, (r) => r.home.lat),
		lon: Float64Array.from(reps, (r) => r.home.lon),
		zip: reps.map((r) => r.home.zip),
		capacityAccounts: Float64Array.from(reps, (r) => r.capacityAccounts),
		capacityWorkload: Float64Array.from(reps, (r) => r.capacityHours),
		minAccounts: new Float64Array(p).fill(NaN),
		industries: reps.map((r) => r.industries.slice()),
		languages: reps.map((r) => r.languages.slice()),
		segments: reps.map((r) => r.segments.slice()),
		ramp: Float64Array.from(reps, (r) => r.ramp),
		startDate: reps.map((r) => r.startDate)
	};
}

export function accountsToTable(accounts: readonly AccountRecord[], reps: RepTable): AccountTable {
	const n = accounts.length;
	const table: AccountTable = {
		n,
		id: accounts.map((a) => a.id),
		name: accounts.map((a) => a.name),
		ownerId: accounts.map((a) => a.ownerId),
		owner: new Int32Array(n),
		lat: Float64Array.from(accounts, (a) => a.place.lat),
		lon: Float64Array.from(accounts, (a) => a.place.lon),
		zip: accounts.map((a) => a.place.zip),
		city: accounts.map((a) => a.place.city),
		state: accounts.map((a) => a.place.state),
		country: accounts.map(() => 'United States'),
		industry: accounts.map((a) => a.industry),
		segment: accounts.map((a) => a.segment),
		language: accounts.map((a) => a.language),
		activeOpportunity: Uint8Array.from(accounts, (a) => (a.activeOpportunity ? 1 : 0)),
		metrics: {
			potential: Float64Array.from(accounts, (a) => a.potential),
			arr: Float64Array.from(accounts, (a) => a.arr),
			workload: Float64Array.from(accounts, (a) => a.workloadHours)
		}
	};
	table.owner = resolveOwners(table, reps);
	return table;
}

export function recordsToBook(
	accounts: readonly AccountRecord[],
	reps: readonly RepRecord[]
): Book {
	const repTable = repsToTable(reps);
	return { accounts: accountsToTable(accounts, repTable), reps: repTable };
}
