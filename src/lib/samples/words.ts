/** Word lists for plausible company and person names, industries and languages. */

export const NAME_HEADS = [
	'Summit',
	'Harbor',
	'Granite',
	'Blue Ridge',
	'Cedar',
	'Pioneer',
	'Atlas',
	'Beacon',
	'Northwind',
	'Silverline',
	'Keystone',
	'Lakeshore',
	'Redwood',
	'Meridian',
	'Frontier',
	'Ironwood',
	'Crescent',
	'Evergreen',
	'Prairie',
	'Liberty',
	'Sterling',
	'Coastal',
	'Bright',
	'Union',
	'Canyon',
	'Hudson',
	'Pinnacle',
	'Riverbend',
	'Oak Hill',
	'Westfield',
	'Apex',
	'Vantage',
	'Horizon',
	'Maple',
	'Orion'
];

export const NAME_TAILS = [
	'Logistics',
	'Health',
	'Foods',
	'Systems',
	'Manufacturing',
	'Partners',
	'Analytics',
	'Energy',
	'Capital',
	'Labs',
	'Builders',
	'Networks',
	'Retail',
	'Supply',
	'Clinics',
	'Media',
	'Software',
	'Freight',
	'Materials',
	'Dynamics',
	'Solutions',
	'Outfitters',
	'Pharma',
	'Robotics',
	'Insurance'
];

export const NAME_SUFFIXES = ['Inc.', 'LLC', 'Corp.', 'Co.', 'Group', 'Holdings', 'Ltd.', ''];

export const SURNAMES = [
	'Smith',
	'Johnson',
	'Garcia',
	'Nguyen',
	'Patel',
	"O'Brien",
	'Kowalski',
	'Chen',
	'Rossi',
	'Müller',
	'Dubois',
	'Kim',
	'Hernandez',
	'Okafor',
	'Lindqvist',
	'Cohen',
	'Tanaka',
	'Walker',
	'Reyes',
	'Novak'
];

export const FIRST_NAMES = [
	'Alex',
	'Maria',
	'James',
	'Priya',
	'Chen',
	'Sofia',
	'Daniel',
	'Aisha',
	'Lucas',
	'Emma',
	'Noah',
	'Olivia',
	'Mateo',
	'Hannah',
	'Wei',
	'Fatima',
	'Ethan',
	'Grace',
	'Diego',
	'Chloé',
	'Jonas',
	'Yuki',
	'Samuel',
	'Isabel',
	'Omar',
	'Leah',
	'Marcus',
	'Nina',
	'Tomás',
	'Ava'
];

export const INDUSTRIES = [
	'Manufacturing',
	'Healthcare',
	'Financial Services',
	'Retail',
	'Technology',
	'Logistics',
	'Energy',
	'Education',
	'Construction',
	'Hospitality'
];

export const SEGMENTS = ['Enterprise', 'Mid-Market', 'SMB'] as const;
export type Segment = (typeof SEGMENTS)[number];

/**
 * Languages other than English and Spanish: national share of accounts and the metros (by name)
 * where those accounts concentrate, so a local rep can speak to them.
 */
export const OTHER_LANGUAGES: readonly [string, number, readonly string[]][] = [
	['French', 0.02, ['New York', 'Boston', 'Miami']],
	['German', 0.015, ['Chicago', 'Minneapolis', 'St. Louis']],
	['Chinese', 0.02, ['San Francisco', 'New York', 'Los Angeles', 'Seattle']],
	['Japanese', 0.008, ['Los Angeles', 'San Francisco', 'Seattle']],
	['Portuguese', 0.007, ['Boston', 'Miami', 'New York']]
];
