import { Fragment, type ReactNode } from 'react';
import { kioskText, type KioskStringKey } from '../../../../../shared/kiosk-strings';
import type { LanguageCode } from '../../../../../shared/languages';

/**
 * A kiosk string with its `{placeholders}` filled by isolated parts (<bdi>), so a Latin name
 * inside Arabic text, or the other way round, does not scramble the sentence around it.
 */
export function KioskText({ language, name, parts = {} }: { language: LanguageCode; name: KioskStringKey; parts?: Record<string, ReactNode> }) {
  const pieces = kioskText(language, name).split(/(\{\w+\})/);
  return (
    <>
      {pieces.map((piece, i) => {
        const key = /^\{(\w+)\}$/.exec(piece)?.[1];
        return key && key in parts ? <bdi key={i}>{parts[key]}</bdi> : <Fragment key={i}>{piece}</Fragment>;
      })}
    </>
  );
}
