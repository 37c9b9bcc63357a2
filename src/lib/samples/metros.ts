/**
 * US metro areas the sample book clusters around, with real ZIP codes in each. The ZIP lists are a
 * fallback for when no ZIP-centroid table is supplied; with a table, the generator takes every ZIP
 * within `radiusKm` of the centre instead and uses the table's coordinates, city and state.
 */
export interface Metro {
	name: string;
	state: string;
	lat: number;
	lon: number;
	/** Relative share of accounts. */
	weight: number;
	/** Spanish-speaking share of accounts, higher in the south-west and Florida. */
	spanish: number;
	/** Real ZIP codes in the metro, space-separated. */
	zips: string;
}

export const METROS: readonly Metro[] = [
	{
		name: 'New York',
		state: 'NY',
		lat: 40.7128,
		lon: -74.006,
		weight: 14,
		spanish: 0.08,
		zips: '10001 10002 10003 10011 10016 10019 10022 10036 11201 11215 10451 11101'
	},
	{
		name: 'Los Angeles',
		state: 'CA',
		lat: 34.0522,
		lon: -118.2437,
		weight: 10,
		spanish: 0.16,
		zips: '90012 90017 90024 90028 90036 90045 90210 90401 91101 91505 90802'
	},
	{
		name: 'Chicago',
		state: 'IL',
		lat: 41.8781,
		lon: -87.6298,
		weight: 8,
		spanish: 0.06,
		zips: '60601 60602 60603 60606 60611 60614 60616 60622 60657 60201 60525'
	},
	{
		name: 'Dallas',
		state: 'TX',
		lat: 32.7767,
		lon: -96.797,
		weight: 6,
		spanish: 0.12,
		zips: '75201 75202 75204 75205 75219 75240 75001 75024 76102 75062'
	},
	{
		name: 'Houston',
		state: 'TX',
		lat: 29.7604,
		lon: -95.3698,
		weight: 6,
		spanish: 0.15,
		zips: '77002 77003 77004 77006 77019 77024 77056 77098 77449 77379'
	},
	{
		name: 'Washington',
		state: 'DC',
		lat: 38.9072,
		lon: -77.0369,
		weight: 6,
		spanish: 0.05,
		zips: '20001 20002 20005 20006 20036 22201 22202 20814 20910 22102'
	},
	{
		name: 'Philadelphia',
		state: 'PA',
		lat: 39.9526,
		lon: -75.1652,
		weight: 5,
		spanish: 0.04,
		zips: '19102 19103 19104 19106 19107 19123 19147 19087 08002 19401'
	},
	{
		name: 'Miami',
		state: 'FL',
		lat: 25.7617,
		lon: -80.1918,
		weight: 5,
		spanish: 0.3,
		zips: '33125 33128 33130 33131 33132 33139 33155 33301 33401 33186'
	},
	{
		name: 'Atlanta',
		state: 'GA',
		lat: 33.749,
		lon: -84.388,
		weight: 5,
		spanish: 0.05,
		zips: '30303 30305 30308 30309 30318 30324 30326 30339 30060 30092'
	},
	{
		name: 'Boston',
		state: 'MA',
		lat: 42.3601,
		lon: -71.0589,
		weight: 5,
		spanish: 0.04,
		zips: '02108 02109 02110 02114 02115 02116 02139 02142 02451 02210'
	},
	{
		name: 'Phoenix',
		state: 'AZ',
		lat: 33.4484,
		lon: -112.074,
		weight: 4,
		spanish: 0.14,
		zips: '85003 85004 85012 85016 85018 85251 85281 85282 85201 85308'
	},
	{
		name: 'San Francisco',
		state: 'CA',
		lat: 37.7749,
		lon: -122.4194,
		weight: 7,
		spanish: 0.07,
		zips: '94102 94103 94105 94107 94110 94111 94301 94025 94612 94043'
	},
	{
		name: 'Seattle',
		state: 'WA',
		lat: 47.6062,
		lon: -122.3321,
		weight: 5,
		spanish: 0.03,
		zips: '98101 98102 98104 98109 98121 98004 98033 98052 98115 98122'
	},
	{
		name: 'Minneapolis',
		state: 'MN',
		lat: 44.9778,
		lon: -93.265,
		weight: 3,
		spanish: 0.02,
		zips: '55401 55402 55403 55404 55408 55414 55101 55102 55305 55416'
	},
	{
		name: 'Denver',
		state: 'CO',
		lat: 39.7392,
		lon: -104.9903,
		weight: 4,
		spanish: 0.08,
		zips: '80202 80203 80204 80205 80206 80209 80210 80111 80112 80401'
	},
	{
		name: 'St. Louis',
		state: 'MO',
		lat: 38.627,
		lon: -90.1994,
		weight: 2,
		spanish: 0.02,
		zips: '63101 63102 63103 63104 63105 63108 63110 63117 63141 63146'
	},
	{
		name: 'Charlotte',
		state: 'NC',
		lat: 35.2271,
		lon: -80.8431,
		weight: 3,
		spanish: 0.05,
		zips: '28202 28203 28204 28205 28207 28209 28210 28217 28226 28277'
	},
	{
		name: 'Austin',
		state: 'TX',
		lat: 30.2672,
		lon: -97.7431,
		weight: 4,
		spanish: 0.12,
		zips: '78701 78702 78703 78704 78705 78731 78746 78758 78759 78613'
	},
	{
		name: 'Detroit',
		state: 'MI',
		lat: 42.3314,
		lon: -83.0458,
		weight: 3,
		spanish: 0.02,
		zips: '48201 48202 48207 48226 48009 48075 48103 48104 48326 48334'
	},
	{
		name: 'Nashville',
		state: 'TN',
		lat: 36.1627,
		lon: -86.7816,
		weight: 2,
		spanish: 0.03,
		zips: '37201 37203 37204 37206 37208 37209 37212 37215 37027 37067'
	},
	{
		name: 'Portland',
		state: 'OR',
		lat: 45.5152,
		lon: -122.6784,
		weight: 2,
		spanish: 0.04,
		zips: '97201 97202 97204 97205 97209 97210 97214 97232 97005 97035'
	},
	{
		name: 'San Diego',
		state: 'CA',
		lat: 32.7157,
		lon: -117.1611,
		weight: 3,
		spanish: 0.14,
		zips: '92101 92103 92104 92108 92109 92110 92121 92122 92127 92130'
	}
];
