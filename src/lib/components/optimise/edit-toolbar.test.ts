import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import EditToolbar from './edit-toolbar.svelte';
import ExportMenu from './export-menu.svelte';

const noop = () => {};

/** The opening tag of the element with this test id. */
function tag(body: string, testid: string): string {
	const at = body.indexOf(`data-testid="${testid}"`);
	expect(at, testid).toBeGreaterThan(-1);
	return body.slice(body.lastIndexOf('<', at), body.indexOf('>', at) + 1);
}

function toolbar(over: Partial<{ selectedCount: number; canUndo: boolean; undoLabel: string }>) {
	return render(EditToolbar, {
		props: {
			selectedCount: over.selectedCount ?? 0,
			reps: [
				{ index: 0, id: 'R1', name: 'Ada' },
				{ index: 1, id: 'R2', name: 'Grace' }
			],
			canUndo: over.canUndo ?? false,
			canRedo: false,
			undoLabel: over.undoLabel ?? null,
			redoLabel: null,
			selectMode: 'rect',
			onselectmode: noop,
			onreassign: noop,
			onlock: noop,
			onclearselection: noop,
			onundo: noop,
			onredo: noop
		}
	}).body;
}

describe('edit toolbar markup', () => {
	it('disables selection actions with nothing selected', () => {
		const body = toolbar({});
		for (const id of ['assign-selected', 'lock-selected', 'unlock-selected', 'clear-selection'])
			expect(tag(body, id)).toMatch(/ disabled/);
		expect(tag(body, 'undo')).toMatch(/ disabled/);
		expect(tag(body, 'undo')).toContain('title="Nothing to undo"');
		expect(tag(body, 'select-rect')).toContain('aria-pressed="true"');
		expect(tag(body, 'select-click')).toContain('aria-pressed="false"');
		expect(body).toContain('0 selected');
	});

	it('enables them once accounts are selected and names the undo step', () => {
		const body = toolbar({ selectedCount: 1234, canUndo: true, undoLabel: 'move 3 accounts' });
		for (const id of ['assign-selected', 'lock-selected', 'unlock-selected', 'clear-selection'])
			expect(tag(body, id)).not.toMatch(/ disabled/);
		expect(body).toContain('1,234 selected');
		expect(tag(body, 'undo')).toContain('title="Undo: move 3 accounts"');
		expect(tag(body, 'undo')).not.toMatch(/ disabled/);
		expect(body).toContain('Ada (R1)');
	});
});

describe('export menu markup', () => {
	it('offers every export with a description', () => {
		const body = render(ExportMenu, { props: { disabled: false, onexport: noop } }).body;
		for (const kind of ['crm', 'salesforce', 'hubspot', 'parquet', 'geojson', 'print'])
			expect(body).toContain(`data-testid="export-${kind}"`);
		expect(body.match(/class="description/g)).toHaveLength(6);
		expect(body).not.toMatch(/disabled/);
	});

	it('disables them without a plan', () => {
		const body = render(ExportMenu, { props: { disabled: true, onexport: noop } }).body;
		expect(body.match(/ disabled/g)).toHaveLength(6);
	});
});
