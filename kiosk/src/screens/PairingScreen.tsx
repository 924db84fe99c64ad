import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { TRPCClientError } from '@trpc/client';
import { languageInfo, type LanguageCode } from '../../../shared/languages';
import type { WorkerStringKey } from '../../../shared/strings/load';
import { OnScreenKeyboard } from '../components/OnScreenKeyboard';
import { useText } from '../../../shared/ui/language';
import { LanguageProvider } from '../lib/i18n';
import { useTRPC } from '../trpc';

/** Keys for the hub address, and for the code (its alphabet leaves out 0/O and 1/I/L). */
const ADDRESS_KEYS = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm', ':/.-_'];
const CODE_KEYS = ['23456789', 'ABCDEFGH', 'JKMNPQRS', 'TUVWXYZ-'];

/** Turns the core's refusal into a sentence for the person installing the kiosk. */
function pairingError(err: unknown): WorkerStringKey {
  if (!(err instanceof TRPCClientError)) return 'pairingNoHub';
  const data = err.data as { code?: string; field?: string } | undefined;
  if (data?.field === 'hubUrl') return 'pairingBadAddress';
  if (data?.code === 'TOO_MANY_REQUESTS') return 'pairingTooMany';
  if (data?.code === 'SERVICE_UNAVAILABLE' || data?.code === 'INTERNAL_SERVER_ERROR') return 'pairingNoHub';
  return 'pairingWrongCode';
}

/**
 * Shown until the kiosk is paired (and again when its token was revoked): the hub address and
 * the one-time code from the admin console, for the person installing the screen.
 */
export function PairingScreen({ hubUrl, revoked, languages }: { hubUrl: string | null; revoked: boolean; languages: LanguageCode[] }) {
  const choices = [...new Set<LanguageCode>([languages[0] ?? 'nl', 'en'])];
  const [language, setLanguage] = useState<LanguageCode>(choices[0]!);
  return (
    <LanguageProvider language={language}>
      <PairingForm hubUrl={hubUrl} revoked={revoked} choices={choices} language={language} onLanguage={setLanguage} />
    </LanguageProvider>
  );
}

function PairingForm({ hubUrl, revoked, choices, language, onLanguage }: { hubUrl: string | null; revoked: boolean; choices: LanguageCode[]; language: LanguageCode; onLanguage(l: LanguageCode): void }) {
  const t = useText();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [address, setAddress] = useState(hubUrl ?? '');
  const [code, setCode] = useState('');
  const [field, setField] = useState<'address' | 'code'>(hubUrl ? 'code' : 'address');
  const setValue = field === 'address' ? setAddress : (v: string) => setCode(v.toUpperCase().slice(0, 20));
  const value = field === 'address' ? address : code;
  const pair = useMutation(trpc.pair.mutationOptions({ onSuccess: () => queryClient.invalidateQueries(trpc.state.pathFilter()) }));
  const error = pair.error ? pairingError(pair.error) : null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    pair.mutate({ hubUrl: address.trim(), code });
  };

  return (
    <main className="screen pairing-screen" data-screen="pairing">
      <div className="pairing-languages">
        {choices.map((code) => (
          <button key={code} type="button" lang={code} className={`bar-button${code === language ? ' selected' : ''}`} aria-pressed={code === language} onClick={() => onLanguage(code)}>
            {languageInfo(code).nativeName}
          </button>
        ))}
      </div>
      <form className="pairing-card" onSubmit={submit} noValidate>
        <p className="brand">Wegwijs</p>
        <h1>{t('pairingTitle')}</h1>
        {revoked && (
          <p className="notice notice-warning" role="status" data-testid="revoked">
            {t('pairingRevoked')}
          </p>
        )}
        <p className="pairing-intro">{t('pairingIntro')}</p>
        <label className={`field${field === 'address' ? ' active' : ''}`}>
          <span className="field-label">{t('hubAddress')}</span>
          <input className="field-input" type="url" dir="ltr" inputMode="none" autoFocus={field === 'address'} value={address} onFocus={() => setField('address')} onChange={(e) => setAddress(e.target.value)} autoComplete="off" spellCheck={false} placeholder="https://hub.example.nl" aria-invalid={error === 'pairingBadAddress' || error === 'pairingNoHub'} />
        </label>
        <label className={`field${field === 'code' ? ' active' : ''}`}>
          <span className="field-label">{t('pairingCode')}</span>
          <input className="field-input code-input" dir="ltr" inputMode="none" autoFocus={field === 'code'} value={code} onFocus={() => setField('code')} onChange={(e) => setCode(e.target.value.toUpperCase())} autoComplete="off" autoCapitalize="characters" spellCheck={false} maxLength={20} aria-invalid={error === 'pairingWrongCode' || error === 'pairingTooMany'} />
        </label>
        {error && (
          <p className="notice notice-error" role="alert" data-testid="pairing-error">
            {t(error)}
          </p>
        )}
        <button type="submit" className="primary-button" disabled={pair.isPending}>
          {pair.isPending ? t('connecting') : t('connect')}
        </button>
      </form>
      <div className="pairing-keyboard">
        <OnScreenKeyboard language={language} rows={field === 'address' ? ADDRESS_KEYS : CODE_KEYS} space={false} onKey={(k) => setValue(value + k)} onDelete={() => setValue(value.slice(0, -1))} onClear={() => setValue('')} />
      </div>
    </main>
  );
}
