/**
 * Where sample reps sit: seats per metro in proportion to the metro's share of account potential
 * (largest remainder), so a plan that is both fair and local exists; home ZIPs spread around the
 * metro so each rep has a natural patch; new hires (half capacity) where seats run ahead of demand.
 */
import { distanceKm, type MetroPlaces, type ZipPlace } from './places';
import type { Rng } from './prng';

/**
 * Seats per metro by largest remainder on `demand` (any non-negative weights). When there are at
 * least as many seats as metros, every metro gets one.
 */
export function allocateSeats(demand: readonly number[], count: number): number[] {
	const m = demand.length;
	const total = demand.reduce((s, v) => s + Math.max(0, v), 0);
	const quota = demand.map((v) => (total > 0 ? (Math.max(0, v) / total) * count : count / m));
	const seats = quota.map(Math.floor);
	if (count >= m) for (let k = 0; k < m; k++) seats[k] = Math.max(1, seats[k]);
	let given = seats.reduce((s, v) => s + v, 0);
	// Ties go to the earlier (bigger) metro, so the result never depends on sort stability.
	const byRemainder = (sign: number) =>
		quota
			.map((q, k) => k)
			.sort((a, b) => sign * (quota[b] - seats[b] - (quota[a] - seats[a])) || a - b);
	while (given < count) {
		seats[byRemainder(1)[0]]++;
		given++;
	}
	while (given > count) {
		const k = byRemainder(-1).find((k) => seats[k] > (count >= m ? 1 : 0))!;
		seats[k]--;
		given--;
	}
	return seats;
}

/**
 * Metros that get a half-capacity new hire: greedily where the metro's capacity (in full-rep
 * units) most exceeds its fair share, never a metro's only rep.
 */
export function newHireMetros(
	demand: readonly number[],
	seats: readonly number[],
	hires: number
): number[] {
	const total = demand.reduce((s, v) => s + Math.max(0, v), 0);
	const seatCount = seats.reduce((s, v) => s + v, 0);
	const ramp = seats.slice();
	const out: number[] = [];
	const rampTotal = seatCount - hires / 2;
	const fair = demand.map((v) => (total > 0 ? (Math.max(0, v) / total) * rampTotal : 0));
	const hired = seats.map(() => 0);
	for (let h = 0; h < hires; h++) {
		let best = -1;
		for (let k = 0; k < seats.length; k++) {
			if (seats[k] - hired[k] < 2) continue;
			if (best < 0 || ramp[k] - fair[k] > ramp[best] - fair[best]) best = k;
		}
		if (best < 0) break;
		hired[best]++;
		ramp[best] -= 0.5;
		out.push(best);
	}
	return out;
}

function angle(place: ZipPlace, lat: number, lon: number): number {
	const a = Math.atan2(place.lat - lat, (place.lon - lon) * Math.cos((lat * Math.PI) / 180));
	return a < 0 ? a + 2 * Math.PI : a;
}

/**
 * `seats` home ZIPs around a metro: one alone sits near the centre; several take one angular
 * sector each, 6-28 km out, so their natural patches split the metro rather than pile up downtown.
 */
export function spreadHomes(rng: Rng, metro: MetroPlaces, seats: number): ZipPlace[] {
	const { lat, lon } = metro.metro;
	const places = metro.places;
	const km = places.map((p) => distanceKm(lat, lon, p.lat, p.lon));
	if (seats === 1) {
		const central = places.filter((_, k) => km[k] <= 12);
		return [rng.pick(central.length > 0 ? central : places)];
	}
	const start = rng.next() * 2 * Math.PI;
	const sector = (2 * Math.PI) / seats;
	const homes: ZipPlace[] = [];
	for (let s = 0; s < seats; s++) {
		const inSector = places
			.map((p, k) => k)
			.filter((k) => {
				const a = (angle(places[k], lat, lon) - start + 4 * Math.PI) % (2 * Math.PI);
				return a >= s * sector && a < (s + 1) * sector;
			});
		const ring = inSector.filter((k) => km[k] >= 6 && km[k] <= 28);
		const pool = ring.length > 0 ? ring : inSector;
		homes.push(pool.length > 0 ? places[rng.pick(pool)] : rng.pick(places));
	}
	return homes;
}
