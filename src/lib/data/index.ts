/**
 * The data layer's public, environment-neutral API. Sessions are created from
 * `./browser-session` (browser, AsyncDuckDB in its own worker) or `./node-session` (Node, tests, CLI).
 */
export type * from './types';
export { ACCOUNT_FIELDS, REP_FIELDS } from './types';
