/**
 * `carve plan`: load the book, compile the scenario, solve, verify, explain, write plan.csv and
 * report.json. Location mode first bases `newReps` new reps, then plans with them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Book } from '../lib/core/book';
import { compileModel, type PairInput } from '../lib/engine/compile';
import { suggestBases, type CandidateSite } from '../lib/engine/location/suggest-bases';
import { solve } from '../lib/engine/solve';
import { reviewPlan } from '../lib/engine/review';
import { loadHighsNode } from '../../wasm/highs-node';
import { parsePairsCsv, parseSitesCsv } from './csv-tables';
import { loadBook } from './load-book';
import { planCsv, summary, toJson, type PlanReport } from './report';
import { parseScenario } from './scenario';

export const EXIT = { ok: 0, error: 1, badInput: 2, infeasible: 3 } as const;

export interface PlanArgs {
	accounts: string;
	reps: string | null;
	pairs: string | null;
	sites: string | null;
	scenario: string;
	out: string;
	report: string;
}

type Log = (line: string) => void;

function readText(path: string): string | null {
	try {
		return readFileSync(path, 'utf8');
	} catch {
		return null;
	}
}

function addReps(book: Book, bases: CandidateSite[]): Book {
	const R = book.reps;
	const k = bases.length;
	const cat = (a: Float64Array, v: number[]) => Float64Array.from([...a, ...v]);
	const ids = bases.map((_, t) => `NEW-${t + 1}`);
	return {
		accounts: book.accounts,
		reps: {
			p: R.p + k,
			id: [...R.id, ...ids],
			name: [...R.name, ...bases.map((b) => `New rep at ${b.id}`)],
			lat: cat(
				R.lat,
				bases.map((b) => b.lat)
			),
			lon: cat(
				R.lon,
				bases.map((b) => b.lon)
			),
			zip: [...R.zip, ...bases.map(() => '')],
			capacityAccounts: cat(
				R.capacityAccounts,
				bases.map(() => NaN)
			),
			capacityWorkload: cat(
				R.capacityWorkload,
				bases.map(() => NaN)
			),
			minAccounts: cat(
				R.minAccounts,
				bases.map(() => NaN)
			),
			industries: [...R.industries, ...bases.map(() => [])],
			languages: [...R.languages, ...bases.map(() => [])],
			segments: [...R.segments, ...bases.map(() => [])],
			ramp: cat(
				R.ramp,
				bases.map(() => 1)
			),
			startDate: [...R.startDate, ...bases.map(() => '')]
		}
	};
}

export async function runPlan(args: PlanArgs, log: Log): Promise<number> {
	const text = readText(args.scenario);
	if (text === null)
		return fail(log, EXIT.badInput, `${args.scenario}: cannot read the scenario file`);
	const sc = parseScenario(text, args.scenario);
	if (!sc.ok) return fail(log, EXIT.badInput, sc.message);
	const { settings } = sc.scenario;
	let pairs: PairInput[] | undefined;
	if (args.pairs) {
		const t = readText(args.pairs);
		if (t === null) return fail(log, EXIT.badInput, `${args.pairs}: cannot read the pairs file`);
		const p = parsePairsCsv(t, args.pairs);
		if (!p.ok) return fail(log, EXIT.badInput, p.message);
		pairs = p.rows;
	}
	let sites: CandidateSite[] | undefined;
	if (args.sites) {
		const t = readText(args.sites);
		if (t === null) return fail(log, EXIT.badInput, `${args.sites}: cannot read the sites file`);
		const s = parseSitesCsv(t, args.sites);
		if (!s.ok) return fail(log, EXIT.badInput, s.message);
		sites = s.rows;
	}
	const loaded = await loadBook(args.accounts, args.reps);
	if (!loaded.ok) return fail(log, EXIT.badInput, loaded.message);
	let book = loaded.book;
	const highs = await loadHighsNode();
	let bases: CandidateSite[] | undefined;
	if (sc.scenario.mode === 'locate') {
		const s = suggestBases(
			book,
			{ newReps: sc.scenario.newReps, sites, timeLimitSeconds: settings.timeLimitSeconds / 2 },
			highs
		);
		if (!s.ok) return fail(log, EXIT.infeasible, `location: ${s.message}`);
		bases = s.bases;
		book = addReps(book, bases);
		log(
			`new bases: ${bases.map((b) => `${b.id} (${b.lat.toFixed(4)}, ${b.lon.toFixed(4)})`).join('; ')}`
		);
	}
	const compiled = compileModel(book, settings, { pairs });
	if (!compiled.ok) {
		const settingsOnly = compiled.conflicts.every((c) => c.rules.includes('settings'));
		for (const c of compiled.conflicts) log(`conflict [${c.rules.join(', ')}]: ${c.message}`);
		writeReport(args.report, emptyReport(compiled.conflicts));
		return settingsOnly ? EXIT.badInput : EXIT.infeasible;
	}
	const { model, terms, notes } = compiled;
	const res = await solve(model, { timeLimitSeconds: settings.timeLimitSeconds, highs });
	if (res.status === 'infeasible') {
		for (const c of res.conflicts) log(`conflict [${c.rules.join(', ')}]: ${c.message}`);
		writeReport(args.report, { ...emptyReport(res.conflicts), seconds: res.stats.seconds, notes });
		return EXIT.infeasible;
	}
	if (res.status === 'error') return fail(log, EXIT.error, `solver error: ${res.message}`);
	if (res.assignment === null)
		return fail(
			log,
			EXIT.error,
			`no plan found within ${settings.timeLimitSeconds} s (${res.status}); raise timeLimitSeconds`
		);
	const plan = res.assignment;
	const review = reviewPlan(book, settings, { model, terms }, plan);
	const { violations } = review;
	const report: PlanReport = {
		status: res.status,
		objective: res.objective,
		bound: res.bound,
		gap: res.status === 'optimal' || res.status === 'feasible' ? res.gap : null,
		seconds: res.stats.seconds,
		method: res.stats.method,
		notes,
		metrics: review.metrics,
		current: review.current,
		moves: 0,
		explanations: review.explanations,
		violations,
		conflicts: [],
		bases
	};
	report.moves = report.metrics?.moves.count ?? 0;
	writeFileSync(args.out, planCsv(book, plan));
	writeReport(args.report, report);
	log(summary(report));
	if (violations.length > 0) {
		for (const v of violations.slice(0, 20)) log(`violation: ${v}`);
		return EXIT.error;
	}
	return EXIT.ok;
}

function emptyReport(conflicts: PlanReport['conflicts']): PlanReport {
	return {
		status: 'infeasible',
		objective: null,
		bound: null,
		gap: null,
		seconds: 0,
		method: 'precheck',
		notes: [],
		metrics: null,
		current: null,
		moves: 0,
		explanations: [],
		violations: [],
		conflicts
	};
}

function writeReport(path: string, r: PlanReport): void {
	writeFileSync(path, toJson(r) + '\n');
}

function fail(log: Log, code: number, message: string): number {
	log(message);
	return code;
}
