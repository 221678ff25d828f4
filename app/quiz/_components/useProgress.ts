'use client';
import { useCallback, useEffect, useState } from 'react';
import { emptyProgress, loadProgress, STORAGE_KEY, type Progress } from '@/lib/quiz/progress';

/** Quiz progress kept in localStorage: loaded once on mount (with a notice if it was damaged), saved on every change. */
export function useProgress() {
  const [progress, setProgress] = useState<Progress>(emptyProgress);
  const [notice, setNotice] = useState<string | undefined>();
  const [ready, setReady] = useState(false);

  useEffect(() => {
    let raw: string | null = null;
    try {
      raw = window.localStorage.getItem(STORAGE_KEY);
    } catch {
      setNotice('This browser does not let the page store data, so progress will not be kept.');
    }
    const loaded = loadProgress(raw);
    setProgress(loaded.progress);
    if (loaded.notice) {
      setNotice(loaded.notice);
      try { window.localStorage.setItem(STORAGE_KEY, JSON.stringify(loaded.progress)); } catch { /* storage unavailable: already told */ }
    }
    setReady(true);
  }, []);

  const save = useCallback((next: Progress) => {
    setProgress(next);
    try { window.localStorage.setItem(STORAGE_KEY, JSON.stringify(next)); } catch { /* storage unavailable: already told */ }
  }, []);

  return { progress, save, notice, setNotice, ready };
}
