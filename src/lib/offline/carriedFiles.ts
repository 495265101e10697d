import type { Plan } from '../plan/schema';
import { local } from '../data/storage';
import { progressKey } from '../state/planProgress.svelte';
import type { Carried } from './oneFile';

/** A file's text from the site, or null when it cannot be had (the copy then goes without it). */
async function text(path: string): Promise<string | null> {
  try {
    const res = await fetch(path);
    return res.ok ? await res.text() : null;
  } catch {
    return null;
  }
}

/**
 * The sheet this browser shows for the plan: its own (loaded here, read through the storage
 * module, which also has a sheet kept only in memory when the quota was full), else the
 * council's published one.
 */
async function progressSheet(plan: Plan): Promise<string | null> {
  try {
    const own = JSON.parse(local.get(progressKey(plan.id)) ?? 'null') as { text?: unknown } | null;
    if (typeof own?.text === 'string') return own.text;
  } catch {
    // A damaged entry: the published sheet, if any.
  }
  return plan.progressSheet ? text(`plans/${plan.progressSheet}`) : null;
}

/**
 * What a one-file copy carries, under the paths the app reads them from: the plan, its
 * evaluation (as this browser shows it) and the reading table for search within the plan.
 */
export async function carriedFiles(plan: Plan): Promise<Carried> {
  const [sheet, readings] = await Promise.all([progressSheet(plan), text('search/readings.json')]);
  const sheetName = `${plan.id}.progress.csv`;
  const copy: Plan = { ...plan, progressSheet: sheet ? sheetName : undefined };
  const files: Record<string, string> = { [`plans/${plan.id}.json`]: JSON.stringify(copy) };
  if (sheet) files[`plans/${sheetName}`] = sheet;
  if (readings) files['search/readings.json'] = readings;
  return { planId: plan.id, files };
}
