/** Kept apart from basemap.ts so the About panel does not pull the TopoJSON into the first page load. */
export const BASEMAP_ATTRIBUTION =
	'Basemap: world-atlas (Natural Earth, public domain) and us-atlas (US Census Bureau cartographic boundaries, public domain), both ISC-licensed packages by Mike Bostock.';
