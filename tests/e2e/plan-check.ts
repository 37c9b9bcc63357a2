/**
 * Checks an exported plan against the sample files on its own terms (its own CSV reader, its own
 * arithmetic), so the e2e test never trusts the app's numbers: every account exactly once, every
 * owner a known rep, capacities, a workload band around each rep's ramp-scaled share, languages.
 */
import { readFileSync } from 'node:fs';

export function readCsv(text: string): Record<string, string>[] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	for (let k = 0; k < text.length; k++) {
		const c = text[k];
		if (quoted) {
			if (c === '"' && text[k + 1] === '"') {
				cell += '"';
				k++;
			} else if (c === '"') quoted = false;
			else cell += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') {
			row.push(cell);
			cell = '';
		} else if (c === '\n' || c === '\r') {
			if (c === '\r' && text[k + 1] === '\n') k++;
			row.push(cell);
			rows.push(row);
			row = [];
			cell = '';
		} else cell += c;
	}
	if (cell !== '' || row.length > 0) rows.push([...row, cell]);
	const [head, ...body] = rows;
	return body
		.filter((r) => r.length > 1)
		.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i]])));
}

const sample = (name: string) =>
	readCsv(readFileSync(new URL(`../../static/samples/${name}`, import.meta.url), 'utf8'));

export interface PlanCheck {
	violations: string[];
	cvPotential: number;
	moved: number;
}

function cv(values: number[]): number {
	const mean = values.reduce((s, v) => s + v, 0) / values.length;
	const sd = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length);
	return sd / mean;
}

/** `owners`: account id → new rep id, from an export. `workloadBand`: e.g. 0.2 for ±20%. */
export function checkPlan(owners: Map<string, string>, workloadBand: number): PlanCheck {
	const accounts = sample('accounts.csv');
	const reps = sample('reps.csv');
	const violations: string[] = [];
	if (owners.size !== accounts.length)
		violations.push(`${owners.size} accounts in the export, ${accounts.length} in the book`);
	const byId = new Map(reps.map((r) => [r['Rep ID'], r]));
	const load = new Map(reps.map((r) => [r['Rep ID'], { n: 0, hours: 0, potential: 0 }]));
	let moved = 0;
	for (const a of accounts) {
		const rep = owners.get(a['Account ID']);
		const r = rep === undefined ? undefined : byId.get(rep);
		if (!r || !rep) {
			violations.push(`${a['Account ID']} has no known rep (${rep})`);
			continue;
		}
		if (rep !== a['Owner ID']) moved++;
		const l = load.get(rep)!;
		l.n++;
		l.hours += Number(a['Workload Hours']);
		l.potential += Number(a['Potential']);
		if (!r['Languages'].split(';').includes(a['Language']))
			violations.push(`${a['Account ID']} speaks ${a['Language']}, ${rep} does not`);
	}
	const totalHours = accounts.reduce((s, a) => s + Number(a['Workload Hours']), 0);
	const rampSum = reps.reduce((s, r) => s + Number(r['Ramp']), 0);
	for (const r of reps) {
		const l = load.get(r['Rep ID'])!;
		const target = (totalHours / rampSum) * Number(r['Ramp']);
		if (l.n > Number(r['Capacity Accounts']))
			violations.push(`${r['Rep ID']} over account capacity`);
		if (l.hours > Number(r['Capacity Hours']) + 1e-6) violations.push(`${r['Rep ID']} over hours`);
		if (
			l.hours < (1 - workloadBand) * target - 1e-6 ||
			l.hours > (1 + workloadBand) * target + 1e-6
		)
			violations.push(
				`${r['Rep ID']} workload ${l.hours.toFixed(1)} outside ±${workloadBand} of ${target.toFixed(1)}`
			);
	}
	const perRamp = reps.map((r) => load.get(r['Rep ID'])!.potential / Number(r['Ramp']));
	return { violations, cvPotential: cv(perRamp), moved };
}
