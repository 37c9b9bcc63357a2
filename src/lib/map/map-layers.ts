/**
 * The deck.gl layers of the map: the offline basemap, the reps' bases as rings and the accounts as
 * points with their moved and selected marks. Pure builders over prepared buffers; the map decides
 * when to rebuild them.
 */
import { GeoJsonLayer, ScatterplotLayer } from '@deck.gl/layers';
import { basemap } from './basemap';
import type { Marked, PointBuffers } from './point-buffers';

const MOVED_RING: [number, number, number] = [25, 25, 25];
const SELECTED_RING: [number, number, number] = [255, 204, 0];

/**
 * A ring around each flagged point, filled with the point's colour. Selected rings are drawn wider
 * and under the moved ones, so a point that is both shows a bright outer and a dark inner ring.
 */
function markLayer(id: string, marked: Marked, ring: [number, number, number], scale: number) {
	return new ScatterplotLayer({
		id,
		data: {
			length: marked.position.value.length / 2,
			attributes: { getPosition: marked.position, getFillColor: marked.color }
		},
		radiusUnits: 'meters',
		getRadius: 1500 * scale,
		radiusMinPixels: 2.5 * scale,
		radiusMaxPixels: 9 * scale,
		stroked: true,
		getLineColor: ring,
		lineWidthUnits: 'pixels',
		getLineWidth: scale > 1.5 ? 2 : 1.2
	});
}

/** Costly to build (deck.gl tessellates the borders), so callers build these once and keep them. */
export function basemapLayers(): GeoJsonLayer[] {
	const base = basemap();
	return [
		new GeoJsonLayer({
			id: 'countries',
			data: base.countries,
			filled: true,
			stroked: true,
			getFillColor: [236, 234, 228],
			getLineColor: [190, 190, 190],
			lineWidthMinPixels: 0.5
		}),
		new GeoJsonLayer({
			id: 'states',
			data: base.states,
			filled: true,
			stroked: false,
			getFillColor: [248, 247, 243]
		}),
		new GeoJsonLayer({
			id: 'state-borders',
			data: { type: 'Feature', geometry: base.stateBorders, properties: {} },
			getLineColor: [180, 180, 180],
			lineWidthMinPixels: 0.7
		})
	];
}

/**
 * Hollow rings under the accounts: a base marks a place without hiding the accounts around it. A
 * dark ring under the rep's colour keeps pale colours visible on the pale basemap.
 */
export function baseLayers(b: PointBuffers): ScatterplotLayer[] {
	const ring = {
		data: { length: b.length, attributes: { getPosition: b.position, getLineColor: b.color } },
		radiusUnits: 'pixels',
		getRadius: 7,
		filled: false,
		stroked: true,
		lineWidthUnits: 'pixels'
	} as const;
	return [
		new ScatterplotLayer({
			...ring,
			id: 'bases-outline',
			data: { length: b.length, attributes: { getPosition: b.position } },
			getLineColor: [20, 20, 20],
			getLineWidth: 5
		}),
		new ScatterplotLayer({ ...ring, id: 'bases', getLineWidth: 2.5, pickable: true })
	];
}

export function pointLayers(p: PointBuffers): ScatterplotLayer[] {
	return [
		new ScatterplotLayer({
			id: 'points',
			data: {
				length: p.length,
				attributes: { getPosition: p.position, getFillColor: p.color }
			},
			// Metres keep dense metros readable when zoomed in; the pixel floor keeps them visible when out.
			radiusUnits: 'meters',
			getRadius: 1500,
			radiusMinPixels: 2.5,
			radiusMaxPixels: 9,
			pickable: true,
			autoHighlight: true,
			highlightColor: [0, 0, 0, 200]
		}),
		markLayer('selected', p.selected, SELECTED_RING, 1.9),
		markLayer('moved', p.moved, MOVED_RING, 1.35)
	];
}
