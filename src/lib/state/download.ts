/** Saves a generated file through the browser's download, from memory (no request leaves the page). */
import type { PlanFile } from './plan-files';

export function download(file: PlanFile): void {
	const part: BlobPart =
		typeof file.data === 'string' ? file.data : (file.data as Uint8Array<ArrayBuffer>);
	const url = URL.createObjectURL(new Blob([part], { type: file.type }));
	const a = document.createElement('a');
	a.href = url;
	a.download = file.name;
	a.rel = 'noopener';
	document.body.append(a);
	a.click();
	a.remove();
	// The click has started the download synchronously; revoking later keeps slow browsers safe.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
