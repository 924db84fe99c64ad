import type { PointerEvent } from 'react';
import type { LanguageCode } from '../../../shared/languages';
import { keyboardRows } from '../lib/keyboard-layouts';
import { Icon } from '../../../shared/ui/Icon';
import { useText } from '../../../shared/ui/language';

interface KeyboardProps {
  /** The layout of this language's letters, unless `rows` gives other keys (e.g. for the pairing code). */
  language: LanguageCode;
  rows?: string[];
  space?: boolean;
  onKey(key: string): void;
  onDelete(): void;
  onClear(): void;
}

/**
 * A touch keyboard, because a kiosk may have no system keyboard. Keys are laid out as on a
 * physical keyboard (left to right, also for Arabic), at least 64 px wide and about 100 px high.
 * Delete sits with Clear and Space below the letters, so the 12-letter rows of Arabic and
 * Ukrainian keep their keys wide enough in the narrow landscape column too.
 */
export function OnScreenKeyboard({ language, rows, space = true, onKey, onDelete, onClear }: KeyboardProps) {
  const t = useText();
  // A key press must not take the focus away from the field being typed in.
  const keep = (e: PointerEvent) => e.preventDefault();
  const layout = rows ? rows.map((row) => [...row]) : keyboardRows(language);
  return (
    <div className="keyboard" role="group" aria-label={t('keyboard')} dir="ltr" data-testid="keyboard">
      {layout.map((row, i) => (
        <div className="keyboard-row" key={i}>
          {row.map((key) => (
            <button type="button" key={key} className="key" lang={rows ? undefined : language} onPointerDown={keep} onClick={() => onKey(key)}>
              {key}
            </button>
          ))}
        </div>
      ))}
      <div className="keyboard-row">
        <button type="button" className="key key-clear" onPointerDown={keep} onClick={onClear}>
          {t('keyboardClear')}
        </button>
        {space && (
          <button type="button" className="key key-space" onPointerDown={keep} onClick={() => onKey(' ')}>
            {t('keyboardSpace')}
          </button>
        )}
        <button type="button" className="key key-wide" onPointerDown={keep} onClick={onDelete} aria-label={t('keyboardDelete')}>
          <Icon name="backspace" size={40} />
        </button>
      </div>
    </div>
  );
}
