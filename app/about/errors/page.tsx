import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { RULE_GROUPS, RULE_IDS, RULES, type RuleGroup } from '@/lib/content/rules';
import { pageMeta } from '@/lib/page-meta';
import { ABOUT_ERRORS } from '@/lib/routes';

export const metadata: Metadata = pageMeta({
  title: 'Content errors',
  description:
    'Every rule npm run check enforces on Faultline content, by its permanent id, with what it requires and how to fix a breach.',
  path: ABOUT_ERRORS,
});

/** Catalogue text marks code with backticks; show those parts as code. */
function withCode(text: string): ReactNode[] {
  return text.split('`').map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part));
}

/** The error catalogue: each rule's id (printed after every problem), what it requires, and the fix. */
export default function ErrorsPage() {
  const groups = Object.keys(RULE_GROUPS) as RuleGroup[];
  return (
    <article className="prose">
      <h1>Content errors</h1>
      <p className="lede">
        <code>npm run check</code> prints every problem with its file, line, field, what was expected and what it found,
        and ends the line with the rule it broke, for example <code>[unknown-id]</code>. Each rule keeps its id for
        good; this page lists all {RULE_IDS.length}.
      </p>
      {groups.map((group) => (
        <section key={group} aria-labelledby={`group-${group}`}>
          <h2 id={`group-${group}`}>{RULE_GROUPS[group]}</h2>
          <dl>
            {RULE_IDS.filter((id) => RULES[id].group === group).map((id) => (
              <div key={id} id={id}>
                <dt>
                  <code>{id}</code>
                </dt>
                <dd>
                  {withCode(RULES[id].requires)} <strong>Fix:</strong> {withCode(RULES[id].fix)}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </article>
  );
}
