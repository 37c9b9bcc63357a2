/**
 * A deck.gl map of coloured points and marked bases over the offline basemap. Domain-free: it takes
 * plain coordinate, colour and flag arrays and reports hovered or selected indices and shapes; the
 * caller owns the meaning.
 */
import { Deck, WebMercatorViewport } from '@deck.gl/core';
import { GeoJsonLayer, ScatterplotLayer } from '@deck.gl/layers';
import { basemap } from './basemap';
import { mergeBounds, pointBounds, type Bounds } from './bounds';
import { DragSelect, type DragMode, type DragResult } from './drag-select';
import { gatherFlagged, interleave, MOVED, rgba, SELECTED } from './emphasis';
import {
	modifiersOf,
	screenBox,
	screenBoxToLonLat,
	screenPolygonToLonLat,
	type MapSelection,
	type ScreenPoint,
	type SelectModifiers
} from './select-geometry';

export type { DragMode as MapMode } from './drag-select';
export type { MapSelection, SelectModifiers } from './select-geometry';

export interface MapPoints {
	lon: ArrayLike<number>;
	lat: ArrayLike<number>;
	/** RGB per point (length 3n). */
	colors: Uint8Array;
	/** Optional emphasis per point: bit 1 = moved (dark ring), bit 2 = selected (bright ring). */
	flags?: Uint8Array | null;
}

export interface MapHover {
	layer: 'points' | 'bases';
	index: number;
	x: number;
	y: number;
}

export interface DeckMapOptions {
	onSelect?: (selection: MapSelection, modifiers: SelectModifiers) => void;
}

const US_VIEW = { longitude: -96, latitude: 38.5, zoom: 3.4, pitch: 0, bearing: 0 };
const MOVED_RING: [number, number, number] = [25, 25, 25];
const SELECTED_RING: [number, number, number] = [255, 204, 0];

type Attribute = { value: Float32Array | Uint8Array; size: number; normalized?: boolean };
interface Marked {
	position: Attribute;
	color: Attribute;
}

/** The typed arrays behind the point layers; attribute objects are kept so unchanged ones are not re-uploaded. */
interface PointBuffers {
	length: number;
	position: Attribute;
	color: Attribute;
	flags: Uint8Array;
	moved: Marked;
	selected: Marked;
}

const colorAttribute = (value: Uint8Array): Attribute => ({ value, size: 4, normalized: true });

function buffers(points: MapPoints): PointBuffers {
	const n = points.lon.length;
	const b: PointBuffers = {
		length: n,
		position: { value: interleave(points.lon, points.lat), size: 2 },
		color: colorAttribute(rgba(points.colors)),
		flags: points.flags ?? new Uint8Array(n),
		moved: mark(new Float32Array(0), new Uint8Array(0)),
		selected: mark(new Float32Array(0), new Uint8Array(0))
	};
	gatherMarks(b);
	return b;
}

function mark(positions: Float32Array, colors: Uint8Array): Marked {
	return { position: { value: positions, size: 2 }, color: colorAttribute(colors) };
}

/** Flagged points are drawn again on top, in their own colour, inside their ring. */
function gatherMarks(b: PointBuffers): void {
	const positions = b.position.value as Float32Array;
	const colors = b.color.value as Uint8Array;
	for (const [key, bit] of [
		['moved', MOVED],
		['selected', SELECTED]
	] as const) {
		const g = gatherFlagged(b.flags, bit, positions, colors);
		b[key] = mark(g.positions, g.colors);
	}
}

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

export class DeckMap {
	private deck: Deck;
	private points: MapPoints | null = null;
	private bases: MapPoints | null = null;
	private pointBuffers: PointBuffers | null = null;
	private baseBuffers: PointBuffers | null = null;
	private drag: DragSelect;
	private basemapCache: GeoJsonLayer[] | null = null;
	private onSelect: DeckMapOptions['onSelect'];

	constructor(
		private parent: HTMLDivElement,
		onHover: (hover: MapHover | null) => void,
		options: DeckMapOptions = {}
	) {
		this.onSelect = options.onSelect;
		this.drag = new DragSelect(parent, (result, modifiers) => this.dragged(result, modifiers));
		this.deck = new Deck({
			parent,
			initialViewState: US_VIEW,
			controller: this.controller(),
			pickingRadius: 4,
			// Keeps the last frame readable (tests read pixels; users can copy a screenshot).
			deviceProps: { type: 'webgl', webgl: { preserveDrawingBuffer: true } },
			layers: this.layers(),
			onHover: (info) => {
				const id = info.layer?.id;
				if (info.index < 0 || (id !== 'points' && id !== 'bases')) onHover(null);
				else onHover({ layer: id, index: info.index, x: info.x, y: info.y });
			},
			onClick: (info, event) => {
				// In rect and lasso modes the drag handler reports clicks itself.
				if (this.drag.mode !== 'pan' || !this.onSelect) return;
				const index = info.layer?.id === 'points' ? info.index : -1;
				this.onSelect({ kind: 'click', index }, modifiersOf(event.srcEvent as MouseEvent));
			},
			getCursor: ({ isDragging, isHovering }) =>
				this.drag.mode !== 'pan'
					? 'crosshair'
					: isDragging
						? 'grabbing'
						: isHovering
							? 'pointer'
							: 'grab'
		});
	}

	/** Panning by drag only in 'pan' mode; the wheel zooms in every mode. */
	private controller() {
		return { dragPan: this.drag.mode === 'pan', dragRotate: false, touchRotate: false };
	}

	/** Built once: recreating them would make deck.gl re-tessellate the borders on every edit. */
	private basemapLayers() {
		if (this.basemapCache) return this.basemapCache;
		const base = basemap();
		return (this.basemapCache = [
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
		]);
	}

	private layers() {
		const layers = [];
		const b = this.baseBuffers;
		if (b) {
			// Hollow rings under the accounts: a base marks a place without hiding the accounts around it. A dark ring
			// under the rep's colour keeps pale colours visible on the pale basemap.
			const ring = {
				data: { length: b.length, attributes: { getPosition: b.position, getLineColor: b.color } },
				radiusUnits: 'pixels',
				getRadius: 7,
				filled: false,
				stroked: true,
				lineWidthUnits: 'pixels'
			} as const;
			layers.push(
				new ScatterplotLayer({
					...ring,
					id: 'bases-outline',
					data: { length: b.length, attributes: { getPosition: b.position } },
					getLineColor: [20, 20, 20],
					getLineWidth: 5
				}),
				new ScatterplotLayer({ ...ring, id: 'bases', getLineWidth: 2.5, pickable: true })
			);
		}
		const p = this.pointBuffers;
		if (p) {
			layers.push(
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
			);
		}
		return [...this.basemapLayers(), ...layers];
	}

	/** Bases are drawn as rings in their colour. */
	setData(points: MapPoints | null, bases: MapPoints | null): void {
		this.points = points;
		this.bases = bases;
		this.pointBuffers = points ? buffers(points) : null;
		this.baseBuffers = bases ? buffers(bases) : null;
		this.redraw();
	}

	/** Recolours the points in place: only the colour buffer is uploaded again. */
	setColors(colors: Uint8Array): void {
		if (!this.pointBuffers) return;
		this.pointBuffers.color = colorAttribute(rgba(colors));
		gatherMarks(this.pointBuffers);
		this.redraw();
	}

	/** Redraws the moved and selected rings; the point colours and positions stay as they are. */
	setFlags(flags: Uint8Array | null): void {
		if (!this.pointBuffers) return;
		this.pointBuffers.flags = flags ?? new Uint8Array(this.pointBuffers.length);
		gatherMarks(this.pointBuffers);
		this.redraw();
	}

	setMode(mode: DragMode): void {
		if (mode === this.drag.mode) return;
		this.drag.mode = mode;
		this.deck.setProps({ controller: this.controller() });
	}

	private redraw(): void {
		this.deck.setProps({ layers: this.layers() });
	}

	private dragged(result: DragResult, modifiers: SelectModifiers): void {
		const viewport = this.deck.getViewports()[0];
		if (!this.onSelect || !viewport) return;
		const unproject = (xy: ScreenPoint) => viewport.unproject([xy[0], xy[1]]);
		if (result.kind === 'click') {
			const [x, y] = result.at;
			const hit = this.deck.pickObject({ x, y, radius: 4, layerIds: ['points'] });
			this.onSelect({ kind: 'click', index: hit ? hit.index : -1 }, modifiers);
		} else if (result.kind === 'rect') {
			const rect = screenBoxToLonLat(screenBox(result.from, result.to), unproject);
			this.onSelect({ kind: 'rect', rect }, modifiers);
		} else {
			this.onSelect(
				{ kind: 'lasso', polygon: screenPolygonToLonLat(result.path, unproject) },
				modifiers
			);
		}
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
		this.drag.destroy();
		this.deck.finalize();
	}
}
