'use client';
import { useSyncExternalStore } from 'react';

const KEY = 'faultline:theme';
const EVENT = 'faultline:theme-change';

/** Applies the remembered theme before first paint (inlined in <head>). */
export const THEME_BOOT_SCRIPT = `try{var t=localStorage.getItem('${KEY}');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}`;

type Theme = 'system' | 'light' | 'dark';
const NEXT: Record<Theme, Theme> = { system: 'light', light: 'dark', dark: 'system' };

// The <html data-theme> attribute is the single source of truth, set by the boot script.
const read = (): Theme => {
  const t = document.documentElement.dataset.theme;
  return t === 'light' || t === 'dark' ? t : 'system';
};
const subscribe = (onChange: () => void) => {
  window.addEventListener(EVENT, onChange);
  return () => window.removeEventListener(EVENT, onChange);
};

/** Cycles system → light → dark and remembers the choice in localStorage. */
export function ThemeToggle() {
  const theme = useSyncExternalStore(subscribe, read, () => 'system' as Theme);
  const choose = () => {
    const next = NEXT[theme];
    const root = document.documentElement;
    if (next === 'system') delete root.dataset.theme;
    else root.dataset.theme = next;
    try {
      if (next === 'system') localStorage.removeItem(KEY);
      else localStorage.setItem(KEY, next);
    } catch {
      // Storage can be unavailable (privacy modes); the choice then lasts for this page only.
    }
    window.dispatchEvent(new Event(EVENT));
  };
  return (
    <button type="button" className="no-print" onClick={choose} aria-label={`Colour theme: ${theme}. Change theme`}>
      <span className="theme-word">Theme: </span>
      {theme}
    </button>
  );
}
