import { describe, expect, it } from 'vitest';
import { isUndoKey, type KeyLike } from './shortcuts';

const key = (k: Partial<KeyLike>): KeyLike => ({
	key: 'z',
	ctrlKey: true,
	metaKey: false,
	shiftKey: false,
	altKey: false,
	target: null,
	...k
});

describe('undo shortcuts', () => {
	it('maps Ctrl/Cmd+Z, Ctrl+Shift+Z and Ctrl+Y', () => {
		expect(isUndoKey(key({}))).toBe('undo');
		expect(isUndoKey(key({ ctrlKey: false, metaKey: true }))).toBe('undo');
		expect(isUndoKey(key({ shiftKey: true, key: 'Z' }))).toBe('redo');
		expect(isUndoKey(key({ key: 'y' }))).toBe('redo');
	});

	it('ignores plain keys, Alt combinations and typing in fields', () => {
		expect(isUndoKey(key({ ctrlKey: false }))).toBeNull();
		expect(isUndoKey(key({ altKey: true }))).toBeNull();
		expect(isUndoKey(key({ key: 'x' }))).toBeNull();
		expect(isUndoKey(key({ target: { tagName: 'INPUT' } as unknown as EventTarget }))).toBeNull();
		expect(
			isUndoKey(
				key({ target: { tagName: 'DIV', isContentEditable: true } as unknown as EventTarget })
			)
		).toBeNull();
	});
});
