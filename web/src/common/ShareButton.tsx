/** Copies the address of what is on screen (every view keeps its state in the URL), to share it. */
import { useState } from 'react';
import { useLocation } from 'react-router-dom';

export function ShareButton() {
  useLocation(); // re-render on navigation, so the outcome shown is the current address's
  const address = window.location.href;
  const [outcome, setOutcome] = useState<{ address: string; copied: boolean }>();
  const share = async () => {
    try {
      await navigator.clipboard.writeText(address);
      setOutcome({ address, copied: true });
    } catch {
      // No clipboard (an insecure origin, a refused permission): the address, to copy by hand.
      setOutcome({ address, copied: false });
    }
  };
  const shown = outcome?.address === address ? outcome : undefined;
  return (
    <div className="share">
      <button type="button" className="share-button" onClick={share}>
        Copy link
      </button>
      <span role="status" className="share-status">
        {shown?.copied && 'Link copied'}
        {shown && !shown.copied && <input aria-label="Address of this view" readOnly value={address} onFocus={(event) => event.target.select()} />}
      </span>
    </div>
  );
}
