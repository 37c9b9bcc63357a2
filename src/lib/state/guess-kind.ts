/** Which table a dropped file is, from its name: users/reps exports go to reps, the rest to accounts. */
import type { TableKind } from '$lib/data';

const REPISH = /(^|[^a-z])(reps?|users?|owners?|sellers?|teams?|staff|territor(y|ies))([^a-z]|$)/i;

export function guessKind(fileName: string): TableKind {
	return REPISH.test(fileName) ? 'reps' : 'accounts';
}

/** Kinds for files dropped together; two files named alike are taken as accounts, then reps. */
export function guessKinds(fileNames: string[]): TableKind[] {
	const kinds = fileNames.map(guessKind);
	if (kinds.length === 2 && kinds[0] === kinds[1]) return ['accounts', 'reps'];
	return kinds;
}
