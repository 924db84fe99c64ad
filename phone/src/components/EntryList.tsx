import type { FeedEntry } from '../../../shared/merged-feed';
import { Icon } from '../../../kiosk/src/components/Icon';
import { LanguageName } from '../../../kiosk/src/components/FallbackNote';
import { dirOf, useText } from '../../../kiosk/src/lib/i18n';
import { TextWith } from '../../../kiosk/src/lib/text-with';
import { AppLink } from './Link';

/** Articles as cards a thumb can hit: title, summary, who wrote it, and its language when it is not the worker's. */
export function EntryList({ entries }: { entries: readonly FeedEntry[] }) {
  const t = useText();
  return (
    <ul className="entries">
      {entries.map((entry) => (
        <li key={entry.id}>
          <AppLink to={{ screen: 'item', itemId: entry.id }} className={`entry${entry.kind === 'urgent' ? ' entry-urgent' : ''}`}>
            <span className="entry-text">
              <span className="entry-title" lang={entry.shownLanguage} dir={dirOf(entry.shownLanguage)}>
                {entry.title}
              </span>
              {entry.summary && (
                <span className="entry-summary" lang={entry.shownLanguage} dir={dirOf(entry.shownLanguage)}>
                  {entry.summary}
                </span>
              )}
              <span className="entry-meta">
                <TextWith text={t('from')} parts={{ organisation: <bdi>{entry.tenantName}</bdi> }} />
                {entry.isFallback && (
                  <>
                    {' · '}
                    <TextWith text={t('shownIn')} parts={{ language: <LanguageName code={entry.shownLanguage} /> }} />
                  </>
                )}
              </span>
            </span>
            <Icon name="chevron" size={24} className="entry-chevron" />
          </AppLink>
        </li>
      ))}
    </ul>
  );
}
