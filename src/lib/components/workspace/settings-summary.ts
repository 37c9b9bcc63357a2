/** The plan settings as short lines for the printed summary ("Balance: potential ±10% (soft)"). */
import type { PlanSettings } from '$lib/core/settings';

const pct = (t: number) => `±${Math.round(t * 1000) / 10}%`;

export function settingsSummary(s: PlanSettings, presetLabel: string | null): string[] {
	const lines = [`Settings: ${presetLabel ?? 'custom'}`];
	const w = s.weights;
	lines.push(
		`Weights: balance ${w.balance}, travel ${w.travel}, continuity ${w.continuity}, fit ${w.fit}`
	);
	if (s.balance.length > 0)
		lines.push(
			`Balance: ${s.balance.map((b) => `${b.metric} ${pct(b.tolerance)} (${b.hard ? 'hard' : 'soft'})`).join(', ')}`
		);
	const caps = Object.entries(s.capacity)
		.filter(([, on]) => on)
		.map(([k]) => (k === 'minAccounts' ? 'minimum accounts' : k));
	lines.push(`Capacity: ${caps.length > 0 ? caps.join(', ') : 'not enforced'}`);
	const locks: string[] = [];
	if (s.locks.activeOpportunity) locks.push('open opportunities keep their owner');
	if (s.locks.arrAtLeast !== null) locks.push(`ARR ≥ ${s.locks.arrAtLeast} keeps its owner`);
	const manual = Object.keys(s.locks.manual).length;
	if (manual > 0) locks.push(`${manual} manual lock${manual === 1 ? '' : 's'}`);
	lines.push(`Locks: ${locks.length > 0 ? locks.join('; ') : 'none'}`);
	const skills = Object.entries(s.skills)
		.filter(([, on]) => on)
		.map(([k]) => k);
	lines.push(`Skills that must match: ${skills.length > 0 ? skills.join(', ') : 'none'}`);
	if (s.moveCap.max !== null)
		lines.push(
			`Move cap: ${s.moveCap.max}${s.moveCap.metric ? ` (by ${s.moveCap.metric})` : ' accounts'}`
		);
	return lines;
}
