/**
 * The single vetted helper for SQL identifiers, and the one numeric-cast expression. User-supplied
 * names (column headers) reach SQL only through `ident`; values always travel as
 * prepared-statement parameters.
 */

/** A double-quoted SQL identifier with embedded quotes doubled; NUL is refused. */
export function ident(name: string): string {
	if (name.includes('\0')) throw new Error('identifier contains a NUL character');
	return '"' + name.replaceAll('"', '""') + '"';
}

// CRM report exports format money: "$1,200.50", "1,200 USD". Strip a currency sign or code at
// either end and commas that group thousands; a decimal comma ("12,5") stays non-numeric.
const CURRENCY = String.raw`^(USD|EUR|GBP|CAD|AUD|\$|€|£)\s*|\s*(USD|EUR|GBP|CAD|AUD|\$|€|£)$`;
const THOUSANDS = String.raw`,(\d{3})`;

/** `quoted` (an ident() result) as DOUBLE, NULL when it is not a number even after clean-up. */
export function numericExpr(quoted: string): string {
	const text = `trim(CAST(${quoted} AS VARCHAR))`;
	const cleaned = `regexp_replace(regexp_replace(${text}, '${CURRENCY}', ''), '${THOUSANDS}', '\\1', 'g')`;
	return `COALESCE(TRY_CAST(${quoted} AS DOUBLE), TRY_CAST(${cleaned} AS DOUBLE))`;
}

/** The same clean-up in JS, for sampling. */
export function cleanNumberText(v: string): string {
	return v.trim().replace(new RegExp(CURRENCY), '').replace(new RegExp(THOUSANDS, 'g'), '$1');
}
