/**
 * A deck.gl map of coloured points and marked bases over the offline basemap. Domain-free: it takes
 * plain coordinate and colour arrays and reports hovered indices; the caller owns the meaning.
 */
import { Deck, WebMercatorViewport } from '@deck.gl/core';
import { GeoJsonLayer, ScatterplotLayer } from '@deck.gl/layers';
import { basemap } from './basemap';
import { mergeBounds, pointBounds, type Bounds } from './bounds';

export interface MapPoints {
	lon: ArrayLike<number>;
	lat: ArrayLike<number>;
	/** RGB per point (length 3n). */
	colors: Uint8Array;
}

export interface MapHover {
	layer: 'points' | 'bases';
	index: number;
	x: number;
	y: number;
}

const US_VIEW = { longitude: -96, latitude: 38.5, zoom: 3.4, pitch: 0, bearing: 0 };

function interleave(lon: ArrayLike<number>, lat: ArrayLike<number>): Float32Array {
	const out = new Float32Array(lon.length * 2);
	for (let i = 0; i < lon.length; i++) {
		out[2 * i] = lon[i];
		out[2 * i + 1] = lat[i];
	}
	return out;
}

function binary(points: MapPoints) {
	return {
		length: points.lon.length,
		attributes: {
			getPosition: { value: interleave(points.lon, points.lat), size: 2 },
			getFillColor: { value: points.colors, size: 3 }
		}
	};
}

export class DeckMap {
	private deck: Deck;
	private points: MapPoints | null = null;
	private bases: MapPoints | null = null;

	constructor(
		private parent: HTMLDivElement,
		onHover: (hover: MapHover | null) => void
	) {
		this.deck = new Deck({
			parent,
			initialViewState: US_VIEW,
			controller: true,
			// Keeps the last frame readable (tests read pixels; users can copy a screenshot).
			deviceProps: { type: 'webgl', webgl: { preserveDrawingBuffer: true } },
			layers: this.layers(),
			onHover: (info) => {
				const id = info.layer?.id;
				if (info.index < 0 || (id !== 'points' && id !== 'bases')) onHover(null);
				else onHover({ layer: id, index: info.index, x: info.x, y: info.y });
			},
			getCursor: ({ isHovering, isDragging }) =>
				isDragging ? 'grabbing' : isHovering ? 'pointer' : 'grab'
		});
	}

	private layers() {
		const base = basemap();
		const layers = [
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
		const extra = [];
		if (this.points)
			extra.push(
				new ScatterplotLayer({
					id: 'points',
					data: binary(this.points),
					// Metres keep dense metros readable when zoomed in; the pixel floor keeps them visible when out.
					radiusUnits: 'meters',
					getRadius: 1500,
					radiusMinPixels: 2.5,
					radiusMaxPixels: 9,
					pickable: true,
					autoHighlight: true,
					highlightColor: [0, 0, 0, 200]
				})
			);
		if (this.bases)
			extra.push(
				new ScatterplotLayer({
					id: 'bases',
					data: binary(this.bases),
					// Hollow rings: a base marks a place without hiding the accounts around it.
					radiusUnits: 'pixels',
					getRadius: 7,
					filled: false,
					stroked: true,
					getLineColor: [20, 20, 20],
					lineWidthUnits: 'pixels',
					getLineWidth: 2.5,
					pickable: true
				})
			);
		return [...layers, ...extra];
	}

	setData(points: MapPoints | null, bases: MapPoints | null): void {
		this.points = points;
		this.bases = bases;
		this.deck.setProps({ layers: this.layers() });
	}

	/** Zooms to the points and bases (or the continental US when there are none). */
	fitToData(): void {
		const bounds = mergeBounds(
			this.points ? pointBounds(this.points.lon, this.points.lat) : null,
			this.bases ? pointBounds(this.bases.lon, this.bases.lat) : null
		);
		this.fit(bounds);
	}

	private fit(bounds: Bounds | null): void {
		const width = this.parent.clientWidth;
		const height = this.parent.clientHeight;
		if (!bounds || width < 50 || height < 50) {
			this.deck.setProps({ initialViewState: { ...US_VIEW } });
			return;
		}
		const view = new WebMercatorViewport({ width, height }).fitBounds(bounds, { padding: 30 });
		this.deck.setProps({
			initialViewState: {
				longitude: view.longitude,
				latitude: view.latitude,
				zoom: Math.min(view.zoom, 12),
				pitch: 0,
				bearing: 0
			}
		});
	}

	destroy(): void {
		this.deck.finalize();
	}
}
