import type { FeedListEntry } from '../merged-feed';
import { Icon } from './Icon';
import { dirOf, useText } from './language';
import { useNavigation } from './navigation';
import { TextWith } from './TextWith';
import { LanguageName } from './TranslationNote';

/** Articles as big tappable cards: title, summary, where it comes from, and its language if not the worker's. */
export function EntryList({ entries }: { entries: readonly FeedListEntry[] }) {
  const nav = useNavigation();
  const t = useText();
  return (
    <ul className="entry-list">
      {entries.map((entry) => (
        <li key={entry.id}>
          <button
            type="button"
            className={`entry${entry.kind === 'urgent' ? ' entry-urgent' : ''}`}
            data-item-id={entry.id}
            onClick={() => nav.open({ kind: 'article', itemId: entry.id })}
          >
            <span className="entry-text">
              {entry.kind === 'urgent' && <span className="entry-flag">{t('urgent')}</span>}
              <span className="entry-title" lang={entry.shownLanguage} dir={dirOf(entry.shownLanguage)}>
                {entry.title}
              </span>
              {entry.summary && (
                <span className="entry-summary" lang={entry.shownLanguage} dir={dirOf(entry.shownLanguage)}>
                  {entry.summary}
                </span>
              )}
              <span className="entry-meta">
                <span className="entry-source">
                  <TextWith text={t('from')} parts={{ organisation: <bdi>{entry.tenantName}</bdi> }} />
                </span>
                {entry.isFallback && (
                  <span className="entry-language">
                    <TextWith text={t('shownIn')} parts={{ language: <LanguageName code={entry.shownLanguage} /> }} />
                  </span>
                )}
              </span>
            </span>
            <Icon name="chevron" size={44} className="entry-chevron" />
          </button>
        </li>
      ))}
    </ul>
  );
}
