/**
 * The single vetted helper for SQL identifiers. User-supplied names (column headers) reach SQL only
 * through `ident`; values always travel as prepared-statement parameters.
 */

/** A double-quoted SQL identifier with embedded quotes doubled; NUL is refused. */
export function ident(name: string): string {
	if (name.includes('\0')) throw new Error('identifier contains a NUL character');
	return '"' + name.replaceAll('"', '""') + '"';
}
