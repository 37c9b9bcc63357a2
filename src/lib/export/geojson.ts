/**
 * GeoJSON FeatureCollection of a plan's accounts: one Point per located account with its
 * territory (rep id and name). Unlocated accounts are kept as features with a null geometry
 * (valid GeoJSON) so the file still lists every account.
 */
import type { Book } from '../core/book';

export interface AccountFeature {
	type: 'Feature';
	geometry: { type: 'Point'; coordinates: [number, number] } | null;
	properties: {
		account_id: string;
		account_name: string;
		rep_id: string;
		rep_name: string;
		previous_owner_id: string;
	};
}

export interface PlanFeatureCollection {
	type: 'FeatureCollection';
	features: AccountFeature[];
}

export function planGeoJson(book: Book, plan: Int32Array): PlanFeatureCollection {
	const A = book.accounts;
	const R = book.reps;
	const features: AccountFeature[] = [];
	for (let i = 0; i < A.n; i++) {
		const j = plan[i];
		const known = j >= 0 && j < R.p;
		const located = Number.isFinite(A.lat[i]) && Number.isFinite(A.lon[i]);
		features.push({
			type: 'Feature',
			geometry: located ? { type: 'Point', coordinates: [A.lon[i], A.lat[i]] } : null,
			properties: {
				account_id: A.id[i],
				account_name: A.name[i],
				rep_id: known ? R.id[j] : '',
				rep_name: known ? R.name[j] : '',
				previous_owner_id: A.ownerId[i]
			}
		});
	}
	return { type: 'FeatureCollection', features };
}

export function planGeoJsonText(book: Book, plan: Int32Array): string {
	return JSON.stringify(planGeoJson(book, plan));
}
