/**
 * The compact form of a scenario's changes for share links: moves grouped by new rep, and each id
 * list sorted and coded against the previous id (a numeric step, or a shared prefix and the rest)
 * so "ACC-0001234" after "ACC-0001229" costs three characters before deflate. Everything else stays as in the JSON file.
 */
import { LIMITS, type ScenarioChanges } from './scenario';
import { SchemaError, isPlainObject, list, num, object, text, type Raw } from './schema';

export type Packed = (number | string)[];

/** Longest numeric tail that stays an exact double. */
const MAX_DIGITS = 15;

/** Start of the trailing run of ASCII digits (s.length when there is none). */
function digitTail(s: string): number {
	let k = s.length;
	while (k > 0 && s.charCodeAt(k - 1) >= 48 && s.charCodeAt(k - 1) <= 57) k--;
	return k;
}

/**
 * Sorted ids as a flat list: `-d` means "the previous id with its numeric tail plus d" (same
 * width), `n, "rest"` means "the first n characters of the previous id, then rest".
 */
export function pack(ids: string[]): Packed {
	const sorted = [...ids].sort();
	const out: Packed = [];
	let prev = '';
	for (const id of sorted) {
		let n = 0;
		const max = Math.min(prev.length, id.length);
		while (n < max && prev.charCodeAt(n) === id.charCodeAt(n)) n++;
		const k = digitTail(id);
		if (
			prev.length === id.length &&
			k <= n &&
			k < id.length &&
			id.length - k <= MAX_DIGITS &&
			digitTail(prev) === k
		) {
			const d = Number(id.slice(k)) - Number(prev.slice(k));
			if (d > 0) {
				out.push(-d);
				prev = id;
				continue;
			}
		}
		out.push(n, id.slice(n));
		prev = id;
	}
	return out;
}

function step(prev: string, d: number, path: string): string {
	const k = digitTail(prev);
	const width = prev.length - k;
	const next = String(Number(prev.slice(k)) + d).padStart(width, '0');
	if (width === 0 || width > MAX_DIGITS || next.length !== width)
		throw new SchemaError(`${path} steps from an id without a usable number`);
	return prev.slice(0, k) + next;
}

export function unpack(v: unknown, path: string): string[] {
	const flat = list(v, path, 2 * LIMITS.rows, (x) => x);
	const out: string[] = [];
	let prev = '';
	for (let k = 0; k < flat.length; k++) {
		const x = flat[k];
		let id: string;
		if (typeof x === 'number' && x < 0) {
			id = step(prev, -num(x, `${path}[${k}]`, -1e15, -1, true), `${path}[${k}]`);
		} else {
			if (k + 1 >= flat.length) throw new SchemaError(`${path} is cut short`);
			const n = num(x, `${path}[${k}]`, 0, prev.length, true);
			id = prev.slice(0, n) + text(flat[++k], `${path}[${k}]`, LIMITS.key);
		}
		if (id.length > LIMITS.key || id === '') throw new SchemaError(`${path} has an invalid id`);
		out.push(id);
		prev = id;
	}
	return out;
}

export interface CompactChanges {
	/** [rep id, packed account ids] per new rep. */
	g: [string, Packed][];
	l: Packed;
}

export function compactChanges(c: ScenarioChanges): CompactChanges {
	const byRep = new Map<string, string[]>();
	for (const [a, r] of c.moves) {
		const group = byRep.get(r);
		if (group) group.push(a);
		else byRep.set(r, [a]);
	}
	const reps = [...byRep.keys()].sort();
	return { g: reps.map((r) => [r, pack(byRep.get(r)!)]), l: pack(c.locks) };
}

/** Back to `{ moves, locks }` raw JSON (validated again afterwards like any file). */
export function expandChanges(v: unknown): Raw {
	if (!isPlainObject(v)) throw new SchemaError('changes should be an object');
	const c = object(v, 'changes', ['g'], ['l']);
	const moves: [string, string][] = [];
	const groups = list(c.g, 'changes.g', LIMITS.rows, (x, p) => list(x, p, 2, (y) => y));
	groups.forEach((g, k) => {
		if (g.length !== 2) throw new SchemaError(`changes.g[${k}] should be [rep id, accounts]`);
		const rep = text(g[0], `changes.g[${k}][0]`, LIMITS.key);
		for (const a of unpack(g[1], `changes.g[${k}][1]`)) moves.push([a, rep]);
		if (moves.length > LIMITS.rows) throw new SchemaError('changes list too many moves');
	});
	const out: Raw = { moves };
	if (c.l !== undefined) out.locks = unpack(c.l, 'changes.l');
	return out;
}
