import { describe, expect, it } from 'vitest';
import { loadZipCentroidsSync } from '../data/zip-centroids-node';
import { DEFAULT_SETTINGS } from '../core/settings';
import { DEFAULT_SAMPLE, generateBook } from '../samples/generate';
import { placesFromColumns } from '../samples/places';
import { createRng } from '../samples/prng';
import { deflate, toBase64Url } from './bytes';
import { compactChanges } from './compact';
import { applyScenario, buildScenario, type Scenario } from './scenario';
import { MAX_LINK_CHARS, decodeShareLink, encodeShareLink } from './share-link';
import { randomPlan, randomScenario } from './test-fixtures';

const sortMoves = (s: Scenario) => ({
	...s,
	changes: { ...s.changes, moves: [...s.changes.moves].sort(([a], [b]) => (a < b ? -1 : 1)) }
});

const linkOfBytes = (bytes: Uint8Array) => `#s1.${toBase64Url(deflate(bytes))}`;
const linkOfText = (text: string) => linkOfBytes(new TextEncoder().encode(text));
/** A link whose payload is this JSON, with the scenario's changes in wire form. */
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

describe('share links', () => {
	it('round-trip random scenarios', () => {
		for (let seed = 1; seed <= 25; seed++) {
			const { book, scenario } = randomScenario(seed);
			const link = encodeShareLink(scenario, Infinity);
			if (!link.ok) throw new Error(link.error);
			expect(link.hash.startsWith('#s1.')).toBe(true);
			const back = decodeShareLink(`https://carve.example/app${link.hash}`);
			if (!back.ok) throw new Error(back.error);
			expect(sortMoves(back.scenario)).toEqual(sortMoves(scenario));
			expect(applyScenario(book, back.scenario).ok).toBe(true);
		}
	});

	it('keeps <script> and other markup as literal text', () => {
		const { scenario } = randomScenario(2);
		const s = {
			...scenario,
			name: '<script>alert(1)</script>',
			notes: '<img src=x onerror=alert(1)>'
		};
		const back = decodeShareLink(
			encodeShareLink(s).ok ? (encodeShareLink(s) as { hash: string }).hash : ''
		);
		expect(back).toMatchObject({ ok: true, scenario: { name: s.name, notes: s.notes } });
	});

	it('says when a plan is too big for a link and points to the file route', () => {
		const { scenario } = randomScenario(3);
		const r = encodeShareLink(scenario, 100);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.error).toMatch(/too big for a link .* scenario file/);
	});

	const good = (() => {
		const r = encodeShareLink(randomScenario(11).scenario, Infinity);
		if (!r.ok) throw new Error('setup');
		return r.hash;
	})();
	const payload = good.slice(4);
	const flip = (at: number) => {
		const c = payload[at];
		return `#s1.${payload.slice(0, at)}${c === 'A' ? 'B' : 'A'}${payload.slice(at + 1)}`;
	};
	const deep = '['.repeat(100_000) + ']'.repeat(100_000);

	const corpus: [string, unknown, RegExp][] = [
		['empty', '', /holds no scenario/],
		['only a hash', '#', /holds no scenario/],
		['not a string', 42, /damaged: it is not text/],
		['undefined', undefined, /damaged: it is not text/],
		['wrong prefix', 'https://x.example/#foo=1', /not a Carve scenario link/],
		['prefix without payload', '#s1.', /no data after the prefix/],
		['newer link format', '#s2.AAAA', /newer version of Carve/],
		['link format 0', '#s0.AAAA', /format 0 does not exist/],
		['non-base64 characters', '#s1.abc$%^&*', /characters a Carve link never has/],
		['standard base64 with padding', `#s1.${payload.slice(0, 8)}==`, /characters a Carve link/],
		['truncated to an impossible length', `#s1.${payload.slice(0, 4 * 10 + 1)}`, /cut short/],
		[
			'truncated in the middle',
			good.slice(0, Math.floor(good.length / 2)),
			/cut short|altered|checksum/
		],
		['last characters lost', good.slice(0, -3), /cut short|altered|checksum/],
		['bit flipped early', flip(20), /cut short|altered|checksum/],
		['bit flipped late', flip(payload.length - 3), /cut short|altered|checksum/],
		[
			'not deflate data',
			`#s1.${toBase64Url(new TextEncoder().encode('hello world, plain'))}`,
			/altered|cut short/
		],
		['deflated non-JSON', linkOfText('not json {'), /not valid JSON/],
		['invalid UTF-8', linkOfBytes(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])), /not valid JSON/],
		['JSON null', linkOfJson(null), /not a scenario object/],
		['JSON array', linkOfJson([1, 2]), /not a scenario object/],
		['JSON string', linkOfJson('scenario'), /not a scenario object/],
		['deeply nested JSON', linkOfText(`{"name":${deep}}`), /damaged/],
		[
			'__proto__ at the top',
			linkOfText(
				JSON.stringify(wire(randomScenario(11).scenario)).replace(
					'{',
					'{"__proto__":{"polluted":1},'
				)
			),
			/unexpected field “__proto__”/
		],
		[
			'constructor at the top',
			tweak((w) =>
				Object.defineProperty(w, 'constructor', {
					value: { prototype: { polluted: 1 } },
					enumerable: true
				})
			),
			/unexpected field “constructor”/
		],
		[
			'__proto__ as a lock key',
			linkOfText(
				JSON.stringify(wire(randomScenario(11).scenario)).replace(
					'"manual":{',
					'"manual":{"__proto__":"REP-0001",'
				)
			),
			/reserved name “__proto__”/
		],
		[
			'constructor as a lock key',
			tweak((w) => (w.settings.locks.manual = { constructor: 'x' })),
			/reserved name “constructor”/
		],
		['unknown field', tweak((w) => (w.evil = 'x')), /unexpected field “evil”/],
		[
			'huge number',
			linkOfText(
				JSON.stringify(wire(randomScenario(11).scenario)).replace(
					/"travel":[0-9.e-]+/,
					'"travel":1e400'
				)
			),
			/weights.travel should be a finite number/
		],
		[
			'NaN as text',
			tweak((w) => (w.settings.weights.fit = 'NaN')),
			/weights.fit should be a finite number/
		],
		[
			'negative weight',
			tweak((w) => (w.settings.weights.fit = -1)),
			/weights.fit should be between/
		],
		[
			'negative account count',
			tweak((w) => (w.fingerprint.accounts = -5)),
			/fingerprint.accounts should be between/
		],
		[
			'fractional rep count',
			tweak((w) => (w.fingerprint.reps = 1.5)),
			/fingerprint.reps should be a whole number/
		],
		[
			'time limit out of range',
			tweak((w) => (w.settings.timeLimitSeconds = 1e9)),
			/timeLimitSeconds should be between/
		],
		['name not text', tweak((w) => (w.name = { text: 'x' })), /name should be text/],
		['name too long', tweak((w) => (w.name = 'x'.repeat(201))), /name is longer than 200/],
		['notes too long', tweak((w) => (w.notes = 'x'.repeat(10_001))), /notes is longer than 10,000/],
		[
			'unknown travel mode',
			tweak((w) => (w.settings.travel.mode = 'eval')),
			/travel.mode should be one of/
		],
		['not a date', tweak((w) => (w.createdAt = 'yesterday')), /createdAt is not a date/],
		[
			'hash not hex',
			tweak((w) => (w.fingerprint.hash = '<script>alert()</')),
			/fingerprint.hash is not a data hash/
		],
		['missing field', tweak((w) => delete w.settings), /missing the field “settings”/],
		[
			'newer scenario schema',
			tweak((w) => (w.version = 99)),
			/This link was made by a newer version of Carve/
		],
		['no scenario version', tweak((w) => delete w.version), /version is missing or invalid/],
		['bad front-coding', tweak((w) => (w.changes.g[0][1] = [5, 'x'])), /should be between 0 and 0/],
		['odd front-coding', tweak((w) => (w.changes.g[0][1] = [0, 'a', 1])), /cut short/],
		[
			'move group shape',
			tweak((w) => (w.changes.g = [['REP-0001']])),
			/should be \[rep id, accounts\]/
		],
		[
			'more moves than accounts',
			tweak((w) => (w.fingerprint.accounts = 1)),
			/more accounts than the data has/
		],
		[
			'metrics not numbers',
			tweak((w) => (w.metrics = { moved: '12' })),
			/metrics.moved should be a finite number/
		],
		['oversize link', `#s1.${'A'.repeat(300_000)}`, /more than any Carve link/]
	];

	it(`has a hostile corpus of ${corpus.length} links`, () =>
		expect(corpus.length).toBeGreaterThanOrEqual(25));

	for (const [label, input, message] of corpus)
		it(`refuses ${label} with a clear message`, () => {
			let r: ReturnType<typeof decodeShareLink> | undefined;
			expect(() => (r = decodeShareLink(input))).not.toThrow();
			expect(r?.ok).toBe(false);
			if (r && !r.ok) {
				expect(r.error).toMatch(/^This (link|is)/);
				expect(r.error).toMatch(message);
			}
			expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		});

	// Deflate has bits that carry no meaning (the last byte's padding, code lengths of unused
	// symbols), so a few edits decode to the very same scenario; none may decode to another one.
	it('never turns a single-character change of a link into a different scenario', () => {
		const original = randomScenario(12).scenario;
		const r = encodeShareLink(original, Infinity);
		if (!r.ok) throw new Error('setup');
		const expected = decodeShareLink(r.hash);
		if (!expected.ok) throw new Error(expected.error);
		const body = r.hash.slice(4);
		let refused = 0;
		for (let at = 0; at < body.length; at++) {
			const c = body[at] === 'x' ? 'y' : 'x';
			const out = decodeShareLink(`#s1.${body.slice(0, at)}${c}${body.slice(at + 1)}`);
			if (out.ok) expect(out.scenario).toEqual(expected.scenario);
			else refused++;
		}
		expect(refused).toBeGreaterThan(body.length * 0.99);
	});

	it('never applies a link made on other data silently', () => {
		const { book, scenario } = randomScenario(13);
		const link = encodeShareLink(scenario);
		if (!link.ok) throw new Error('setup');
		const decoded = decodeShareLink(link.hash);
		if (!decoded.ok) throw new Error(decoded.error);
		const R = book.reps;
		const fewer = { ...book, reps: { ...R, p: R.p - 1, id: R.id.slice(0, -1) } };
		const r = applyScenario(fewer, decoded.scenario);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.differences).toEqual([`Rep ${R.id.at(-1)} missing from the reps file.`]);
	});

	it('stops a decompression bomb at the inflate cap', () => {
		const bomb = linkOfBytes(new Uint8Array(64 * 1024 * 1024).fill(32));
		expect(bomb.length).toBeLessThan(200_000);
		expect(decodeShareLink(bomb)).toEqual({
			ok: false,
			error: 'This link is damaged: it unpacks to more than 16 MB, far beyond any real plan.'
		});
	});

	it('measures link sizes for the sample book', () => {
		const sample = generateBook({
			...DEFAULT_SAMPLE,
			zips: placesFromColumns(loadZipCentroidsSync())
		});
		const book = sample.book;
		const rows: Record<string, number | string>[] = [];
		for (const moves of [100, 500, 1000, 2400, 5000]) {
			const { assignment } = randomPlan(book, createRng(moves), moves);
			const s = buildScenario(book, assignment, DEFAULT_SETTINGS, {
				name: `${moves} moves`,
				locked: new Uint8Array(book.accounts.n)
			});
			const json = JSON.stringify(s).length;
			const link = encodeShareLink(s, Infinity);
			if (!link.ok) throw new Error('encode');
			const back = decodeShareLink(link.hash);
			expect(back.ok).toBe(true);
			if (back.ok) expect(applyScenario(book, back.scenario).ok).toBe(true);
			rows.push({
				moves,
				'file JSON chars': json,
				'link chars': link.length,
				'chars per move': +(link.length / moves).toFixed(2),
				'fits 8,000': link.length <= MAX_LINK_CHARS ? 'yes' : 'no'
			});
		}
		console.table(rows);
		// 2,400 random moves (close to the worst case: no locality) still fit a link.
		expect(rows.find((r) => r.moves === 2400)!['fits 8,000']).toBe('yes');
	});
});
