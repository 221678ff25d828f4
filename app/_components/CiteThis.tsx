import type { Incident } from '@/lib/content';
import { citeBibtex, citeLine } from '@/lib/data/cite';

/** "Cite this": a one-line citation and a BibTeX entry for the record. */
export function CiteThis({ incident }: { incident: Incident }) {
  return (
    <section aria-labelledby="cite-h" className="cite-this">
      <h2 id="cite-h">Cite this</h2>
      <p>{citeLine(incident)}</p>
      <details>
        <summary>BibTeX</summary>
        <pre tabIndex={0} aria-label="BibTeX entry">
          <code>{citeBibtex(incident)}</code>
        </pre>
      </details>
    </section>
  );
}
