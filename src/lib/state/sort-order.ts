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

/**
 * Natural, case-insensitive key: digit runs are zero-padded so "A10" sorts after "A2", and accents
 * are stripped. Plain string comparison of precomputed keys is far faster than a collator per
 * comparison (50,000 names: milliseconds instead of seconds).
 */
export function naturalKey(value: string): string {
	return value
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/\d+/g, (d) => d.replace(/^0+(?=\d)/, '').padStart(12, '0'));
}

export function textOrder(values: readonly string[], direction: SortDirection): Int32Array {
	const keys = values.map(naturalKey);
	const order = Int32Array.from({ length: values.length }, (_, i) => i);
	const sign = direction === 'asc' ? 1 : -1;
	return order.sort((a, b) => {
		const x = keys[a];
		const y = keys[b];
		if (x === '' || y === '') return x === y ? a - b : x === '' ? 1 : -1;
		return x === y ? a - b : (x < y ? -1 : 1) * sign;
	});
}
