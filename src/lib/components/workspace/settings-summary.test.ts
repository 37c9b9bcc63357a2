import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '$lib/core/settings';
import { settingsSummary } from './settings-summary';

describe('settingsSummary', () => {
	it('names the preset, bands, locks, skills and move cap', () => {
		const lines = settingsSummary(
			{
				...DEFAULT_SETTINGS,
				locks: { activeOpportunity: true, arrAtLeast: 50000, manual: { a: 'r', b: 'r' } },
				moveCap: { max: 120, metric: null }
			},
			'Hybrid'
		);
		expect(lines[0]).toBe('Settings: Hybrid');
		expect(lines).toContain('Balance: potential ±5% (hard), workload ±10% (hard)');
		expect(lines).toContain(
			'Locks: open opportunities keep their owner; ARR ≥ 50000 keeps its owner; 2 manual locks'
		);
		expect(lines).toContain('Skills that must match: language');
		expect(lines).toContain('Move cap: 120 accounts');
	});

	it('says when nothing is enforced', () => {
		const lines = settingsSummary(
			{
				...DEFAULT_SETTINGS,
				balance: [],
				capacity: { accounts: false, workload: false, minAccounts: false },
				skills: { industry: false, language: false, segment: false }
			},
			null
		);
		expect(lines).toContain('Settings: custom');
		expect(lines).toContain('Capacity: not enforced');
		expect(lines).toContain('Locks: none');
		expect(lines).not.toContain(expect.stringMatching(/^Balance/));
	});
});
