/**
 * The hand-edit selection: a mask over accounts (map click, rectangle, lasso, table rows, a rep's
 * territory), the map's selection mode, and the one account whose explanation is open.
 */
import type { Book } from '$lib/core/book';
import {
	combine,
	countSelected,
	emptySelection,
	hitsByIds,
	hitsByRep,
	selectedIndices,
	type SelectMode
} from '$lib/planner/selection';

export type MapSelectMode = 'click' | 'rect' | 'lasso';

export class PlannerSelection {
	mask = $state.raw<Uint8Array>(new Uint8Array(0));
	mode = $state<MapSelectMode>('click');
	/** The account whose details (why it moved) are shown, or null. */
	focused = $state<number | null>(null);
	/** The rep whose territory is highlighted (picked in the rep table), or null. */
	rep = $state<number | null>(null);
	count: number = $derived(countSelected(this.mask));

	constructor(
		private book: Book,
		private assignment: () => Readonly<Int32Array>
	) {
		this.mask = emptySelection(book.accounts.n);
	}

	apply(hits: Uint8Array, mode: SelectMode = 'replace'): void {
		this.mask = combine(this.mask, hits, mode);
		if (mode === 'replace') {
			const picked = selectedIndices(hits);
			this.focused = picked.length === 1 ? picked[0] : this.focused;
		}
	}

	selectIds(ids: Iterable<string>, mode: SelectMode = 'replace'): void {
		this.apply(hitsByIds(this.book.accounts, ids), mode);
	}

	selectRep(j: number, mode: SelectMode = 'replace'): void {
		this.rep = j;
		this.apply(hitsByRep(this.assignment() as Int32Array, j), mode);
	}

	focus(i: number | null): void {
		this.focused = i !== null && i >= 0 && i < this.book.accounts.n ? i : null;
	}

	indices(): Int32Array {
		return selectedIndices(this.mask);
	}

	clear(): void {
		this.rep = null;
		this.mask = emptySelection(this.book.accounts.n);
	}
}
