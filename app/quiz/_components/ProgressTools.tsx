'use client';
import { useId, useRef, useState } from 'react';
import { emptyProgress, parseImport, serialiseProgress, type Progress } from '@/lib/quiz/progress';

/** Privacy note, export, import (refusing malformed files with a message) and reset with confirmation. */
export function ProgressTools({ progress, onReplace }: { progress: Progress; onReplace: (p: Progress) => void }) {
  const id = useId();
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const file = useRef<HTMLInputElement>(null);

  const exportFile = () => {
    const url = URL.createObjectURL(new Blob([serialiseProgress(progress)], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `faultline-quiz-progress-${new Date().toISOString().slice(0, 10)}.json`;
    a.click();
    URL.revokeObjectURL(url);
  };
  const importFile = async (f: File | undefined) => {
    if (!f) return;
    const result = parseImport(await f.text());
    if ('error' in result) setMessage({ text: result.error, error: true });
    else {
      onReplace(result.progress);
      setMessage({ text: `Imported progress for ${Object.keys(result.progress.cards).length} cards.`, error: false });
    }
    if (file.current) file.current.value = '';
  };

  return (
    <section aria-labelledby={`${id}-h`} className="progress-tools">
      <h2 id={`${id}-h`}>Your progress</h2>
      <p>
        <strong>Privacy:</strong> your progress — when each card you answered is next due, and your last round scores —
        is stored only in this browser (localStorage). Nothing leaves the browser: no account, no server, no tracking.
        Export it to keep a copy or move it to another browser.
      </p>
      <p>{Object.keys(progress.cards).length} cards reviewed so far.</p>
      {progress.suspended.length > 0 && (
        <p>
          {progress.suspended.length} {progress.suspended.length === 1 ? 'card is' : 'cards are'} suspended and never
          asked.{' '}
          <button
            type="button"
            onClick={() => {
              onReplace({ ...progress, suspended: [] });
              setMessage({ text: 'Suspended cards will be asked again.', error: false });
            }}
          >
            Unsuspend all
          </button>
        </p>
      )}
      <p>
        <button type="button" onClick={exportFile}>
          Export progress (JSON)
        </button>{' '}
        <label htmlFor={`${id}-file`}>Import progress from a file</label>{' '}
        <input
          id={`${id}-file`}
          ref={file}
          type="file"
          accept="application/json,.json"
          onChange={(e) => void importFile(e.target.files?.[0])}
        />
      </p>
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'error' : undefined}>
          {message.text}
        </p>
      )}
      {confirming ? (
        <div role="group" aria-label="Confirm reset">
          <p>Delete all your quiz progress in this browser? This cannot be undone.</p>
          <button
            type="button"
            onClick={() => {
              onReplace(emptyProgress());
              setConfirming(false);
              setMessage({ text: 'Your progress was reset.', error: false });
            }}
          >
            Yes, reset my progress
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      ) : (
        <button type="button" onClick={() => setConfirming(true)}>
          Reset progress…
        </button>
      )}
    </section>
  );
}
