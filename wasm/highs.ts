/**
 * HiGHS for the browser: load only inside a Web Worker (solve() blocks its thread).
 * Vite serves the .wasm as a same-origin asset through the `?url` import.
 */
import highsLoader from 'highs';
import wasmUrl from 'highs/runtime?url';
import type { MipSolverLike } from '../src/lib/engine/mip-solver';
import { createHighsSolver } from './highs-core';

let loading: Promise<MipSolverLike> | null = null;

export function loadHighs(): Promise<MipSolverLike> {
	loading ??= highsLoader({ locateFile: () => wasmUrl }).then(createHighsSolver);
	return loading;
}
