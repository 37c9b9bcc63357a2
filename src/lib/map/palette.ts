/**
 * A categorical palette for up to ~40 owners: hand-picked distinct colours first (Tableau 20 and
 * friends), then golden-angle hues so any number of categories gets a colour.
 */
export type Rgb = [number, number, number];

const BASE: Rgb[] = [
	[31, 119, 180],
	[255, 127, 14],
	[44, 160, 44],
	[214, 39, 40],
	[148, 103, 189],
	[140, 86, 75],
	[227, 119, 194],
	[127, 127, 127],
	[188, 189, 34],
	[23, 190, 207],
	[174, 199, 232],
	[255, 187, 120],
	[152, 223, 138],
	[255, 152, 150],
	[197, 176, 213],
	[196, 156, 148],
	[247, 182, 210],
	[219, 219, 141],
	[0, 160, 255],
	[57, 59, 121],
	[99, 121, 57],
	[140, 109, 49],
	[132, 60, 57],
	[123, 65, 115],
	[82, 84, 163],
	[181, 207, 107],
	[231, 186, 82],
	[214, 97, 107],
	[255, 0, 128],
	[107, 110, 207],
	[0, 128, 128],
	[128, 0, 0],
	[0, 0, 128],
	[255, 99, 71],
	[0, 200, 120],
	[240, 50, 230],
	[70, 240, 240],
	[128, 128, 0],
	[0, 90, 50],
	[255, 215, 0]
];

/** Colour for unassigned or unknown owners. */
export const UNASSIGNED: Rgb = [40, 40, 40];

function hslToRgb(h: number, s: number, l: number): Rgb {
	const a = s * Math.min(l, 1 - l);
	const f = (n: number) => {
		const k = (n + h / 30) % 12;
		return Math.round(255 * (l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1))));
	};
	return [f(0), f(8), f(4)];
}

export function categoryColor(index: number): Rgb {
	if (index < 0) return UNASSIGNED;
	if (index < BASE.length) return BASE[index];
	const k = index - BASE.length;
	return hslToRgb((k * 137.508) % 360, 0.65 + (k % 3) * 0.1, 0.45 + (k % 2) * 0.1);
}

/** What a faded category is blended towards: the land colour of the basemap. */
const FADE_TO: Rgb = [248, 247, 243];
const FADE = 0.8;

/**
 * RGB triplets (length 3n) for category indices, ready for a binary deck.gl colour attribute. With
 * `focus`, every other category is faded towards the basemap so one category stands out.
 */
export function categoryColors(categories: ArrayLike<number>, focus?: number | null): Uint8Array {
	const out = new Uint8Array(categories.length * 3);
	// A lookup table per category keeps a 50k recolour to one typed-array copy per point.
	const table: Rgb[] = [];
	for (let i = 0; i < categories.length; i++) {
		const c = categories[i];
		const key = c < 0 ? 0 : c + 1;
		let rgb = table[key];
		if (!rgb) {
			rgb = categoryColor(c);
			if (focus != null && c !== focus) rgb = fade(rgb);
			table[key] = rgb;
		}
		out[3 * i] = rgb[0];
		out[3 * i + 1] = rgb[1];
		out[3 * i + 2] = rgb[2];
	}
	return out;
}

function fade(rgb: Rgb): Rgb {
	return rgb.map((v, k) => Math.round(v + (FADE_TO[k] - v) * FADE)) as Rgb;
}
