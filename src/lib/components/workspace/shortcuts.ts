/**
 * Undo/redo keys (Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y; Cmd on macOS), ignored while the user types in a
 * field, where the browser's own text undo must win.
 */
export interface KeyLike {
	key: string;
	ctrlKey: boolean;
	metaKey: boolean;
	shiftKey: boolean;
	altKey: boolean;
	target: EventTarget | null;
}

function typing(target: EventTarget | null): boolean {
	const el = target as { tagName?: string; isContentEditable?: boolean } | null;
	if (!el || typeof el.tagName !== 'string') return false;
	return el.isContentEditable === true || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);
}

export function isUndoKey(e: KeyLike): 'undo' | 'redo' | null {
	if (!(e.ctrlKey || e.metaKey) || e.altKey || typing(e.target)) return null;
	const k = e.key.toLowerCase();
	if (k === 'z') return e.shiftKey ? 'redo' : 'undo';
	if (k === 'y' && !e.shiftKey) return 'redo';
	return null;
}
