/// <reference types="vite/client" />
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { Box } from '@mui/material';
import type { LanguageCode } from '../../../../shared/languages';
import { dirOf } from '../../../../shared/ui/language';
import type { Orientation } from '../../../../shared/ui/orientation';
import workerCss from '../../../../shared/ui/worker.css?inline';
import listenCss from '../../../../shared/ui/listen.css?inline';
import feedbackCss from '../../../../shared/ui/feedback.css?inline';

const SCREEN: Record<Orientation, { width: number; height: number }> = {
  portrait: { width: 1080, height: 1920 },
  landscape: { width: 1920, height: 1080 },
};
/** The frame's border, and the least height a frame gets on a low window (it scrolls then). */
const BORDER = 8;
const MIN_HEIGHT = 480;

/**
 * A kiosk screen in miniature: a frame of the kiosk's real size (1080×1920 or 1920×1080),
 * scaled to fit, holding the kiosk's own components and style sheet. Its own document keeps
 * the kiosk's styles and the console's apart, and makes the screen's size, orientation,
 * language and direction the kiosk's, so it lays out exactly as the kiosk does.
 */
export function KioskFrame({ orientation, language, label, children }: { orientation: Orientation; language: LanguageCode; label: string; children: ReactNode }) {
  const [doc, setDoc] = useState<Document | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const [room, setRoom] = useState({ width: 1000, height: 800 });
  const size = SCREEN[orientation];
  // The whole screen fits in the window below the pickers, however the window is sized.
  const scale = Math.min(1, (room.width - 2 * BORDER) / size.width, (room.height - 2 * BORDER) / size.height);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => {
      const top = el.getBoundingClientRect().top + window.scrollY;
      setRoom({ width: el.clientWidth, height: Math.max(MIN_HEIGHT, window.innerHeight - top - 16) });
    };
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    window.addEventListener('resize', measure);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, []);

  useEffect(() => {
    if (!doc) return;
    doc.documentElement.lang = language;
    doc.documentElement.dir = dirOf(language);
  }, [doc, language]);

  return (
    <Box ref={box} component="section" aria-label={label} lang={language} data-testid="kiosk-preview" data-orientation={orientation} sx={{ flex: 1, minWidth: 0 }}>
      <Box sx={{ width: size.width * scale + 2 * BORDER, height: size.height * scale + 2 * BORDER, border: BORDER, borderColor: 'grey.900', borderRadius: 3, overflow: 'hidden', bgcolor: 'grey.900' }}>
        <iframe
          title={label}
          data-testid="kiosk-preview-frame"
          srcDoc='<!doctype html><html><head><meta charset="utf-8"></head><body><div id="root"></div></body></html>'
          onLoad={(e) => setDoc(e.currentTarget.contentDocument)}
          style={{ width: size.width, height: size.height, border: 0, display: 'block', transform: `scale(${scale})`, transformOrigin: '0 0' }}
        />
      </Box>
      {doc &&
        createPortal(
          <>
            <style>{workerCss + listenCss + feedbackCss}</style>
            {children}
          </>,
          doc.getElementById('root') ?? doc.body,
        )}
    </Box>
  );
}
