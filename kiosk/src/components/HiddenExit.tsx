import { useRef, useState } from 'react';
import { isExitGesture } from '../../../shared/exit-gesture';

interface ExitBridge {
  exitKiosk(pin: string): Promise<boolean>;
}

/**
 * Staff only: five quick taps in the top-left corner ask for the exit PIN. Exists only in the
 * Electron kiosk (its preload provides the bridge); the PIN is checked in the main process.
 */
export function HiddenExit() {
  const bridge = (window as unknown as { wegwijs?: ExitBridge }).wegwijs;
  const taps = useRef<number[]>([]);
  const [asking, setAsking] = useState(false);
  const [pin, setPin] = useState('');
  const [wrong, setWrong] = useState(false);
  if (!bridge) return null;

  const tap = () => {
    taps.current = [...taps.current.slice(-4), Date.now()];
    if (isExitGesture(taps.current)) {
      taps.current = [];
      setAsking(true);
    }
  };
  const submit = async () => {
    const ok = await bridge.exitKiosk(pin);
    setPin('');
    setWrong(!ok);
    if (!ok) setTimeout(() => setAsking(false), 2_000);
  };

  return (
    <>
      <div className="hidden-exit" onPointerDown={tap} aria-hidden="true" />
      {asking && (
        <div className="hidden-exit-dialog" role="dialog" aria-label="Beheer / Staff">
          <label>
            PIN
            <input type="password" inputMode="numeric" autoFocus value={pin} onChange={(e) => setPin(e.target.value)} />
          </label>
          <button type="button" onClick={() => void submit()}>OK</button>
          <button type="button" onClick={() => setAsking(false)}>×</button>
          {wrong && <p role="alert">✗</p>}
        </div>
      )}
    </>
  );
}
