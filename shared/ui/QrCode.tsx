import { useEffect, useState } from 'react';
import QRCode from 'qrcode';

/**
 * A QR code drawn as SVG, black on white with the full quiet zone, so any phone camera reads
 * it from the screen. The caption says in the worker's language what scanning does.
 */
export function QrCode({ url, caption, testId }: { url: string; caption: string; testId?: string }) {
  const [svg, setSvg] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 4, color: { dark: '#000000', light: '#ffffff' } })
      .then((markup) => current && setSvg(markup))
      .catch(() => current && setSvg(null));
    return () => {
      current = false;
    };
  }, [url]);
  return (
    <figure className="qr-card">
      {/* The markup comes from the qrcode library (paths only), never from content. */}
      <div className="qr-code" role="img" aria-label={caption} data-testid={testId} dangerouslySetInnerHTML={{ __html: svg ?? '' }} />
      <figcaption className="qr-caption">{caption}</figcaption>
    </figure>
  );
}
