import { useText } from './language';

export function Loading() {
  const t = useText();
  return (
    <main className="screen-body loading" aria-busy="true">
      <p>{t('loading')}</p>
    </main>
  );
}
