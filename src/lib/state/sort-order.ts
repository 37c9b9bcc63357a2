/** Row orders for sortable tables: stable, NaN and empty text last in either direction. */

export type SortDirection = 'asc' | 'desc';

export function numericOrder(values: ArrayLike<number>, direction: SortDirection): Int32Array {
	const order = Int32Array.from({ length: values.length }, (_, i) => i);
	const sign = direction === 'asc' ? 1 : -1;
	return order.sort((a, b) => {
		const x = values[a];
		const y = values[b];
		const xn = Number.isNaN(x);
		const yn = Number.isNaN(y);
		if (xn || yn) return xn === yn ? a - b : xn ? 1 : -1;
		return x === y ? a - b : (x < y ? -1 : 1) * sign;
	});
}

export function textOrder(values: readonly string[], direction: SortDirection): Int32Array {
	const order = Int32Array.from({ length: values.length }, (_, i) => i);
	const sign = direction === 'asc' ? 1 : -1;
	const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
	return order.sort((a, b) => {
		const x = values[a];
		const y = values[b];
		if (x === '' || y === '') return x === y ? a - b : x === '' ? 1 : -1;
		return collator.compare(x, y) * sign || a - b;
	});
}
