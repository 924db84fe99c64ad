import type { LanguageCode } from './languages';
import type { FeedEntry } from './merged-feed';

/**
 * Everything the phone app keeps of one location in one language: the merged, published feed
 * with bodies (each entry already resolved along the fallback chain), and the sizes of the
 * images it uses so the phone can keep them within its budget. Built by the hub, stored whole
 * on the phone; `version` changes exactly when its content does.
 */
export interface PhoneBundle {
  version: string;
  language: LanguageCode;
  /** `languages`: what the location offers, in order (null: every interface language). */
  location: { id: string; name: string; municipality: string; languages: LanguageCode[] | null };
  entries: FeedEntry[];
  /** For each outdated translation (`originalChangedAt`), the same item in its original language. */
  originals: Record<string, FeedEntry>;
  /** Bytes per image (`/media/<id>`) used by the entries. */
  images: Record<string, number>;
}

/** Images a phone keeps offline per location; past this it keeps the text and loads images when online. */
export const PHONE_IMAGE_BUDGET_BYTES = 5 * 1024 * 1024;

/** The paths of the phone app under the hub's public address. */
export const phonePaths = {
  app: (locationId: string, language: LanguageCode) => `/app/${locationId}?lang=${language}`,
  item: (locationId: string, itemId: string, language: LanguageCode) => `/app/${locationId}/item/${itemId}?lang=${language}`,
  bundle: (locationId: string, language: LanguageCode) => `/app/${locationId}/bundle/${language}.json`,
  manifest: (locationId: string, language: LanguageCode) => `/app/${locationId}/manifest.webmanifest?lang=${language}`,
};
