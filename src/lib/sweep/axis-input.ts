/**
 * The sweep form's axes as typed (a kind, a range, steps) turned into the grid builder's
 * definition, or a message saying what to fix. One axis by default; a second axis multiplies the
 * points, so the form caps the grid well below the builder's hard limit to keep a run short.
 */
import type { SweepAxis, SweepDefinition } from './grid';

export type SweepAxisKind = SweepAxis['axis'];

export const SWEEP_AXES: { id: SweepAxisKind; label: string }[] = [
	{ id: 'weight-balance-vs-travel', label: 'Balance vs travel weight' },
	{ id: 'tolerance', label: 'Balance tolerance' },
	{ id: 'continuity', label: 'Continuity weight' },
	{ id: 'move-cap', label: 'Move cap (accounts)' }
];

export const MAX_STEPS = 21;
/** Points a two-axis sweep may have from the form (the grid builder allows 441). */
export const MAX_FORM_POINTS = 121;

export const DEFAULT_RANGE: Record<SweepAxisKind, [number, number]> = {
	'weight-balance-vs-travel': [0, 1],
	tolerance: [0.01, 0.2],
	continuity: [0, 10],
	'move-cap': [0, 100]
};

export interface AxisInput {
	kind: SweepAxisKind;
	steps: number;
	from: number;
	to: number;
	/** The balanced metric a tolerance axis varies. */
	metric: string;
}

export function axisLabel(kind: SweepAxisKind): string {
	return SWEEP_AXES.find((a) => a.id === kind)?.label ?? kind;
}

/** One axis as the grid builder wants it; `name` prefixes messages ("Second axis: …"). */
export function axisFromInput(a: AxisInput, name = ''): SweepAxis | string {
	const steps = Math.round(Number(a.steps));
	if (!(steps >= 2 && steps <= MAX_STEPS)) return `${name}Steps must be from 2 to ${MAX_STEPS}.`;
	const from = Number(a.from);
	const to = Number(a.to);
	if (!Number.isFinite(from) || !Number.isFinite(to))
		return `${name}Enter numbers for from and to.`;
	switch (a.kind) {
		case 'weight-balance-vs-travel':
			return { axis: a.kind, steps, from, to };
		case 'tolerance':
			if (!a.metric) return `${name}Pick the balanced metric whose tolerance varies.`;
			return { axis: a.kind, steps, from, to, metric: a.metric };
		case 'continuity':
			return { axis: a.kind, steps, from, to };
		case 'move-cap':
			return { axis: a.kind, steps, from, to, metric: null };
	}
}

/** The whole sweep: the first axis, and the second when it is switched on. */
export function definitionFromInput(
	first: AxisInput,
	second: AxisInput | null
): SweepDefinition | string {
	const a = axisFromInput(first);
	if (typeof a === 'string') return a;
	if (!second) return { axes: [a] };
	if (second.kind === first.kind)
		return `Both axes vary the ${axisLabel(first.kind).toLowerCase()}; pick a different setting for the second axis.`;
	const b = axisFromInput(second, 'Second axis: ');
	if (typeof b === 'string') return b;
	const total = a.steps * b.steps;
	if (total > MAX_FORM_POINTS)
		return `${a.steps} × ${b.steps} = ${total} points is too many for one sweep (at most ${MAX_FORM_POINTS}); use fewer steps on either axis.`;
	return { axes: [a, b] };
}
