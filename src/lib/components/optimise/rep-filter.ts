/** The rep picker's search: every word typed must appear in the rep's name or id. */

export interface RepOption {
	index: number;
	id: string;
	name: string;
}

export function filterReps<R extends RepOption>(reps: readonly R[], query: string): R[] {
	const words = query.toLowerCase().split(/\s+/).filter(Boolean);
	if (words.length === 0) return reps.slice();
	return reps.filter((r) => {
		const text = `${r.name} ${r.id}`.toLowerCase();
		return words.every((w) => text.includes(w));
	});
}

/** The rep to assign to: the user's pick while it still matches the search, else the first match. */
export function pickedRep(filtered: readonly RepOption[], chosen: number | null): number | null {
	if (chosen !== null && filtered.some((r) => r.index === chosen)) return chosen;
	return filtered[0]?.index ?? null;
}

export function repLabel(r: RepOption): string {
	return r.name && r.name !== r.id ? `${r.name} (${r.id})` : r.id;
}
