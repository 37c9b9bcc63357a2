/**
 * Known column headers -> canonical keys. Covers Carve's own names, Salesforce Account API names
 * and report labels, HubSpot company labels and internal names (see the shared
 * crm_account_headers.csv), and common spreadsheet spellings. Keys are normalised headers
 * (see `normalizeHeader`); canonical keys follow the CRM table's names where it has one.
 */

export const CANONICAL_ALIASES: Record<string, readonly string[]> = {
	account_id: ['id', 'accountid', 'recordid', 'hsobjectid', 'companyid', 'customerid', 'sfdcid'],
	account_number: ['accountnumber', 'accountno', 'customernumber', 'customerno'],
	account_name: [
		'name',
		'accountname',
		'companyname',
		'company',
		'customer',
		'customername',
		'account'
	],
	account_type: ['type', 'accounttype'],
	industry: ['industry', 'vertical', 'sector'],
	annual_revenue: ['annualrevenue', 'revenue', 'revenues'],
	employees: ['numberofemployees', 'employees', 'employeecount', 'noofemployees', 'headcount'],
	street: ['billingstreet', 'street', 'streetaddress', 'address', 'address1', 'addressline1'],
	street_alt: ['shippingstreet'],
	city: ['billingcity', 'city', 'town'],
	city_alt: ['shippingcity'],
	state: ['billingstate', 'billingstateprovince', 'state', 'stateregion', 'province'],
	state_alt: ['shippingstate', 'shippingstateprovince'],
	postal_code: [
		'billingpostalcode',
		'billingzippostalcode',
		'postalcode',
		'zip',
		'zipcode',
		'postcode',
		'zippostalcode',
		'plz'
	],
	postal_code_alt: ['shippingpostalcode', 'shippingzippostalcode'],
	country: ['billingcountry', 'country', 'countryregion', 'countrycode'],
	country_alt: ['shippingcountry'],
	latitude: ['billinglatitude', 'latitude', 'lat'],
	latitude_alt: ['shippinglatitude'],
	longitude: ['billinglongitude', 'longitude', 'lon', 'lng', 'long'],
	longitude_alt: ['shippinglongitude'],
	county: ['county'],
	owner_id: [
		'ownerid',
		'hubspotownerid',
		'owner',
		'repid',
		'salesrepid',
		'accountownerid',
		'userid',
		'employeeid',
		'currentowner'
	],
	owner_name: [
		'accountowner',
		'companyowner',
		'ownername',
		'salesrep',
		'rep',
		'repname',
		'accountmanager',
		'fullname',
		'username'
	],
	parent_account_id: ['parentid', 'parentaccountid'],
	account_source: ['accountsource', 'leadsource'],
	domain: ['domain', 'companydomainname', 'website'],
	phone: ['phone', 'phonenumber'],
	created_at: ['createdate', 'createddate', 'createdat'],
	lifecycle_stage: ['lifecyclestage'],
	profit: ['profit', 'profits'],
	potential: [
		'potential',
		'accountpotential',
		'marketpotential',
		'salespotential',
		'whitespace',
		'opportunitysize'
	],
	arr: ['arr', 'annualrecurringrevenue', 'currentarr', 'recurringrevenue'],
	workload: ['workload', 'effort', 'workloadhours', 'servicehours', 'visitsperyear'],
	segment: ['segment', 'customersegment', 'marketsegment', 'tier', 'accounttier'],
	language: ['language', 'preferredlanguage', 'lang', 'languagepreference'],
	active_opportunity: [
		'activeopportunity',
		'openopportunity',
		'hasopenopportunity',
		'hasactiveopportunity',
		'openopp',
		'activeopp',
		'inpipeline'
	],
	capacity_accounts: [
		'capacity',
		'capacityaccounts',
		'maxaccounts',
		'accountcapacity',
		'capacityinaccounts'
	],
	capacity_workload: [
		'capacityworkload',
		'workloadcapacity',
		'maxworkload',
		'capacityhours',
		'maxhours',
		'capacityinworkload'
	],
	min_accounts: ['minaccounts', 'minimumaccounts'],
	industries: ['industries', 'verticals', 'industryskills'],
	languages: ['languages', 'spokenlanguages', 'languageskills'],
	segments: ['segments', 'segmentskills'],
	ramp: ['ramp', 'rampfactor', 'ramppct', 'ramppercent', 'rampshare'],
	start_date: ['startdate', 'hiredate', 'start'],
	base_zip: ['basezip', 'homezip', 'basepostalcode', 'homepostalcode', 'basezipcode'],
	base_lat: ['baselat', 'baselatitude', 'homelat', 'homelatitude'],
	base_lon: ['baselon', 'baselng', 'baselongitude', 'homelon', 'homelng', 'homelongitude']
};

/** Canonical keys each Carve field accepts, best first. */
export const ACCOUNT_FIELD_KEYS = {
	id: ['account_id', 'account_number'],
	name: ['account_name'],
	owner: ['owner_id', 'owner_name'],
	potential: ['potential'],
	arr: ['arr'],
	workload: ['workload'],
	industry: ['industry'],
	segment: ['segment'],
	language: ['language'],
	zip: ['postal_code', 'postal_code_alt', 'base_zip'],
	city: ['city', 'city_alt'],
	state: ['state', 'state_alt'],
	country: ['country', 'country_alt'],
	lat: ['latitude', 'latitude_alt'],
	lon: ['longitude', 'longitude_alt'],
	activeOpportunity: ['active_opportunity']
} as const;

export const REP_FIELD_KEYS = {
	id: ['owner_id', 'account_id'],
	name: ['owner_name', 'account_name'],
	zip: ['base_zip', 'postal_code'],
	lat: ['base_lat', 'latitude'],
	lon: ['base_lon', 'longitude'],
	capacityAccounts: ['capacity_accounts'],
	capacityWorkload: ['capacity_workload'],
	minAccounts: ['min_accounts'],
	industries: ['industries', 'industry'],
	languages: ['languages', 'language'],
	segments: ['segments', 'segment'],
	ramp: ['ramp'],
	startDate: ['start_date']
} as const;

/** Partial-word rules for headers no alias knows (e.g. "Est. Potential (USD)"). */
export const ACCOUNT_FUZZY: Partial<Record<keyof typeof ACCOUNT_FIELD_KEYS, RegExp>> = {
	potential: /potential/,
	arr: /\barr\b|recurring/,
	workload: /workload|effort/,
	owner: /\bowner\b|\brep\b/,
	zip: /\bzip|postal|postcode/,
	lat: /\blat(itude)?\b/,
	lon: /\b(lon|lng|longitude)\b/,
	industry: /industry|vertical/,
	segment: /segment/,
	language: /language/,
	activeOpportunity: /\bopen\b.*\bopp|\bactive\b.*\bopp/
};

export const REP_FUZZY: Partial<Record<keyof typeof REP_FIELD_KEYS, RegExp>> = {
	capacityWorkload: /capacity.*(workload|hours)|(workload|hours).*capacity/,
	capacityAccounts: /capacity|max.*accounts/,
	minAccounts: /min.*accounts/,
	zip: /\bzip|postal|postcode/,
	lat: /\blat(itude)?\b/,
	lon: /\b(lon|lng|longitude)\b/,
	industries: /industr|vertical/,
	languages: /language/,
	segments: /segment/,
	ramp: /ramp/,
	startDate: /start|hire/
};

/** Columns that only a reps file has: their presence in an "accounts" file means a mix-up. */
export const REP_ONLY_KEYS = [
	'capacity_accounts',
	'capacity_workload',
	'min_accounts',
	'industries',
	'languages',
	'segments',
	'ramp',
	'start_date',
	'base_zip',
	'base_lat',
	'base_lon'
];

/** Columns that only an accounts file has. */
export const ACCOUNT_ONLY_KEYS = ['potential', 'arr', 'workload', 'active_opportunity'];
