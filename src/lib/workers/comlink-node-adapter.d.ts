// comlink ships the Node adapter's types only beside its UMD build; the ESM file has the same API.
declare module 'comlink/dist/esm/node-adapter.mjs' {
	export { default } from 'comlink/dist/umd/node-adapter';
}
