import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type PlanSettings } from '$lib/core/settings';
import type { ConflictExplanation, SolveProgress } from '$lib/engine/result';
import type { Preset } from '$lib/planner/presets';
import OptimisePanel from './optimise-panel.svelte';

function settings(): PlanSettings {
	return structuredClone(DEFAULT_SETTINGS);
}

const presets: Preset[] = (
	['max-revenue', 'perfect-balance', 'hybrid', 'minimal-disruption'] as const
).map((id) => ({ id, label: `Label ${id}`, description: `About ${id}`, settings: settings() }));

function html(over: {
	conflicts?: ConflictExplanation[];
	running?: boolean;
	progress?: SolveProgress | null;
	settings?: PlanSettings;
	activePreset?: Preset['id'] | null;
}): string {
	const noop = () => {};
	return render(OptimisePanel, {
		props: {
			settings: over.settings ?? settings(),
			presets,
			activePreset: over.activePreset ?? null,
			metrics: ['accounts', 'potential', 'workload', 'arr'],
			running: over.running ?? false,
			progress: over.progress ?? null,
			conflicts: over.conflicts ?? [],
			canReoptimiseAroundEdits: false,
			onpreset: noop,
			onrun: noop,
			oncancel: noop,
			onreoptimise: noop
		}
	}).body;
}

/** The markup of the fieldset with this legend. */
function section(body: string, legend: string): string {
	const at = body.indexOf(`<legend>${legend}</legend>`);
	expect(at, legend).toBeGreaterThan(-1);
	const start = body.lastIndexOf('<fieldset', at);
	return body.slice(start, body.indexOf('</fieldset>', at));
}

const inline = (s: string) =>
	[...s.matchAll(/data-testid="conflict" data-rules="([^"]*)"/g)].map((m) => m[1]);

describe('optimise panel markup', () => {
	it('marks the active preset and keeps the progress and conflicts away when idle', () => {
		const body = html({ activePreset: 'hybrid' });
		expect(body).toMatch(/aria-pressed="true"[^>]*data-testid="preset-hybrid"/);
		expect(body.match(/aria-pressed="true"/g)).toHaveLength(1);
		expect(body).toContain('data-testid="optimise"');
		expect(body).not.toContain('solve-progress');
		expect(body).not.toContain('data-testid="conflicts"');
	});

	it('shows each conflict beside the controls of the families it names', () => {
		const body = html({
			conflicts: [
				{ rules: ['skill:language', 'capacity:accounts'], message: 'Spanish reps are full' },
				{ rules: ['balance:workload'], message: 'workload band too tight' },
				{ rules: ['moveCap', 'allowed'], message: 'cap below forced moves' },
				{ rules: ['settings'], message: 'no reps' }
			]
		});
		expect(body).toContain('data-testid="conflicts"');
		expect(inline(section(body, 'Capacity'))).toEqual(['skill:language capacity:accounts']);
		expect(inline(section(body, 'Skill rules'))).toEqual([
			'skill:language capacity:accounts',
			'moveCap allowed'
		]);
		expect(inline(section(body, 'Lock rules'))).toEqual(['moveCap allowed']);
		expect(inline(section(body, 'Move cap'))).toEqual(['moveCap allowed']);
		expect(inline(section(body, 'Balanced metrics'))).toEqual(['balance:workload']);
		const summary = body.slice(body.indexOf('data-testid="conflicts"'), body.indexOf('<fieldset'));
		expect(inline(summary)).toEqual(['settings']);
		expect(summary).toContain('Spanish reps are full');
	});

	it('places a balance conflict beside the rule on its metric', () => {
		const s = settings();
		s.balance = [
			{ metric: 'accounts', tolerance: 0.1, hard: true },
			{ metric: 'workload', tolerance: 0.1, hard: true },
			{ metric: 'potential', tolerance: 0.1, hard: false }
		];
		const body = html({
			settings: s,
			conflicts: [{ rules: ['balance:workload'], message: 'too tight' }]
		});
		const balance = section(body, 'Balanced metrics');
		const note = balance.indexOf('data-testid="conflict"');
		expect(balance.indexOf('value="workload" selected')).toBeGreaterThan(-1);
		expect(note).toBeGreaterThan(balance.indexOf('value="workload" selected'));
		expect(note).toBeLessThan(balance.indexOf('value="potential" selected'));
		expect(inline(balance)).toHaveLength(1);
	});

	it('shows phase, best, bound, gap and elapsed while running, and disables the rules', () => {
		const body = html({
			running: true,
			progress: { phase: 'improving', elapsed: 3.25, bestObjective: 1100, bound: 990 }
		});
		expect(body).toMatch(/role="status" data-testid="solve-progress"/);
		expect(body).toContain('improving');
		expect(body).toContain('1,100');
		expect(body).toContain('990');
		expect(body).toMatch(/data-testid="progress-gap"[^>]*>10%</);
		expect(body).toContain('3.3 s of 30 s');
		expect(body).toContain('data-testid="cancel-solve"');
		expect(body).toMatch(/<fieldset class="settings[^"]*" disabled/);
		expect(body).toMatch(/data-testid="optimise" disabled/);
	});

	it('reflects the settings in the controls', () => {
		const s = settings();
		s.balance = [{ metric: 'potential', tolerance: 0.07, hard: false }];
		s.locks.arrAtLeast = 250000;
		s.locks.manual = { a1: 'r1', a2: 'r2' };
		s.moveCap = { max: 40, metric: null };
		const body = html({ settings: s });
		expect(body).toMatch(/value="7"[^>]*aria-label="Rule 1 tolerance \(%\)"/);
		expect(body).toMatch(/value="250000"[^>]*aria-label="ARR threshold"/);
		expect(body).toContain('2 manual locks');
		expect(body).toMatch(/value="40"[^>]*aria-label="Move cap maximum"/);
		expect(body).not.toContain('NaN');
	});
});
