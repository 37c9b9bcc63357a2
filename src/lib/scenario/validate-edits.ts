/**
 * The strict check of a scenario's book edits (what-ifs) from untrusted JSON: known kinds only,
 * exactly the documented fields, finite numbers in range, bounded text and lists. The result is
 * built fresh from checked values.
 */
import {
	BOOK_EDIT_KINDS,
	type AccountFilter,
	type BookEdit,
	type NewRep
} from '../whatif/book-edits';
import { LIMITS } from './scenario';
import { SchemaError, list, num, object, oneOf, text } from './schema';

/** More edits than anyone makes by hand; "suggest bases" adds one per new rep. */
export const MAX_EDITS = 1_000;
const MAX_SKILLS = 200;
const BIG = 1e12;

const key = (v: unknown, p: string) => {
	const s = text(v, p, LIMITS.key);
	if (s.trim() === '') throw new SchemaError(`${p} should not be empty`);
	return s;
};
const optional = <T>(v: unknown, p: string, read: (x: unknown, p: string) => T): T | undefined =>
	v === undefined ? undefined : read(v, p);
const amount = (v: unknown, p: string) => num(v, p, 0, BIG);
const ramp = (v: unknown, p: string) => {
	const r = num(v, p, 0, 100);
	if (r === 0) throw new SchemaError(`${p} should be above 0`);
	return r;
};
const skills = (v: unknown, p: string) => list(v, p, MAX_SKILLS, (x, q) => text(x, q, LIMITS.key));

/** Copies only the fields that are set, so the checked edit has no `undefined` members. */
function defined<T extends object>(o: T): T {
	return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

function readRep(v: unknown, p: string): NewRep {
	const r = object(
		v,
		p,
		['id', 'lat', 'lon'],
		[
			'name',
			'zip',
			'city',
			'capacityAccounts',
			'capacityWorkload',
			'ramp',
			'industries',
			'segments',
			'languages'
		]
	);
	return defined<NewRep>({
		id: key(r.id, `${p}.id`),
		name: optional(r.name, `${p}.name`, (x, q) => text(x, q, LIMITS.name)),
		lat: num(r.lat, `${p}.lat`, -90, 90),
		lon: num(r.lon, `${p}.lon`, -180, 180),
		zip: optional(r.zip, `${p}.zip`, (x, q) => text(x, q, 20)),
		city: optional(r.city, `${p}.city`, (x, q) => text(x, q, LIMITS.name)),
		capacityAccounts: optional(r.capacityAccounts, `${p}.capacityAccounts`, amount),
		capacityWorkload: optional(r.capacityWorkload, `${p}.capacityWorkload`, amount),
		ramp: optional(r.ramp, `${p}.ramp`, ramp),
		industries: optional(r.industries, `${p}.industries`, skills),
		segments: optional(r.segments, `${p}.segments`, skills),
		languages: optional(r.languages, `${p}.languages`, skills)
	});
}

function readFilter(v: unknown, p: string): AccountFilter {
	const f = object(v, p, [], ['segment', 'state', 'industry']);
	const field = (x: unknown, q: string) => optional(x, q, (y, r) => text(y, r, LIMITS.key));
	const out = defined<AccountFilter>({
		segment: field(f.segment, `${p}.segment`),
		state: field(f.state, `${p}.state`),
		industry: field(f.industry, `${p}.industry`)
	});
	if (!Object.values(out).some((s) => s.trim() !== ''))
		throw new SchemaError(`${p} should name a segment, a state or an industry`);
	return out;
}

export function readEdit(v: unknown, p: string): BookEdit {
	const kind = oneOf(
		object(
			v,
			p,
			['kind'],
			['repId', 'rep', 'ramp', 'capacityAccounts', 'capacityWorkload', 'filter', 'factor', 'metric']
		).kind,
		`${p}.kind`,
		BOOK_EDIT_KINDS
	);
	if (kind === 'rep-leaves') {
		const e = object(v, p, ['kind', 'repId']);
		return { kind, repId: key(e.repId, `${p}.repId`) };
	}
	if (kind === 'rep-joins') {
		const e = object(v, p, ['kind', 'rep']);
		return { kind, rep: readRep(e.rep, `${p}.rep`) };
	}
	if (kind === 'rep-capacity') {
		const e = object(v, p, ['kind', 'repId'], ['ramp', 'capacityAccounts', 'capacityWorkload']);
		return defined({
			kind,
			repId: key(e.repId, `${p}.repId`),
			ramp: optional(e.ramp, `${p}.ramp`, ramp),
			capacityAccounts: optional(e.capacityAccounts, `${p}.capacityAccounts`, amount),
			capacityWorkload: optional(e.capacityWorkload, `${p}.capacityWorkload`, amount)
		});
	}
	const e = object(v, p, ['kind', 'filter', 'factor'], ['metric']);
	return defined({
		kind,
		filter: readFilter(e.filter, `${p}.filter`),
		factor: num(e.factor, `${p}.factor`, 0, 1e6),
		metric: optional(e.metric, `${p}.metric`, key)
	});
}

export const readEdits = (v: unknown, p: string): BookEdit[] => list(v, p, MAX_EDITS, readEdit);
