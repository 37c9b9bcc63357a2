/**
 * Bringing the edit session's locks in line with a plan brought in from elsewhere (a scenario, a
 * sweep point). Locks and unlocks are separate undoable steps, so undo can take back either.
 */
import type { EditSession } from '$lib/planner/edit-session';

export function syncLocks(session: EditSession, wanted: Uint8Array, label: string): void {
	const on: number[] = [];
	const off: number[] = [];
	wanted.forEach((l, i) => {
		if (l && !session.locked[i]) on.push(i);
		else if (!l && session.locked[i]) off.push(i);
	});
	if (on.length) session.setLocked(on, true, `${label}: locks`);
	if (off.length) session.setLocked(off, false, `${label}: unlocks`);
}
