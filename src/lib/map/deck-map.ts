/**
 * A deck.gl map of coloured points and marked bases over the offline basemap. Domain-free: it takes
 * plain coordinate, colour and flag arrays and reports hovered or selected indices and shapes; the
 * caller owns the meaning.
 */
import { Deck, type Layer, WebMercatorViewport } from '@deck.gl/core';
import { mergeBounds, pointBounds, type Bounds } from './bounds';
import { DragSelect, type DragMode, type DragResult } from './drag-select';
import { basemapLayers, baseLayers, pointLayers } from './map-layers';
import {
	pointBuffers,
	setPointColors,
	setPointFlags,
	type MapPoints,
	type PointBuffers
} from './point-buffers';
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
export type { MapPoints } from './point-buffers';
export type { MapSelection, SelectModifiers } from './select-geometry';

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

export class DeckMap {
	private deck: Deck;
	private points: MapPoints | null = null;
	private bases: MapPoints | null = null;
	private pointBuffers: PointBuffers | null = null;
	private baseBuffers: PointBuffers | null = null;
	private drag: DragSelect;
	private basemapCache: Layer[] | null = null;
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

	private layers(): Layer[] {
		// Built once: recreating them would make deck.gl re-tessellate the borders on every edit.
		this.basemapCache ??= basemapLayers();
		const b = this.baseBuffers;
		const p = this.pointBuffers;
		return [...this.basemapCache, ...(b ? baseLayers(b) : []), ...(p ? pointLayers(p) : [])];
	}

	/** Bases are drawn as rings in their colour. */
	setData(points: MapPoints | null, bases: MapPoints | null): void {
		this.points = points;
		this.bases = bases;
		this.pointBuffers = points ? pointBuffers(points) : null;
		this.baseBuffers = bases ? pointBuffers(bases) : null;
		this.redraw();
	}

	/** Recolours the points in place: only the colour buffer is uploaded again. */
	setColors(colors: Uint8Array): void {
		if (!this.pointBuffers) return;
		setPointColors(this.pointBuffers, colors);
		this.redraw();
	}

	/** Redraws the moved and selected rings; the point colours and positions stay as they are. */
	setFlags(flags: Uint8Array | null): void {
		if (!this.pointBuffers) return;
		setPointFlags(this.pointBuffers, flags);
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
