/** Reads a dropped file or a same-origin URL into bytes, reporting progress (0..1) as chunks arrive. */

async function drain(
	stream: ReadableStream<Uint8Array>,
	total: number,
	onProgress: (fraction: number) => void
): Promise<Uint8Array> {
	const reader = stream.getReader();
	const chunks: Uint8Array[] = [];
	let received = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		chunks.push(value);
		received += value.byteLength;
		if (total > 0) onProgress(Math.min(1, received / total));
	}
	const out = new Uint8Array(received);
	let offset = 0;
	for (const c of chunks) {
		out.set(c, offset);
		offset += c.byteLength;
	}
	onProgress(1);
	return out;
}

export function readFileBytes(
	file: File,
	onProgress: (fraction: number) => void
): Promise<Uint8Array> {
	return drain(file.stream(), file.size, onProgress);
}

export async function fetchBytes(
	url: string,
	onProgress: (fraction: number) => void
): Promise<Uint8Array> {
	const response = await fetch(url);
	if (!response.ok || !response.body) throw new Error(`${url}: HTTP ${response.status}`);
	const total = Number(response.headers.get('content-length') ?? 0);
	return drain(response.body, total, onProgress);
}
