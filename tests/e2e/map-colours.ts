/**
 * Reads the map canvas back and counts the territory colours on it: how many of the first `reps`
 * palette colours cover at least 4 pixels, how many pixels are painted, and one sample pixel per
 * colour (to hover accounts).
 */
import type { Locator } from '@playwright/test';
import { categoryColor } from '../../src/lib/map/palette';

export interface MapColours {
	painted: number;
	colours: number;
	samples: { x: number; y: number }[];
}

export function mapColours(canvas: Locator, reps: number): Promise<MapColours> {
	const palette = Array.from({ length: reps }, (_, k) => categoryColor(k));
	return canvas.evaluate((el, colours) => {
		const source = el as HTMLCanvasElement;
		const copy = document.createElement('canvas');
		copy.width = source.width;
		copy.height = source.height;
		const ctx = copy.getContext('2d')!;
		ctx.drawImage(source, 0, 0);
		const data = ctx.getImageData(0, 0, copy.width, copy.height).data;
		const hits = new Array(colours.length).fill(0);
		let painted = 0;
		// One pixel per colour: a colour's first pixel may be a rep's base ring, not an account.
		const samples: { x: number; y: number }[] = [];
		for (let p = 0; p < data.length; p += 4) {
			if (data[p + 3] > 0) painted++;
			for (let c = 0; c < colours.length; c++) {
				const [r, g, b] = colours[c];
				if (Math.abs(data[p] - r) + Math.abs(data[p + 1] - g) + Math.abs(data[p + 2] - b) <= 6) {
					const q = p / 4;
					if (hits[c]++ === 20)
						samples.push({
							x: ((q % copy.width) * source.clientWidth) / copy.width,
							y: (Math.floor(q / copy.width) * source.clientHeight) / copy.height
						});
					break;
				}
			}
		}
		return { painted, colours: hits.filter((h) => h >= 4).length, samples };
	}, palette);
}
