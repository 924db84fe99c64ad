import { Fragment, type ReactNode } from 'react';

/**
 * A translated sentence with `{name}` slots filled by elements, e.g. a language name in its
 * own script wrapped in <bdi lang>, so it reads the right way round inside Arabic text.
 */
export function TextWith({ text, parts }: { text: string; parts: Record<string, ReactNode> }) {
  const pieces = text.split(/(\{\w+\})/);
  return (
    <>
      {pieces.map((piece, i) => {
        const name = /^\{(\w+)\}$/.exec(piece)?.[1];
        return <Fragment key={i}>{name && name in parts ? parts[name] : piece}</Fragment>;
      })}
    </>
  );
}
