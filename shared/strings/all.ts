import nl from './nl';
import en from './en';
import pl from './pl';
import ro from './ro';
import bg from './bg';
import hu from './hu';
import lt from './lt';
import lv from './lv';
import et from './et';
import sk from './sk';
import cs from './cs';
import sl from './sl';
import hr from './hr';
import sr from './sr';
import pt from './pt';
import es from './es';
import it from './it';
import el from './el';
import de from './de';
import fr from './fr';
import uk from './uk';
import ru from './ru';
import tr from './tr';
import sq from './sq';
import ar from './ar';
import fa from './fa';
import ur from './ur';
import ti from './ti';
import so from './so';
import zh from './zh';
import vi from './vi';
import tl from './tl';
import type { LanguageCode } from '../languages';
import { fillIn, type WorkerStringKey, type WorkerStrings } from './load';

/**
 * Every language at once, for code that runs in Node (the hub's no-script phone page, tests).
 * Screens never import this: they load one language at a time through ./load.
 */
export const WORKER_STRINGS: Record<LanguageCode, WorkerStrings> = { nl, en, pl, ro, bg, hu, lt, lv, et, sk, cs, sl, hr, sr, pt, es, it, el, de, fr, uk, ru, tr, sq, ar, fa, ur, ti, so, zh, vi, tl };

export const WORKER_STRING_KEYS = Object.keys(en) as WorkerStringKey[];

/** One worker string in one language, with `{name}` placeholders filled in. */
export function workerText(language: LanguageCode, key: WorkerStringKey, vars?: Record<string, string | number>): string {
  return fillIn(WORKER_STRINGS[language], key, vars);
}
