/**
 * Opening a share link: the page's `#s…` hash is decoded before any data is loaded, the scenario
 * is held while the user loads the files it was made on, then checked against the loaded book.
 * A damaged link, or data that differs, is reported in words and changes nothing. Everything here
 * returns plain text for the UI to show as text (never as HTML).
 */
import type { Book } from '$lib/core/book';
import { compareFingerprints, fingerprint } from '$lib/scenario/fingerprint';
import type { Scenario } from '$lib/scenario/scenario';
import { decodeShareLink } from '$lib/scenario/share-link';

export type LinkIntake =
	| { kind: 'none' }
	| { kind: 'error'; error: string }
	| { kind: 'pending'; scenario: Scenario; prompt: string };

/** True for a hash that claims to be a scenario link (`#s…`); other hashes are left alone. */
export function isScenarioHash(hash: string): boolean {
	return /^#?s/.test(hash);
}

const count = (n: number, one: string) =>
	`${n.toLocaleString('en-US')} ${one}${n === 1 ? '' : 's'}`;

/** What the user must load for a pending link. */
export function intakePrompt(scenario: Scenario): string {
	const f = scenario.fingerprint;
	return `This link holds the scenario “${scenario.name}” for data with ${count(f.accounts, 'account')} and ${count(f.reps, 'rep')}; load those files to open it.`;
}

/** Reads `location.hash`: nothing, a damaged link, or a scenario waiting for its data. */
export function readLinkHash(hash: string): LinkIntake {
	if (!isScenarioHash(hash)) return { kind: 'none' };
	const check = decodeShareLink(hash.startsWith('#') ? hash : `#${hash}`);
	if (!check.ok) return { kind: 'error', error: check.error };
	return { kind: 'pending', scenario: check.scenario, prompt: intakePrompt(check.scenario) };
}

export type DataCheck = { same: true } | { same: false; error: string; differences: string[] };

/** Whether a loaded book is the data the pending scenario was made on, and how it differs. */
export function checkLinkData(scenario: Scenario, book: Book): DataCheck {
	const cmp = compareFingerprints(scenario.fingerprint, fingerprint(book));
	if (cmp.same) return { same: true };
	return {
		same: false,
		differences: cmp.differences,
		error: `The loaded files are not the data this link was made on, so “${scenario.name}” was not applied: ${cmp.differences.join(' ')} Load the files it was made on (${count(scenario.fingerprint.accounts, 'account')}, ${count(scenario.fingerprint.reps, 'rep')}).`
	};
}
