import { useEffect, useState } from 'react';
import type { LanguageCode } from '../../../shared/languages';
import { phonePaths } from '../../../shared/phone-bundle';
import { offlineStore } from '../lib/offline-store';
import { useLanguage, useText } from '../../../shared/ui/language';
import type { Place } from '../lib/route';

type Stored = Awaited<ReturnType<typeof offlineStore.places>>[number];

/**
 * The places this phone has been to: a worker who moves between housing sites switches here.
 * A new place is added by scanning its kiosk's QR code; no list of places is ever asked from the hub.
 */
export function PlacesScreen({ current }: { current: (Place & { language: LanguageCode }) | null }) {
  const [places, setPlaces] = useState<Stored[] | null>(null);
  useEffect(() => void offlineStore.places().then(setPlaces), []);
  const language = useLanguage();
  const t = useText();
  return (
    <main className={`screen-body places${current ? '' : ' places-alone'}`} data-screen={current ? undefined : 'places'}>
      <h1 className="page-title">{t('places')}</h1>
      <ul className="entry-list">
        {(places ?? []).map((place) => {
          const here = place.id === current?.locationId;
          const lang = place.languages.includes(language) ? language : place.languages[0]!;
          return (
            <li key={place.id}>
              <a className={`entry place${here ? ' place-current' : ''}`} href={phonePaths.app(place.id, lang)} aria-current={here ? 'page' : undefined}>
                <span className="entry-text">
                  <span className="entry-title">{place.name}</span>
                  <span className="entry-meta">{here ? t('here') : place.municipality}</span>
                </span>
              </a>
            </li>
          );
        })}
      </ul>
      <p className="hint">{t('placesIntro')}</p>
    </main>
  );
}
