import type { ZodError } from 'zod';

/**
 * What is wrong with a request, as a code a screen translates: `path` names the input field
 * (`translations.pl.title`, empty for the request as a whole), `params` fill the message
 * (`{ maximum: 200 }`). Screens never read the English message.
 */
export interface Problem {
  path: string;
  code: string;
  params?: Record<string, string | number>;
}

/** zod's own issue codes (too_small, too_big, invalid_format, custom, ...) with their limits. */
export function zodProblems(error: ZodError): Problem[] {
  return error.issues.map((issue) => {
    const params: Record<string, string | number> = {};
    if ('minimum' in issue) params.minimum = Number(issue.minimum);
    if ('maximum' in issue) params.maximum = Number(issue.maximum);
    if ('origin' in issue && typeof issue.origin === 'string') params.origin = issue.origin;
    if ('format' in issue && typeof issue.format === 'string') params.format = issue.format;
    return { path: issue.path.map(String).join('.'), code: issue.code, params };
  });
}
