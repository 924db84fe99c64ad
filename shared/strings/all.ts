import nl from './nl';
import en from './en';
import pl from './pl';
import ro from './ro';
import bg from './bg';
import hu from './hu';
import lt from './lt';
import lv from './lv';
import sk from './sk';
import cs from './cs';
import pt from './pt';
import es from './es';
import uk from './uk';
import ar from './ar';
import type { LanguageCode } from '../languages';
import { fillIn, type WorkerStringKey, type WorkerStrings } from './load';

/**
 * Every language at once, for code that runs in Node (the hub's no-script phone page, tests).
 * Screens never import this: they load one language at a time through ./load.
 */
export const WORKER_STRINGS: Record<LanguageCode, WorkerStrings> = { nl, en, pl, ro, bg, hu, lt, lv, sk, cs, pt, es, uk, ar };

export const WORKER_STRING_KEYS = Object.keys(en) as WorkerStringKey[];

/** One worker string in one language, with `{name}` placeholders filled in. */
export function workerText(language: LanguageCode, key: WorkerStringKey, vars?: Record<string, string | number>): string {
  return fillIn(WORKER_STRINGS[language], key, vars);
}
