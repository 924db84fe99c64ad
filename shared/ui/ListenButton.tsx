import { useEffect, useRef, useState, type RefObject } from 'react';
import type { Reading } from './speech/read-aloud';
import type { Sentence } from './speech/sentences';
import { Icon } from './Icon';
import { useText } from './language';
import { useUsage } from './usage';
import './listen.css';

type ListenState = 'idle' | 'loading' | 'reading' | 'paused' | 'no-voice' | 'failed';

/** The CSS highlight that marks the sentence being read (worker.css: ::highlight(reading)). */
const HIGHLIGHT = 'reading';

function highlight(sentence: Sentence | undefined) {
  if (typeof CSS === 'undefined' || !CSS.highlights) return;
  if (!sentence) return void CSS.highlights.delete(HIGHLIGHT);
  CSS.highlights.set(HIGHLIGHT, new Highlight(sentence.range));
  sentence.range.startContainer.parentElement?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
}

/**
 * Reads the article's title, summary and text aloud in `language` (the language they are shown
 * in), sentence by sentence with the sentence marked on screen, with pause and stop. The engine is
 * loaded on the first tap only. Stops when the article leaves the screen (the kiosk's idle reset).
 */
export function ListenButton({ article, language, itemId }: { article: RefObject<HTMLElement | null>; language: string; itemId: string }) {
  const t = useText();
  const usage = useUsage();
  const [state, setState] = useState<ListenState>('idle');
  const reading = useRef<Reading | null>(null);
  // Which tap a reading belongs to: a stop while the engine still loads cancels that tap.
  const session = useRef(0);

  const stop = () => {
    session.current++;
    reading.current?.stop();
    reading.current = null;
    highlight(undefined);
  };
  useEffect(() => stop, []);

  const listen = async () => {
    const root = article.current;
    if (!root) return;
    const mine = ++session.current;
    usage.record({ kind: 'read_aloud', language, itemId });
    setState('loading');
    const [{ startReading }, { sentencesIn }] = await Promise.all([import('./speech/read-aloud'), import('./speech/sentences')]);
    const sentences = sentencesIn([...root.querySelectorAll('.article-title, .article-summary, .article-text')], language);
    const started = await startReading(
      language,
      sentences.map((s) => s.text),
      {
        onSentence(index) {
          highlight(sentences[index]);
          setState((s) => (s === 'loading' ? 'reading' : s));
        },
        onEnd() {
          stop();
          setState('idle');
        },
        onError() {
          stop();
          setState('failed');
        },
      },
    );
    if (mine !== session.current) return started?.stop();
    reading.current = started;
    if (!started) setState('no-voice');
  };

  if (state === 'no-voice' || state === 'failed') {
    return (
      <p className="listen listen-message" role="status" data-testid="listen" data-state={state}>
        <Icon name="listen" size={28} />
        {t(state === 'no-voice' ? 'listenNoVoice' : 'listenFailed')}
      </p>
    );
  }
  const busy = state === 'reading' || state === 'paused' || state === 'loading';
  return (
    <div className="listen" data-testid="listen" data-state={state}>
      {!busy && (
        <button type="button" className="listen-button" onClick={() => void listen()}>
          <Icon name="listen" size={28} />
          {t('listen')}
        </button>
      )}
      {state === 'loading' && (
        <button type="button" className="listen-button" disabled>
          <Icon name="listen" size={28} />
          {t('listenLoading')}
        </button>
      )}
      {state === 'reading' && (
        <button
          type="button"
          className="listen-button"
          onClick={() => {
            reading.current?.pause();
            setState('paused');
          }}
        >
          <Icon name="pause" size={28} />
          {t('listenPause')}
        </button>
      )}
      {state === 'paused' && (
        <button
          type="button"
          className="listen-button"
          onClick={() => {
            reading.current?.resume();
            setState('reading');
          }}
        >
          <Icon name="listen" size={28} />
          {t('listenResume')}
        </button>
      )}
      {busy && (
        <button
          type="button"
          className="listen-button"
          onClick={() => {
            stop();
            setState('idle');
          }}
        >
          <Icon name="stop" size={28} />
          {t('listenStop')}
        </button>
      )}
    </div>
  );
}
