/** Share links and scenario files carrying what-if book edits (scenario format 3). */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../core/settings';
import { deflate, toBase64Url } from './bytes';
import { compactChanges } from './compact';
import { applyScenario, buildScenario, type Scenario } from './scenario';
import { exportScenarios, importScenarios } from './scenario-file';
import { decodeShareLink, encodeShareLink } from './share-link';
import { randomScenario, smallBook } from './test-fixtures';

const LEAVE = { kind: 'rep-leaves', repId: 'REP-0001' };
const linkOfText = (text: string) => `#s1.${toBase64Url(deflate(new TextEncoder().encode(text)))}`;
const linkOfJson = (value: unknown) => linkOfText(JSON.stringify(value));

function wire(s: Scenario): Record<string, unknown> {
	return JSON.parse(JSON.stringify({ ...s, changes: compactChanges(s.changes) }));
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- hostile edits reach anywhere in the JSON
type Loose = Record<string, any>;

function tweak(edit: (w: Loose) => void): string {
	const w = wire(randomScenario(11).scenario) as Loose;
	edit(w);
	return linkOfJson(w);
}

const deep = '['.repeat(100_000) + ']'.repeat(100_000);

describe('what-if edits in links and files', () => {
	it('round-trip what-if edits, and some random scenarios carry them', () => {
		let withEdits = 0;
		for (let seed = 1; seed <= 25; seed++) {
			const { scenario } = randomScenario(seed);
			if (scenario.edits.length) withEdits++;
			const link = encodeShareLink(scenario, Infinity);
			const back = link.ok ? decodeShareLink(link.hash) : null;
			expect(back?.ok && back.scenario.edits).toEqual(scenario.edits);
		}
		expect(withEdits).toBeGreaterThan(5);
		const book = smallBook();
		const leaving = book.reps.id[2];
		const s = buildScenario(
			book,
			Int32Array.from(book.accounts.owner, (o) => (o === 2 ? 0 : o > 2 ? o - 1 : o)),
			DEFAULT_SETTINGS,
			{
				name: 'Rep leaves',
				edits: [
					{ kind: 'rep-leaves', repId: leaving },
					{
						kind: 'rep-joins',
						rep: { id: 'N-1', name: '<img src=x onerror=alert(1)>', lat: 30, lon: -97 }
					}
				]
			}
		);
		const link = encodeShareLink(s);
		if (!link.ok) throw new Error(link.error);
		const back = decodeShareLink(link.hash);
		if (!back.ok) throw new Error(back.error);
		const applied = applyScenario(book, back.scenario);
		if (!applied.ok) throw new Error(applied.error);
		expect(applied.book.reps.id).not.toContain(leaving);
		expect(applied.book.reps.name.at(-1)).toBe('<img src=x onerror=alert(1)>');
		for (let i = 0; i < book.accounts.n; i++)
			expect(applied.book.reps.id[applied.assignment[i]]).toBe(
				book.accounts.owner[i] === 2 ? book.reps.id[0] : book.accounts.ownerId[i]
			);
	});

	const corpus: [string, string, RegExp][] = [
		['edits missing in format 3', tweak((w) => delete w.edits), /missing the field “edits”/],
		['edits not a list', tweak((w) => (w.edits = {})), /edits should be a list/],
		[
			'unknown edit kind',
			tweak((w) => (w.edits = [{ kind: 'teleport', repId: 'x' }])),
			/edits\[0\].kind should be one of rep-leaves/
		],
		[
			'edit with an extra field',
			tweak((w) => (w.edits = [{ kind: 'rep-leaves', repId: 'x', evil: 1 }])),
			/edits\[0\] has an unexpected field “evil”/
		],
		[
			'__proto__ in an edit',
			linkOfText(
				JSON.stringify({ ...wire(randomScenario(11).scenario), edits: [LEAVE] }).replace(
					'{"kind":"rep-leaves"',
					'{"__proto__":{"polluted":1},"kind":"rep-leaves"'
				)
			),
			/edits\[0\] has an unexpected field “__proto__”/
		],
		[
			'constructor in a new rep',
			tweak((w) => {
				const rep = { id: 'N', lat: 1, lon: 1 };
				Object.defineProperty(rep, 'constructor', { value: { polluted: 1 }, enumerable: true });
				w.edits = [{ kind: 'rep-joins', rep }];
			}),
			/edits\[0\].rep has an unexpected field “constructor”/
		],
		[
			'huge capacity',
			linkOfText(
				JSON.stringify({
					...wire(randomScenario(11).scenario),
					edits: [{ kind: 'rep-capacity', repId: 'R', capacityAccounts: 7 }]
				}).replace('"capacityAccounts":7', '"capacityAccounts":1e400')
			),
			/edits\[0\].capacityAccounts should be a finite number/
		],
		[
			'capacity out of range',
			tweak((w) => (w.edits = [{ kind: 'rep-capacity', repId: 'R', capacityWorkload: 1e13 }])),
			/capacityWorkload should be between 0 and/
		],
		[
			'ramp of zero',
			tweak((w) => (w.edits = [{ kind: 'rep-capacity', repId: 'R', ramp: 0 }])),
			/edits\[0\].ramp should be above 0/
		],
		[
			'latitude as text',
			tweak((w) => (w.edits = [{ kind: 'rep-joins', rep: { id: 'N', lat: 'NaN', lon: 1 } }])),
			/edits\[0\].rep.lat should be a finite number/
		],
		[
			'latitude out of range',
			tweak((w) => (w.edits = [{ kind: 'rep-joins', rep: { id: 'N', lat: 91, lon: 1 } }])),
			/edits\[0\].rep.lat should be between -90 and 90/
		],
		[
			'empty rep id',
			tweak((w) => (w.edits = [{ kind: 'rep-leaves', repId: ' ' }])),
			/edits\[0\].repId should not be empty/
		],
		[
			'too many skills',
			tweak(
				(w) =>
					(w.edits = [
						{
							kind: 'rep-joins',
							rep: { id: 'N', lat: 1, lon: 1, industries: Array(201).fill('x') }
						}
					])
			),
			/industries has more than 200 entries/
		],
		[
			'negative demand factor',
			tweak((w) => (w.edits = [{ kind: 'scale-potential', filter: { state: 'CA' }, factor: -2 }])),
			/edits\[0\].factor should be between 0 and/
		],
		[
			'demand change for nobody',
			tweak((w) => (w.edits = [{ kind: 'scale-potential', filter: { state: ' ' }, factor: 2 }])),
			/edits\[0\].filter should name a segment, a state or an industry/
		],
		[
			'too many edits',
			tweak((w) => (w.edits = Array(1001).fill(LEAVE))),
			/edits has more than 1,000 entries/
		],
		[
			'deeply nested edits',
			linkOfText(
				JSON.stringify({ ...wire(randomScenario(11).scenario), edits: [] }).replace(
					'"edits":[]',
					`"edits":${deep}`
				)
			),
			/damaged/
		],
		[
			'rep details not a hash',
			tweak(
				(w) => (w.fingerprint.repDetails = { capacity: 'x', ramp: 'x', skills: 'x', bases: 'x' })
			),
			/fingerprint.repDetails.capacity is not a data hash/
		]
	];

	for (const [label, input, message] of corpus)
		it(`refuses a link with ${label}, clearly and without throwing`, () => {
			let r: ReturnType<typeof decodeShareLink> | undefined;
			expect(() => (r = decodeShareLink(input))).not.toThrow();
			expect(r?.ok).toBe(false);
			if (r && !r.ok) {
				expect(r.error).toMatch(/^This link is damaged: /);
				expect(r.error).toMatch(message);
			}
			expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		});

	it('scenario files keep edits and name a bad edit by scenario and field', () => {
		const book = smallBook();
		const good = buildScenario(book, book.accounts.owner, DEFAULT_SETTINGS, {
			name: 'Surge',
			edits: [{ kind: 'scale-potential', filter: { state: book.accounts.state[0] }, factor: 2 }]
		});
		const bad = JSON.parse(JSON.stringify({ ...good, name: 'Bad' }));
		bad.edits[0].factor = 'lots';
		const text = exportScenarios([good]).replace(
			'"scenarios": [',
			`"scenarios": [${JSON.stringify(bad)},`
		);
		const r = importScenarios(text, 'plans.json');
		expect(r).toEqual({
			ok: true,
			scenarios: [good],
			errors: ['Scenario 1 (“Bad”) in plans.json: edits[0].factor should be a finite number.']
		});
		const applied = r.ok ? applyScenario(book, r.scenarios[0]) : null;
		expect(applied?.ok && applied.book.accounts.metrics.potential[0]).toBe(
			book.accounts.metrics.potential[0] * 2
		);
	});

	it('scenario files with hostile edits fail clearly and pollute nothing', () => {
		const base = JSON.stringify({ ...randomScenario(11).scenario, edits: [LEAVE] });
		const cases: [string, RegExp][] = [
			[
				base.replace('{"kind":"rep-leaves"', '{"__proto__":{"polluted":1},"kind":"rep-leaves"'),
				/edits\[0\] has an unexpected field “__proto__”/
			],
			[base.replace('"repId":"REP-0001"', '"repId":"REP-0001","constructor":{}'), /“constructor”/],
			[base.replace('"edits":[', `"edits":[${deep},`), /not valid JSON|edits\[0\]/],
			[base.replace('"repId":"REP-0001"', '"repId":1e999'), /edits\[0\].repId should be text/],
			[
				base.replace('"kind":"rep-leaves"', '"kind":"<script>alert(1)</script>"'),
				/should be one of/
			]
		];
		for (const [text, message] of cases) {
			const r = importScenarios(text, 'evil.json');
			expect(r.ok).toBe(false);
			if (!r.ok) expect(r.error).toMatch(message);
			expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		}
	});
});
