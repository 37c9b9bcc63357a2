/** Columns and sort order of the accounts table; the order is recomputed only when book or sort change. */
import type { Book } from '$lib/core/book';
import { numericOrder, textOrder, type SortDirection } from './sort-order';

export interface AccountColumn {
	key: string;
	label: string;
	numeric: boolean;
	width: number;
	text(i: number): string;
	/** The values to sort by (numbers for numeric columns, display text otherwise). */
	sortValues(): Float64Array | string[];
}

const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

const METRIC_LABELS: Record<string, string> = {
	potential: 'Potential',
	arr: 'ARR',
	workload: 'Workload'
};

export function accountColumns(book: Book): AccountColumn[] {
	const a = book.accounts;
	const r = book.reps;
	const text = (key: string, label: string, width: number, get: (i: number) => string) => ({
		key,
		label,
		numeric: false,
		width,
		text: get,
		sortValues: () => Array.from({ length: a.n }, (_, i) => get(i))
	});
	const metric = (key: string, values: Float64Array) => {
		const f = key === 'workload' ? oneDecimal : whole;
		return {
			key,
			label: METRIC_LABELS[key],
			numeric: true,
			width: 100,
			text: (i: number) => (Number.isNaN(values[i]) ? '' : f.format(values[i])),
			sortValues: () => values
		};
	};
	return [
		text('id', 'ID', 115, (i) => a.id[i]),
		text('name', 'Name', 250, (i) => a.name[i]),
		text('owner', 'Owner', 150, (i) => (a.owner[i] >= 0 ? r.name[a.owner[i]] : a.ownerId[i])),
		...Object.keys(METRIC_LABELS)
			.filter((m) => a.metrics[m])
			.map((m) => metric(m, a.metrics[m])),
		text('industry', 'Industry', 140, (i) => a.industry[i]),
		text('segment', 'Segment', 100, (i) => a.segment[i]),
		text('language', 'Language', 90, (i) => a.language[i]),
		text('zip', 'ZIP', 70, (i) => a.zip[i]),
		text('city', 'City', 140, (i) => a.city[i]),
		text('state', 'State', 60, (i) => a.state[i]),
		text('opportunity', 'Active opp.', 90, (i) => (a.activeOpportunity[i] ? 'yes' : ''))
	];
}

export class AccountsView {
	sortKey = $state<string | null>(null);
	direction = $state<SortDirection>('asc');
	columns = $derived.by(() => {
		const book = this.book();
		return book ? accountColumns(book) : [];
	});
	order = $derived.by(() => {
		const book = this.book();
		if (!book) return new Int32Array(0);
		const column = this.columns.find((c) => c.key === this.sortKey);
		if (!column) return Int32Array.from({ length: book.accounts.n }, (_, i) => i);
		const values = column.sortValues();
		return values instanceof Float64Array
			? numericOrder(values, this.direction)
			: textOrder(values, this.direction);
	});

	constructor(private book: () => Book | null) {}

	toggle(key: string): void {
		if (this.sortKey === key) this.direction = this.direction === 'asc' ? 'desc' : 'asc';
		else {
			this.sortKey = key;
			this.direction = 'asc';
		}
	}
}
