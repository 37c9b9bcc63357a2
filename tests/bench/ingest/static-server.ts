/**
 * A minimal same-origin static server for the ingest benchmark: the built app from build/ and the
 * generated CSVs under /__bench/ from bench-data/ (streamed; too big to hand to page.route).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.wasm': 'application/wasm',
	'.json': 'application/json',
	'.csv': 'text/csv',
	'.svg': 'image/svg+xml',
	'.parquet': 'application/octet-stream'
};

function resolve(dir: string, urlPath: string): string | null {
	const safe = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
	for (const candidate of [safe, `${safe}.html`, join(safe, 'index.html')]) {
		const full = join(dir, candidate);
		if (full.startsWith(dir) && existsSync(full) && statSync(full).isFile()) return full;
	}
	return null;
}

export function serveStatic(buildDir: string, dataDir: string, port: number): Promise<Server> {
	const server = createServer((req, res) => {
		const path = (req.url ?? '/').split('?')[0];
		const file = path.startsWith('/__bench/')
			? resolve(dataDir, path.slice('/__bench'.length))
			: resolve(buildDir, path);
		if (!file) {
			res.writeHead(404).end();
			return;
		}
		res.writeHead(200, {
			'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
			'content-length': statSync(file).size
		});
		createReadStream(file).pipe(res);
	});
	return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}
