import { useEffect, useState } from 'react';
import { Box, Skeleton } from '@mui/material';
import QRCode from 'qrcode';
import { pairingQrText } from './pairing-qr';

const SIZE = 240;

/** The pairing code as a QR code, drawn locally (no image leaves the machine). */
export function PairingQr({ code, alt }: { code: string; alt: string }) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    QRCode.toDataURL(pairingQrText(code), { width: SIZE, margin: 2, errorCorrectionLevel: 'M' }).then(
      (data) => current && setUrl(data),
      () => current && setUrl(null),
    );
    return () => {
      current = false;
    };
  }, [code]);

  if (!url) return <Skeleton variant="rectangular" width={SIZE} height={SIZE} />;
  return <Box component="img" src={url} alt={alt} width={SIZE} height={SIZE} data-testid="pairing-qr" sx={{ display: 'block', imageRendering: 'pixelated' }} />;
}
