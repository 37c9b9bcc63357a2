/**
 * Presets against edited settings. Manual locks and the time limit are the user's own, so they
 * neither stop settings from matching a preset nor get overwritten when a preset is chosen.
 */
import type { PlanSettings } from '$lib/core/settings';
import type { Preset, PresetId } from '$lib/planner/presets';
import { copySettings } from '$lib/scenario/scenario';

function comparable(s: PlanSettings): string {
	return JSON.stringify({ ...s, locks: { ...s.locks, manual: null }, timeLimitSeconds: null });
}

/** The preset the settings still equal (manual locks and time limit aside), else null. */
export function matchPreset(presets: Preset[], settings: PlanSettings): PresetId | null {
	const mine = comparable(settings);
	return presets.find((p) => comparable(p.settings) === mine)?.id ?? null;
}

/** The preset's settings, keeping the current manual locks and time limit. */
export function presetSettings(preset: Preset, current: PlanSettings): PlanSettings {
	const next = copySettings(preset.settings);
	next.locks.manual = { ...current.locks.manual };
	next.timeLimitSeconds = current.timeLimitSeconds;
	return next;
}
