/**
 * Tiny schema readers for untrusted JSON: each checks one value's type and range and names the
 * field on failure. They throw SchemaError, which the scenario decoders catch and turn into data,
 * so nothing untrusted ever escapes as an exception.
 */

export class SchemaError extends Error {}

export type Raw = Record<string, unknown>;

function fail(path: string, what: string): never {
	throw new SchemaError(`${path} ${what}`);
}

export function isPlainObject(v: unknown): v is Raw {
	if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
	const proto = Object.getPrototypeOf(v);
	return proto === Object.prototype || proto === null;
}

/** An object with exactly the listed fields (optional ones may be missing); any other is refused. */
export function object(v: unknown, path: string, required: string[], optional: string[] = []): Raw {
	if (!isPlainObject(v)) fail(path, 'should be an object');
	for (const k of Object.keys(v))
		if (!required.includes(k) && !optional.includes(k))
			fail(path, `has an unexpected field “${k.slice(0, 40)}”`);
	for (const k of required) if (!Object.hasOwn(v, k)) fail(path, `is missing the field “${k}”`);
	return v;
}

export function text(v: unknown, path: string, max: number): string {
	if (typeof v !== 'string') fail(path, 'should be text');
	if (v.length > max) fail(path, `is longer than ${max.toLocaleString('en-US')} characters`);
	return v;
}

export function bool(v: unknown, path: string): boolean {
	if (typeof v !== 'boolean') fail(path, 'should be true or false');
	return v;
}

export function num(v: unknown, path: string, min: number, max: number, integer = false): number {
	if (typeof v !== 'number' || !Number.isFinite(v)) fail(path, 'should be a finite number');
	if (integer && !Number.isInteger(v)) fail(path, 'should be a whole number');
	if (v < min || v > max) fail(path, `should be between ${min} and ${max}`);
	return v;
}

export function list<T>(
	v: unknown,
	path: string,
	max: number,
	item: (x: unknown, path: string) => T
): T[] {
	if (!Array.isArray(v)) fail(path, 'should be a list');
	if (v.length > max) fail(path, `has more than ${max.toLocaleString('en-US')} entries`);
	const out: T[] = new Array(v.length);
	for (let i = 0; i < v.length; i++) out[i] = item(v[i], `${path}[${i}]`);
	return out;
}

export function nullable<T>(
	v: unknown,
	path: string,
	read: (x: unknown, path: string) => T
): T | null {
	return v === null ? null : read(v, path);
}

export function oneOf<T extends string>(v: unknown, path: string, values: readonly T[]): T {
	if (typeof v !== 'string' || !(values as readonly string[]).includes(v))
		fail(path, `should be one of ${values.join(', ')}`);
	return v as T;
}

/** Keys that would reach Object.prototype if a consumer ever copied them with plain assignment. */
export const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** A string → T map from a plain object; refuses keys that could pollute prototypes. */
export function record<T>(
	v: unknown,
	path: string,
	max: number,
	keyMax: number,
	value: (x: unknown, path: string) => T
): Record<string, T> {
	if (!isPlainObject(v)) fail(path, 'should be an object');
	const keys = Object.keys(v);
	if (keys.length > max) fail(path, `has more than ${max.toLocaleString('en-US')} entries`);
	const out: [string, T][] = [];
	for (const k of keys) {
		if (FORBIDDEN_KEYS.has(k)) fail(path, `uses the reserved name “${k}”`);
		if (k.length > keyMax) fail(path, `has a key longer than ${keyMax} characters`);
		out.push([k, value(v[k], `${path}.${k.slice(0, 40)}`)]);
	}
	return Object.fromEntries(out);
}
