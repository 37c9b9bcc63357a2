import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../lib/core/settings';
import { parseScenario } from './scenario';

describe('parseScenario', () => {
	it('fills every omitted field from the defaults', () => {
		const r = parseScenario('{}');
		if (!r.ok) throw new Error(r.message);
		expect(r.scenario.settings).toEqual(DEFAULT_SETTINGS);
		expect(r.scenario.mode).toBe('assign');
	});

	it('reads a full scenario', () => {
		const r = parseScenario(
			JSON.stringify({
				weights: { travel: 2 },
				balance: [{ metric: 'arr', tolerance: 0.03 }],
				locks: { arrAtLeast: 1000, manual: { A1: 'R2' } },
				moveCap: { max: 10, metric: 'arr' },
				travel: { mode: 'euclidean' },
				mode: 'locate',
				newReps: 2
			})
		);
		if (!r.ok) throw new Error(r.message);
		const s = r.scenario.settings;
		expect(s.weights).toEqual({ travel: 2, balance: 1, continuity: 1, fit: 1 });
		expect(s.balance).toEqual([{ metric: 'arr', tolerance: 0.03, hard: true }]);
		expect(s.locks.manual).toEqual({ A1: 'R2' });
		expect(s.moveCap).toEqual({ max: 10, metric: 'arr' });
		expect(r.scenario.newReps).toBe(2);
	});

	it.each([
		['{', 'not valid JSON'],
		['[]', 'the top level must be an object'],
		['{"wieghts": {}}', '"wieghts" is not a known setting'],
		['{"weights": {"travel": -1}}', 'scenario.weights.travel should be between 0 and'],
		['{"weights": {"trvel": 1}}', 'scenario.weights has an unexpected field'],
		['{"balance": [{"tolerance": 0.1}]}', 'scenario.balance[0] is missing the field “metric”'],
		['{"travel": {"mode": "driving"}}', 'scenario.travel.mode should be one of'],
		['{"skills": {"language": "yes"}}', 'scenario.skills.language should be true or false'],
		['{"locks": {"manual": {"A1": 3}}}', 'scenario.locks.manual'],
		['{"mode": "locate"}', 'needs newReps']
	])('rejects %s naming the problem', (text, message) => {
		const r = parseScenario(text, 'my.json');
		expect(r.ok).toBe(false);
		if (!r.ok) {
			expect(r.message).toContain('my.json: ');
			expect(r.message).toContain(message);
		}
	});
});
