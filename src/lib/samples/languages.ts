/**
 * Account languages per metro. Spanish follows each metro's own share; the rarer languages live
 * only in their hub metros, at a rate that keeps their national share, so the reps who speak them
 * can sit where their accounts are instead of one speaker serving the whole country.
 */
import type { MetroPlaces } from './places';
import { OTHER_LANGUAGES } from './words';

export type LanguageShares = readonly [string, number][];

/** Per metro: [language, share] for Spanish and every rare language with a hub there. */
export function metroLanguageShares(metros: readonly MetroPlaces[]): LanguageShares[] {
	const totalWeight = metros.reduce((s, m) => s + m.metro.weight, 0);
	const hubWeight = OTHER_LANGUAGES.map(([, , hubs]) =>
		metros.reduce((s, m) => s + (hubs.includes(m.metro.name) ? m.metro.weight : 0), 0)
	);
	return metros.map((m) => {
		const shares: [string, number][] = [['Spanish', m.metro.spanish]];
		OTHER_LANGUAGES.forEach(([name, share, hubs], k) => {
			if (hubs.includes(m.metro.name) && hubWeight[k] > 0)
				shares.push([name, (share * totalWeight) / hubWeight[k]]);
		});
		return shares;
	});
}

/** Metro indices where a rare language's accounts live (empty when no hub is among the metros). */
export function languageHubs(metros: readonly MetroPlaces[], language: string): number[] {
	const hubs = OTHER_LANGUAGES.find(([name]) => name === language)?.[2] ?? [];
	return metros.flatMap((m, k) => (hubs.includes(m.metro.name) ? [k] : []));
}

export function pickLanguage(u: number, shares: LanguageShares): string {
	let r = u;
	for (const [name, share] of shares) {
		if (r < share) return name;
		r -= share;
	}
	return 'English';
}
