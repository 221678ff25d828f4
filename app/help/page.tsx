import type { Metadata } from 'next';
import Link from 'next/link';
import { HELP, SEARCH } from '@/lib/routes';

export const metadata: Metadata = {
  title: 'Help and keyboard shortcuts',
  description: 'Keyboard shortcuts for search and reading on Faultline.',
  alternates: { canonical: HELP },
};

const SHORTCUTS: [keys: string[], what: string][] = [
  [['/'], 'Focus the search box (on any page; not while you are typing in a field).'],
  [['Enter'], 'In the header box: search. In the search page box: keep the query in the address bar.'],
  [['↓'], 'From the search box: move to the first result.'],
  [['↓', '↑'], 'Move through the results; ↑ on the first result returns to the search box.'],
  [['Enter'], 'On a result: open the incident.'],
  [['Tab'], 'Move to the filters, chips and links; Space ticks a filter.'],
];

/** /help/: keyboard shortcuts and how search reads a query. */
export default function HelpPage() {
  return (
    <div className="prose">
      <h1>Help and keyboard shortcuts</h1>
      <h2>Keyboard shortcuts</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Keys</th>
            <th scope="col">What they do</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map(([keys, what], i) => (
            <tr key={i}>
              <td>
                {keys.map((k, j) => (
                  <span key={k}>
                    {j > 0 && ' then '}
                    <kbd>{k}</kbd>
                  </span>
                ))}
              </td>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>How search reads a query</h2>
      <ul>
        <li>
          Words are matched in titles, organisations, summaries, fault types and their definitions, goals, challenges
          and the full text.
        </li>
        <li>
          A word one letter off still matches (&ldquo;zookeper&rdquo; finds ZooKeeper); the last word is completed as
          you type.
        </li>
        <li>Incidents that match every word come first; a title that contains your words as a phrase ranks higher.</li>
        <li>
          Filters combine: values within one filter are alternatives, different filters must all hold. A fault and a
          role together mean that fault in that role.
        </li>
        <li>The address bar holds the query and filters, so a search can be shared or bookmarked.</li>
      </ul>
      <p>
        <Link href={SEARCH} prefetch={false}>
          Go to search
        </Link>
      </p>
    </div>
  );
}
