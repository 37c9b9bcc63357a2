/** HiGHS for Node (tests, CLI, benches): the package finds its .wasm beside the loader. */
import highsLoader from 'highs';
import type { MipSolverLike } from '../src/lib/engine/mip-solver';
import { createHighsSolver } from './highs-core';

let loading: Promise<MipSolverLike> | null = null;

/** One shared runtime per process; models are created and disposed per solve. */
export function loadHighsNode(): Promise<MipSolverLike> {
	loading ??= highsLoader().then(createHighsSolver);
	return loading;
}
