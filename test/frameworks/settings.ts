/**
 * The json.dumps settings the detect tests write a value with, and the check that detect() found
 * them again among the settings it reports.
 */
import type { DumpsSettings } from '../../src/profiles/index.js';
import type { Rand } from '../support/oracle.js';

/** The settings detect() tells apart: separators, ensure_ascii, sort_keys and indent. */
export type UsedSettings = Pick<DumpsSettings, 'separators' | 'ensureAscii' | 'sortKeys' | 'indent'>;

/** A random combination of the settings detect() tells apart. */
export function randDumpsSettings(r: Rand): UsedSettings {
  return {
    separators: r.pick([[', ', ': '], [',', ':'], [',', ': '], [', ', ':']] as [string, string][]),
    ensureAscii: r.chance(0.5),
    sortKeys: r.chance(0.5),
    indent: r.pick([null, null, 1, 2, 4, '\t']),
  };
}

/** Whether settings detect() reports are the ones used. */
export function sameSettings(found: DumpsSettings, used: UsedSettings): boolean {
  return (
    found.separators.join('|') === used.separators.join('|') &&
    found.ensureAscii === used.ensureAscii &&
    found.sortKeys === used.sortKeys &&
    found.indent === used.indent
  );
}
