import { useId, useState } from 'react';
import { FEEDBACK_REASONS, FEEDBACK_TEXT_MAX, type FeedbackKind, type FeedbackReason } from '../feedback';
import { Icon } from './Icon';
import { useText } from './language';
import './feedback.css';

/** What a worker says about one article; the screen adds which article and language. */
export interface FeedbackMessage {
  kind: FeedbackKind;
  reason: FeedbackReason | null;
  text: string | null;
}

interface FeedbackBoxProps {
  /** A short text of one's own: on the worker's phone only, never on a public kiosk. */
  withText: boolean;
  /** 'kept' when it could not be sent yet and will be sent later (the phone offline). */
  send(message: FeedbackMessage): Promise<'sent' | 'kept'>;
}

/**
 * Under every article: "Was this helpful? yes / no" and "Something is wrong or out of date" with
 * a few fixed reasons. One message per article view; after it, a thank-you in the worker's language.
 */
export function FeedbackBox({ withText, send }: FeedbackBoxProps) {
  const t = useText();
  const textId = useId();
  const [stage, setStage] = useState<'ask' | 'report' | 'sending' | 'sent' | 'kept'>('ask');
  const [reason, setReason] = useState<FeedbackReason | null>(null);
  const [text, setText] = useState('');

  const submit = (message: FeedbackMessage) => {
    setStage('sending');
    // Failing to send must not trouble the worker: the screen keeps it or lets it go.
    send(message).then(setStage, () => setStage('sent'));
  };

  if (stage === 'sent' || stage === 'kept') {
    return (
      <section className="feedback-box" data-testid="feedback" data-stage={stage}>
        <p className="feedback-thanks" role="status">
          {t(stage === 'sent' ? 'feedback.thanks' : 'feedback.pending')}
        </p>
      </section>
    );
  }

  return (
    <section className="feedback-box" data-testid="feedback" data-stage={stage} aria-labelledby={`${textId}-ask`}>
      <div className="feedback-row">
        <h2 className="feedback-ask" id={`${textId}-ask`}>
          {t('feedback.ask')}
        </h2>
        <div className="feedback-answers">
          <button type="button" className="feedback-button" disabled={stage === 'sending'} onClick={() => submit({ kind: 'helpful', reason: null, text: null })}>
            {t('feedback.yes')}
          </button>
          <button type="button" className="feedback-button" disabled={stage === 'sending'} onClick={() => submit({ kind: 'not_helpful', reason: null, text: null })}>
            {t('feedback.no')}
          </button>
        </div>
      </div>
      {stage === 'ask' ? (
        <button type="button" className="feedback-report" onClick={() => setStage('report')} data-testid="feedback-report">
          <Icon name="alert" size={28} />
          {t('feedback.report')}
        </button>
      ) : (
        <div className="feedback-reasons" role="group" aria-label={t('feedback.report')}>
          <p className="feedback-report-title">{t('feedback.report')}</p>
          {FEEDBACK_REASONS.map((r) => (
            <button key={r} type="button" className="feedback-choice" aria-pressed={reason === r} data-reason={r} onClick={() => setReason(r)}>
              {t(`feedback.reason.${r}`)}
            </button>
          ))}
          {withText && (
            <label className="feedback-text-label" htmlFor={`${textId}-text`}>
              {t('feedback.more')}
              <textarea id={`${textId}-text`} className="feedback-text" rows={3} maxLength={FEEDBACK_TEXT_MAX} value={text} onChange={(e) => setText(e.target.value)} />
            </label>
          )}
          <button
            type="button"
            className="feedback-send"
            disabled={reason === null || stage === 'sending'}
            onClick={() => submit({ kind: 'problem', reason, text: withText && text.trim() ? text.trim() : null })}
          >
            {t('feedback.send')}
          </button>
        </div>
      )}
    </section>
  );
}
