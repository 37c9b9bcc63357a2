/**
 * The compact form of a scenario's changes for share links: moves grouped by new rep, and each id
 * list sorted and front-coded ([shared prefix length, rest, ...]) so "ACC-0001234" after
 * "ACC-0001229" costs two characters before deflate. Everything else stays as in the JSON file.
 */
import { LIMITS, type ScenarioChanges } from './scenario';
import { SchemaError, isPlainObject, list, num, object, text, type Raw } from './schema';

export type Packed = (number | string)[];

export function pack(ids: string[]): Packed {
	const sorted = [...ids].sort();
	const out: Packed = [];
	let prev = '';
	for (const id of sorted) {
		let n = 0;
		const max = Math.min(prev.length, id.length, 35);
		while (n < max && prev.charCodeAt(n) === id.charCodeAt(n)) n++;
		out.push(n, id.slice(n));
		prev = id;
	}
	return out;
}

export function unpack(v: unknown, path: string): string[] {
	const flat = list(v, path, 2 * LIMITS.rows, (x) => x);
	if (flat.length % 2) throw new SchemaError(`${path} is cut short`);
	const out: string[] = new Array(flat.length / 2);
	let prev = '';
	for (let k = 0; k < flat.length; k += 2) {
		const n = num(flat[k], `${path}[${k}]`, 0, prev.length, true);
		const id = prev.slice(0, n) + text(flat[k + 1], `${path}[${k + 1}]`, LIMITS.key);
		if (id.length > LIMITS.key || id === '') throw new SchemaError(`${path} has an invalid id`);
		out[k / 2] = id;
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
