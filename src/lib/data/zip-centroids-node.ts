/** Node-only: reads the committed ZIP centroid table from static/geo (tests, CLIs). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseZipCentroids, ZIP_CENTROIDS_PATH, type ZipCentroids } from './zip-centroids';

let cached: ZipCentroids | null = null;

export function zipCentroidsFile(): string {
	return fileURLToPath(new URL(`../../../static/${ZIP_CENTROIDS_PATH}`, import.meta.url));
}

export function loadZipCentroidsSync(): ZipCentroids {
	cached ??= parseZipCentroids(readFileSync(zipCentroidsFile(), 'utf8'));
	return cached;
}
