import { z } from 'zod';
import { idSchema, languageSchema } from './content';

/** What a worker can say about an article. */
export const FEEDBACK_KINDS = ['helpful', 'not_helpful', 'problem'] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];

/** The fixed reasons of "something is wrong or out of date"; the worker strings name them `feedback.reason.<reason>`. */
export const FEEDBACK_REASONS = ['wrong_contact', 'closed', 'outdated', 'language'] as const;
export type FeedbackReason = (typeof FEEDBACK_REASONS)[number];

export const FEEDBACK_STATUSES = ['new', 'handled'] as const;
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];

/** A worker's own words, from the phone only: a few sentences, no more. */
export const FEEDBACK_TEXT_MAX = 500;

const base = {
  itemId: idSchema,
  /** The worker's language (the article may have been shown in a fallback language). */
  language: languageSchema,
  kind: z.enum(FEEDBACK_KINDS),
  reason: z.enum(FEEDBACK_REASONS).nullable(),
};

const reasonGoesWithProblem = (f: { kind: FeedbackKind; reason: FeedbackReason | null }) => (f.kind === 'problem') === (f.reason !== null);
const reasonRule = { error: 'Choose a reason for a problem, and only for a problem', path: ['reason'] };

/** From a kiosk: a public screen, so no free text at all. */
export const kioskFeedbackSchema = z.strictObject(base).refine(reasonGoesWithProblem, reasonRule);

/** From a worker's phone: to one location's public address, with an optional short text. */
export const phoneFeedbackSchema = z
  .strictObject({
    ...base,
    locationId: idSchema,
    text: z.string().max(FEEDBACK_TEXT_MAX, `At most ${FEEDBACK_TEXT_MAX} characters`).nullable(),
  })
  .refine(reasonGoesWithProblem, reasonRule);

export type KioskFeedback = z.infer<typeof kioskFeedbackSchema>;
export type PhoneFeedback = z.infer<typeof phoneFeedbackSchema>;

export const feedbackListInputSchema = z.object({ status: z.enum(FEEDBACK_STATUSES).nullable() });

export const feedbackStatusInputSchema = z.object({ id: idSchema, status: z.enum(FEEDBACK_STATUSES) });

/** One piece of feedback as the console lists it. */
export interface FeedbackView {
  id: string;
  itemId: string;
  /** The item's title in its source language (the language its editors write in). */
  itemTitle: string;
  /** Where it was read; null for a tenant that may not see the location (the national layer at a municipality's site). */
  location: { id: string; name: string } | null;
  source: 'kiosk' | 'phone';
  kind: FeedbackKind;
  reason: FeedbackReason | null;
  language: string;
  shownLanguage: string;
  text: string | null;
  status: FeedbackStatus;
  createdAt: string;
}

/**
 * A worker's text as plain text: no markup, no control characters, spaces folded, cut to the
 * limit. It is shown as text (never as HTML), so this is about keeping it readable and short.
 */
export function plainFeedbackText(raw: string | null): string | null {
  if (raw === null) return null;
  const text = raw
    .normalize('NFC')
    .replace(/<[^>]*>?/g, ' ')
    .replace(/[\p{Cc}\p{Cf}]/gu, (c) => (c === '\n' ? '\n' : c === '\u200c' || c === '\u200d' ? c : ' '))
    .replace(/[^\S\n]+/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .slice(0, FEEDBACK_TEXT_MAX);
  return text || null;
}
