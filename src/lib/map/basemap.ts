/**
 * The offline basemap: world countries (world-atlas, Natural Earth) and US states (us-atlas, US
 * Census), bundled from node_modules as TopoJSON, so the map never asks a tile server for anything.
 */
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FeatureCollection, MultiLineString } from 'geojson';
import countriesTopo from 'world-atlas/countries-110m.json';
import statesTopo from 'us-atlas/states-10m.json';
export { BASEMAP_ATTRIBUTION } from './basemap-attribution';

export interface Basemap {
	countries: FeatureCollection;
	states: FeatureCollection;
	stateBorders: MultiLineString;
}

let cached: Basemap | null = null;

export function basemap(): Basemap {
	if (cached) return cached;
	const world = countriesTopo as unknown as Topology<{ countries: GeometryCollection }>;
	const us = statesTopo as unknown as Topology<{ states: GeometryCollection }>;
	cached = {
		countries: feature(world, world.objects.countries) as FeatureCollection,
		states: feature(us, us.objects.states) as FeatureCollection,
		stateBorders: mesh(us, us.objects.states, (a, b) => a !== b)
	};
	return cached;
}
