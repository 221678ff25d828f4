import type { ReactNode } from 'react';

/**
 * A labelled text box with its limits stated beside it (and tied to it with aria-describedby), so a
 * learner sees what is allowed before typing, not only after an error.
 */
export function NumberField({
  id,
  label,
  limits,
  value,
  onChange,
  size = 10,
  inputMode = 'decimal',
}: {
  id: string;
  label: string;
  limits: string;
  value: string;
  onChange: (v: string) => void;
  size?: number;
  inputMode?: 'decimal' | 'numeric';
}) {
  return (
    <span className="calc-field">
      <label htmlFor={id}>{label}</label>{' '}
      <input
        id={id}
        inputMode={inputMode}
        autoComplete="off"
        spellCheck={false}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        size={size}
        aria-describedby={`${id}-limits`}
      />{' '}
      <span id={`${id}-limits`} className="calc-limits">
        ({limits})
      </span>
    </span>
  );
}

/** The live region under a calculator: either labelled results or the messages explaining why there are none. */
export function Results({ errors, children }: { errors: string[]; children: ReactNode }) {
  return (
    <div className="calc-results" aria-live="polite">
      {errors.length > 0
        ? errors.map((e) => (
            <p key={e} className="calc-error">
              {e}
            </p>
          ))
        : children}
    </div>
  );
}

/** One result: a label, then the value in an <output> tied to the inputs it is computed from. */
export function Result({ label, htmlFor, children }: { label: string; htmlFor: string; children: ReactNode }) {
  return (
    <p className="calc-result">
      <span className="calc-label">{label}:</span> <output htmlFor={htmlFor}>{children}</output>
    </p>
  );
}
