import { Fragment } from 'react';

/**
 * A phone number as people read it aloud: "+31416683010" (from a tel: link) becomes
 * "+31 416 683 010". Numbers that already have spaces or dashes are left as written.
 */
export function readablePhone(number: string): string {
  const compact = number.trim();
  const dutch = /^\+31(\d{9})$/.exec(compact);
  if (dutch) return `+31 ${dutch[1]!.replace(/(\d{3})(?=\d)/g, '$1 ')}`;
  return compact;
}

/** A web or mail address that may wrap after "/", "." or "@" instead of in the middle of a word. */
export function Breakable({ text }: { text: string }) {
  const parts = text.split(/(?<=[/.@])/);
  return (
    <>
      {parts.map((part, i) => (
        <Fragment key={i}>
          {part}
          {i < parts.length - 1 && <wbr />}
        </Fragment>
      ))}
    </>
  );
}
