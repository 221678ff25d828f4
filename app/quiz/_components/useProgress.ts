'use client';
import { useCallback, useEffect, useState } from 'react';
import { loadProgress, STORAGE_KEY, type Loaded, type Progress } from '@/lib/quiz/progress';

/** Reads stored progress; a browser that forbids storage gets empty progress and a notice. */
function readStored(): Loaded {
  try {
    return loadProgress(window.localStorage.getItem(STORAGE_KEY));
  } catch {
    return {
      ...loadProgress(null),
      notice: 'This browser does not let the page store data, so progress will not be kept.',
    };
  }
}

function write(p: Progress) {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(p));
  } catch {
    /* storage unavailable: the learner was told */
  }
}

/** Quiz progress kept in localStorage: read once (client-only component), saved on every change. */
export function useProgress() {
  const [initial] = useState(readStored);
  const [progress, setProgress] = useState<Progress>(initial.progress);
  const [notice, setNotice] = useState<string | undefined>(initial.notice);

  // Damaged data was recovered or reset: store the repaired version so the notice shows once.
  useEffect(() => {
    if (initial.notice) write(initial.progress);
  }, [initial]);

  const save = useCallback((next: Progress) => {
    setProgress(next);
    write(next);
  }, []);

  return { progress, save, notice, setNotice };
}
