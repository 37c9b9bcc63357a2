/**
 * Rectangle and lasso gestures over a map element: draws the shape in an SVG overlay while the
 * pointer is down and hands the finished screen shape (or a click) to the caller on release.
 * Escape cancels a gesture in progress.
 */
import {
	extendLasso,
	isDrag,
	modifiersOf,
	screenBox,
	svgPoints,
	type ScreenPoint,
	type SelectModifiers
} from './select-geometry';

export type DragMode = 'pan' | 'rect' | 'lasso';

export type DragResult =
	| { kind: 'click'; at: ScreenPoint }
	| { kind: 'rect'; from: ScreenPoint; to: ScreenPoint }
	| { kind: 'lasso'; path: ScreenPoint[] };

const SVG = 'http://www.w3.org/2000/svg';
const STROKE = '#111';
const FILL = 'rgba(255, 200, 0, 0.18)';

export class DragSelect {
	mode: DragMode = 'pan';
	private svg: SVGSVGElement;
	private shape: SVGPolygonElement;
	private start: ScreenPoint | null = null;
	private startKeys: SelectModifiers | null = null;
	private path: ScreenPoint[] = [];

	constructor(
		private element: HTMLElement,
		private onDone: (result: DragResult, modifiers: SelectModifiers) => void
	) {
		this.svg = document.createElementNS(SVG, 'svg');
		this.svg.setAttribute('aria-hidden', 'true');
		// Above the canvas, but transparent to the pointer so the map still zooms with the wheel.
		Object.assign(this.svg.style, {
			position: 'absolute',
			inset: '0',
			width: '100%',
			height: '100%',
			pointerEvents: 'none',
			zIndex: '1'
		});
		this.shape = document.createElementNS(SVG, 'polygon');
		this.shape.setAttribute('fill', FILL);
		this.shape.setAttribute('stroke', STROKE);
		this.shape.setAttribute('stroke-width', '1.5');
		this.shape.setAttribute('stroke-dasharray', '5 3');
		this.shape.setAttribute('data-testid', 'map-select-shape');
		this.svg.append(this.shape);
		element.append(this.svg);
		element.addEventListener('pointerdown', this.down);
	}

	private local(event: PointerEvent): ScreenPoint {
		const r = this.element.getBoundingClientRect();
		return [event.clientX - r.left, event.clientY - r.top];
	}

	private down = (event: PointerEvent): void => {
		if (this.mode === 'pan' || event.button !== 0 || this.start) return;
		this.start = this.local(event);
		this.startKeys = modifiersOf(event);
		this.path = [this.start];
		window.addEventListener('pointermove', this.move);
		window.addEventListener('pointerup', this.up);
		window.addEventListener('pointercancel', this.cancel);
		window.addEventListener('keydown', this.key);
	};

	private move = (event: PointerEvent): void => {
		if (!this.start) return;
		const p = this.local(event);
		if (this.mode === 'rect') {
			const b = screenBox(this.start, p);
			this.draw([
				[b.x, b.y],
				[b.x + b.width, b.y],
				[b.x + b.width, b.y + b.height],
				[b.x, b.y + b.height]
			]);
		} else if (extendLasso(this.path, p)) this.draw(this.path);
	};

	private up = (event: PointerEvent): void => {
		const start = this.start;
		const keys = this.startKeys;
		if (!start || !keys) return;
		const end = this.local(event);
		const path = this.path;
		extendLasso(path, end);
		this.finish();
		// Keys pressed at either end count: people often press Shift only once the drag is going.
		const now = modifiersOf(event);
		const modifiers = {
			shift: keys.shift || now.shift,
			alt: keys.alt || now.alt,
			ctrl: keys.ctrl || now.ctrl
		};
		if (!isDrag(start, end) && path.every((p) => !isDrag(start, p)))
			this.onDone({ kind: 'click', at: end }, modifiers);
		else if (this.mode === 'rect') this.onDone({ kind: 'rect', from: start, to: end }, modifiers);
		else if (path.length >= 3) this.onDone({ kind: 'lasso', path }, modifiers);
	};

	private key = (event: KeyboardEvent): void => {
		if (event.key === 'Escape') this.cancel();
	};

	private cancel = (): void => this.finish();

	private draw(path: readonly ScreenPoint[]): void {
		this.shape.setAttribute('points', svgPoints(path));
	}

	private finish(): void {
		this.start = null;
		this.startKeys = null;
		this.path = [];
		this.shape.setAttribute('points', '');
		window.removeEventListener('pointermove', this.move);
		window.removeEventListener('pointerup', this.up);
		window.removeEventListener('pointercancel', this.cancel);
		window.removeEventListener('keydown', this.key);
	}

	destroy(): void {
		this.finish();
		this.element.removeEventListener('pointerdown', this.down);
		this.svg.remove();
	}
}
