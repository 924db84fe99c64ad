import { useEffect, useState } from 'react';

const RETRIES = 5;
const RETRY_MS = 3_000;

/**
 * An article image from the kiosk's local cache (/media/<id>, same origin, works offline). The
 * core may still be fetching it right after new content arrived: then it is hidden and asked
 * for again a few times, instead of showing a broken picture.
 */
export function CachedImage({ mediaId }: { mediaId: string }) {
  const [attempt, setAttempt] = useState(0);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!failed || attempt >= RETRIES) return;
    const timer = setTimeout(() => {
      setFailed(false);
      setAttempt((n) => n + 1);
    }, RETRY_MS);
    return () => clearTimeout(timer);
  }, [failed, attempt]);
  return (
    <img
      src={attempt ? `/media/${mediaId}?try=${attempt}` : `/media/${mediaId}`}
      alt=""
      draggable={false}
      hidden={failed}
      onError={() => setFailed(true)}
    />
  );
}
