/**
 * The data layer's public, environment-neutral API. Sessions are created from
 * `./browser-session` (browser, AsyncDuckDB in its own worker) or `./node-session` (Node, tests, CLI).
 */
export type * from './types';
export { ACCOUNT_FIELDS, REP_FIELDS } from './types';
export {
	suggestMapping,
	emptyMapping,
	validateMapping,
	detectWrongKind,
	canonicalKey,
	normalizeHeader
} from './mapping';
export {
	ZIP_CENTROIDS_ATTRIBUTION,
	ZIP_CENTROIDS_PATH,
	parseZipCentroids,
	findZip,
	nearbyZips,
	normalizeUsZip,
	zipRow,
	type ZipCentroids,
	type ZipCentroidRow
} from './zip-centroids';
