/** Reads `reference_values.csv` of the shared benchmarks (quoted CSV, one expected value a row). */

export interface ReferenceValue {
	family: string;
	instance: string;
	file: string;
	sense: string;
	value: string;
}

function splitCsvLine(line: string): string[] {
	const out: string[] = [];
	let cur = '';
	let quoted = false;
	for (let k = 0; k < line.length; k++) {
		const ch = line[k];
		if (quoted) {
			if (ch === '"' && line[k + 1] === '"') {
				cur += '"';
				k++;
			} else if (ch === '"') quoted = false;
			else cur += ch;
		} else if (ch === '"') quoted = true;
		else if (ch === ',') {
			out.push(cur);
			cur = '';
		} else cur += ch;
	}
	out.push(cur);
	return out;
}

export function parseCsvRows(text: string): string[][] {
	return text
		.split(/\r?\n/)
		.filter((l) => l.trim().length > 0)
		.map(splitCsvLine);
}

export function parseReferenceValues(text: string): ReferenceValue[] {
	const [header, ...rows] = parseCsvRows(text);
	const col = (name: string) => header.indexOf(name);
	return rows.map((r) => ({
		family: r[col('family')],
		instance: r[col('instance')],
		file: r[col('file')],
		sense: r[col('sense')],
		value: r[col('value')]
	}));
}
