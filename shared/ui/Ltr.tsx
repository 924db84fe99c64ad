import { Fragment, type ReactNode } from 'react';

/**
 * A left-to-right run inside text of any direction: a phone number, a postcode, a time range,
 * an e-mail or web address. Isolated, so Arabic text around it cannot reorder its parts
 * ("6600 AB" stays "6600 AB", "09:00–17:00" stays "09:00–17:00").
 */
export function Ltr({ children, className, testId }: { children: ReactNode; className?: string; testId?: string }) {
  return (
    <bdi dir="ltr" className={className} data-testid={testId}>
      {children}
    </bdi>
  );
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
