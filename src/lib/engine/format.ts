/** Number and name formatting shared by explanations, so messages read the same everywhere. */

// Building an Intl formatter costs far more than using one; explanations format thousands of numbers.
const formatters = new Map<number, Intl.NumberFormat>();

export function fmt(v: number, digits = 2): string {
	if (!Number.isFinite(v)) return v > 0 ? '∞' : v < 0 ? '−∞' : 'n/a';
	let f = formatters.get(digits);
	if (!f) {
		f = new Intl.NumberFormat('en-US', { maximumFractionDigits: digits });
		formatters.set(digits, f);
	}
	return f.format(v);
}

export function pct(v: number, digits = 1): string {
	return `${fmt(v * 100, digits)}%`;
}

export function accountName(ids: string[] | undefined, i: number): string {
	return ids?.[i] ? `account ${ids[i]}` : `account #${i + 1}`;
}

export function repName(ids: string[] | undefined, j: number): string {
	return ids?.[j] ? `rep ${ids[j]}` : `rep #${j + 1}`;
}

/** Words for a rule family key ('balance:potential', 'capacity:workload', 'moveCap', ...). */
export function familyWords(family: string): string {
	if (family === 'moveCap') return 'the move cap';
	if (family === 'allowed') return 'locks and skill rules';
	if (family === 'assignment') return 'every account to exactly one rep';
	const [kind, ...rest] = family.split(':');
	const name = rest.join(':');
	if (kind === 'balance') return `the ${name} balance band`;
	if (kind === 'capacity') return `${name} capacity`;
	if (kind === 'min') return `minimum ${name}`;
	return family;
}
