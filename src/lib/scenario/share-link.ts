/**
 * Share links: a scenario in the URL hash, `#s1.<payload>`, where the payload is the scenario JSON
 * with its changes in compact form (compact.ts), zlib-deflated and base64url-encoded. The hash
 * never reaches a server. Decoding trusts nothing: every failure comes back as data with a
 * sentence for the user, never as an exception.
 *
 * `s1` is the link encoding version (how bytes are packed); the scenario's own `version` inside
 * the payload is the schema version, upgraded by migrations.ts.
 */
import { deflate, fromBase64Url, inflate, toBase64Url } from './bytes';
import { compactChanges, expandChanges } from './compact';
import type { Scenario } from './scenario';
import { SchemaError, isPlainObject } from './schema';
import { validateScenario, type ScenarioCheck } from './validate-scenario';

export const LINK_VERSION = 1;
/** Above this many characters a link is unwieldy (chat apps and some browsers truncate). */
export const MAX_LINK_CHARS = 8_000;
/** Links longer than this are refused outright when decoding. */
export const MAX_DECODE_CHARS = 200_000;
/** Cap on the inflated JSON: a decompression bomb stops here. */
export const MAX_INFLATED_BYTES = 16 * 1024 * 1024;

export type EncodeResult =
	| { ok: true; hash: string; length: number }
	| { ok: false; tooLong: true; length: number; error: string };

export function encodeShareLink(scenario: Scenario, maxChars = MAX_LINK_CHARS): EncodeResult {
	const wire = { ...scenario, changes: compactChanges(scenario.changes) };
	const bytes = deflate(new TextEncoder().encode(JSON.stringify(wire)));
	const hash = `#s${LINK_VERSION}.${toBase64Url(bytes)}`;
	if (hash.length > maxChars)
		return {
			ok: false,
			tooLong: true,
			length: hash.length,
			error: `This plan is too big for a link (${hash.length.toLocaleString('en-US')} characters; links stay under ${maxChars.toLocaleString('en-US')}). Save it as a scenario file and share the file instead.`
		};
	return { ok: true, hash, length: hash.length };
}

const NEWER = 'it was made by a newer version';

const damaged = (why: string): ScenarioCheck => ({
	ok: false,
	error: `This link is damaged: ${why}.`
});

/** The part after `#`, from a full URL, a hash or the bare payload. */
function fragment(input: string): string {
	const at = input.indexOf('#');
	return (at >= 0 ? input.slice(at + 1) : input).trim();
}

export function decodeShareLink(input: unknown): ScenarioCheck {
	if (typeof input !== 'string') return damaged('it is not text');
	if (input.length > MAX_DECODE_CHARS)
		return damaged(
			`it is ${input.length.toLocaleString('en-US')} characters long, more than any Carve link`
		);
	const frag = fragment(input);
	if (frag === '')
		return { ok: false, error: 'This link holds no scenario (nothing after the #).' };
	const head = /^s(\d{1,6})\./.exec(frag);
	if (!head)
		return {
			ok: false,
			error: 'This is not a Carve scenario link (it should start with #s1.).'
		};
	const version = Number(head[1]);
	if (version > LINK_VERSION)
		return {
			ok: false,
			error: `This link was made by a newer version of Carve (link format ${version}); reload the page to update, or ask for a scenario file.`
		};
	if (version < 1) return damaged(`link format ${version} does not exist`);
	const payload = frag.slice(head[0].length);
	if (payload === '') return damaged('it has no data after the prefix');
	if (!/^[A-Za-z0-9_-]*$/.test(payload))
		return damaged('it contains characters a Carve link never has (was it edited or re-encoded?)');
	const bytes = fromBase64Url(payload);
	if (!bytes) return damaged('it is cut short (copy the whole link)');
	const inflated = inflate(bytes, MAX_INFLATED_BYTES);
	if (!inflated.ok)
		return damaged(
			inflated.reason === 'too-big'
				? 'it unpacks to more than 16 MB, far beyond any real plan'
				: inflated.reason === 'checksum'
					? 'its checksum does not match (part of it was changed or lost)'
					: 'it is cut short or altered (copy the whole link)'
		);
	let json: unknown;
	try {
		json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflated.bytes));
	} catch {
		return damaged('its contents are not a scenario (not valid JSON text)');
	}
	try {
		if (!isPlainObject(json)) return damaged('its contents are not a scenario object');
		const raw = { ...json, changes: expandChanges(json.changes) };
		const check = validateScenario(raw);
		if (check.ok) return check;
		if (check.error.startsWith(NEWER))
			return { ok: false, error: `This link ${check.error.slice(3)}.` };
		return damaged(check.error);
	} catch (e) {
		return damaged(e instanceof SchemaError ? e.message : 'its contents could not be read');
	}
}
