import { z } from 'zod';
import { LANGUAGE_CODES, type LanguageCode } from '../../../shared/languages';

/** How one screen behaves; set by an install script (config file or flags), never on the screen itself. */
export interface KioskSettings {
  /** Seconds without a touch before the kiosk forgets everything and shows the language screen. */
  idleSeconds: number;
  /** Languages offered on the language screen, in this order. */
  languages: LanguageCode[];
  orientation: 'portrait' | 'landscape' | 'auto';
}

export const DEFAULT_KIOSK_SETTINGS: KioskSettings = {
  idleSeconds: 90,
  languages: [...LANGUAGE_CODES],
  orientation: 'auto',
};

export const kioskSettingsSchema = z.object({
  idleSeconds: z.number().int().min(15, 'idleSeconds: at least 15 seconds').max(3600, 'idleSeconds: at most an hour').optional(),
  languages: z.array(z.enum(LANGUAGE_CODES)).min(1, 'languages: offer at least one').optional(),
  orientation: z.enum(['portrait', 'landscape', 'auto']).optional(),
});
