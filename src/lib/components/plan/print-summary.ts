/**
 * Printing the one-page plan summary: `body.printing-summary` tells the print stylesheet of
 * plan-summary-print.svelte to hide everything but the summary. The class is removed after the
 * print dialog closes so normal printing (Ctrl+P) keeps printing the whole page.
 */

export const PRINTING_CLASS = 'printing-summary';

export function printSummary(doc: Document = document): void {
	const body = doc.body;
	const win = doc.defaultView;
	body.classList.add(PRINTING_CLASS);
	const done = () => body.classList.remove(PRINTING_CLASS);
	win?.addEventListener('afterprint', done, { once: true });
	if (win) win.print();
	// A document without a window (detached, or a test double) cannot print: leave no class behind.
	else done();
}
