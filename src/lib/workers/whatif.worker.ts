/// <reference lib="webworker" />
/**
 * What-if module worker: a comlink face over the recipe adapter. The recipes block this thread
 * (heuristic search, the location model), which is why cancelling terminates the worker.
 */
import { expose } from 'comlink';
import { loadHighs } from '../../../wasm/highs';
import { createWhatIfAdapter } from './whatif.client';

expose(createWhatIfAdapter(loadHighs));
