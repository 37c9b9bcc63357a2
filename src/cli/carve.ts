/**
 * Carve on the command line.
 *   npm run carve -- plan --accounts A.csv [--reps R.csv] [--pairs P.csv] [--sites S.csv]
 *                        --scenario S.json --out plan.csv --report report.json
 *   npm run carve -- assess --accounts A.csv [--reps R.csv] [--scenario S.json] [--report r.json]
 * Exit codes: 0 ok, 1 internal error / no plan in time, 2 bad input, 3 infeasible.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { DEFAULT_SETTINGS } from '../lib/core/settings';
import { compileModel } from '../lib/engine/compile';
import { verifyAssignment } from '../lib/engine/verify';
import { createMetricsContext } from '../lib/metrics/context';
import { computeMetrics } from '../lib/metrics/plan-metrics';
import { loadBook } from './load-book';
import { EXIT, runPlan } from './plan-command';
import { toJson } from './report';
import { parseScenario } from './scenario';

const USAGE = `usage:
  carve plan --accounts A.csv [--reps R.csv] [--pairs P.csv] [--sites S.csv] --scenario S.json --out plan.csv --report report.json
  carve assess --accounts A.csv [--reps R.csv] [--scenario S.json] [--report report.json]`;

type Log = (line: string) => void;

export async function main(argv: string[], log: Log = console.log): Promise<number> {
	const [command, ...rest] = argv;
	let values: Record<string, string | undefined>;
	try {
		values = parseArgs({
			args: rest,
			options: {
				accounts: { type: 'string' },
				reps: { type: 'string' },
				pairs: { type: 'string' },
				sites: { type: 'string' },
				scenario: { type: 'string' },
				out: { type: 'string' },
				report: { type: 'string' }
			}
		}).values;
	} catch (e) {
		log(`${e instanceof Error ? e.message : e}\n${USAGE}`);
		return EXIT.badInput;
	}
	if (command === 'plan') {
		const missing = ['accounts', 'scenario', 'out', 'report'].filter((k) => !values[k]);
		if (missing.length > 0) {
			log(`plan needs ${missing.map((m) => `--${m}`).join(', ')}\n${USAGE}`);
			return EXIT.badInput;
		}
		return runPlan(
			{
				accounts: values.accounts as string,
				reps: values.reps ?? null,
				pairs: values.pairs ?? null,
				sites: values.sites ?? null,
				scenario: values.scenario as string,
				out: values.out as string,
				report: values.report as string
			},
			log
		);
	}
	if (command === 'assess') {
		if (!values.accounts) {
			log(`assess needs --accounts\n${USAGE}`);
			return EXIT.badInput;
		}
		return assess(values, log);
	}
	log(USAGE);
	return EXIT.badInput;
}

async function assess(values: Record<string, string | undefined>, log: Log): Promise<number> {
	let settings = DEFAULT_SETTINGS;
	if (values.scenario) {
		let text: string;
		try {
			text = readFileSync(values.scenario, 'utf8');
		} catch {
			log(`${values.scenario}: cannot read the scenario file`);
			return EXIT.badInput;
		}
		const sc = parseScenario(text, values.scenario);
		if (!sc.ok) {
			log(sc.message);
			return EXIT.badInput;
		}
		settings = sc.scenario.settings;
	}
	const loaded = await loadBook(values.accounts as string, values.reps ?? null);
	if (!loaded.ok) {
		log(loaded.message);
		return EXIT.badInput;
	}
	const { book } = loaded;
	const metrics = computeMetrics(createMetricsContext(book, settings), book.accounts.owner);
	const compiled = compileModel(book, settings);
	const violations = compiled.ok
		? verifyAssignment(compiled.model, book.accounts.owner)
		: compiled.conflicts.map((c) => c.message);
	const report = { metrics, violations, audit: loaded.audit };
	if (values.report) writeFileSync(values.report, toJson(report) + '\n');
	log(`${book.accounts.n} accounts, ${book.reps.p} reps, ${metrics.flags.unassigned} unassigned`);
	for (const [k, f] of Object.entries(metrics.fairness))
		log(
			`  ${k}: CV ${f.cv.toFixed(3)}  Gini ${f.gini.toFixed(3)}  max dev ${(f.maxDeviation * 100).toFixed(1)}%`
		);
	log(`current plan breaks ${violations.length} rule(s) of the scenario`);
	for (const v of violations.slice(0, 10)) log(`  ${v}`);
	return EXIT.ok;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
	main(process.argv.slice(2)).then(
		(code) => process.exit(code),
		(e) => {
			console.error(e);
			process.exit(EXIT.error);
		}
	);
