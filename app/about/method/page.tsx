import type { Metadata } from 'next';
import { pageMeta } from '@/lib/page-meta';
import Link from 'next/link';
import { REPO_URL } from '@/lib/site';
import { DURATION_BASES, FAULT_ROLES, facetLabel, facetMeaning } from '@/lib/content/facets';
import { ABOUT_ERRORS, ABOUT_METHOD, faultPath } from '@/lib/routes';

export const metadata: Metadata = pageMeta({
  title: 'Method',
  description: 'How Faultline tags incidents, what verified and likely mean, and its time and duration conventions.',
  path: ABOUT_METHOD,
});

/** How the knowledge base is made: tagging, confidence, conventions, corrections. */
export default function MethodPage() {
  return (
    <article className="prose">
      <h1>Method</h1>
      <p className="lede">How a public postmortem becomes a Faultline record, and how far to trust each part of it.</p>

      <h2 id="tagging">Tagging faults</h2>
      <p>
        A <em>fault</em> is the adjudged or hypothesised cause of an error (Avizienis et al., 2004). It is a judgement,
        not an observation, so Faultline tags <strong>several</strong> faults per incident, each with a role:
      </p>
      <ul>
        {FAULT_ROLES.map((r) => (
          <li key={r}>
            <strong>{facetLabel(r)}</strong> — {facetMeaning(r)}
          </li>
        ))}
      </ul>
      <p>
        Every tag also says whether the report itself <strong>states</strong> it or Faultline <strong>inferred</strong>{' '}
        it, and may record persistence (transient, intermittent — our extension — or permanent) and boundary (internal
        or external).
      </p>
      <h3 id="tie-breaks">Tie-break rules</h3>
      <ul>
        <li>
          <strong>Change vs software.</strong> A change-fault type (deploy, config push, upgrade, operator action,
          capacity change) is the trigger or vehicle. The defect it carried is tagged separately with a software-fault
          type when it is known. A bad config push that breaks things by itself is tagged{' '}
          <Link href={faultPath('config-change')} prefetch={false}>
            configuration change
          </Link>{' '}
          as root.
        </li>
        <li>
          <strong>Network: cause beats manifestation.</strong>{' '}
          <Link href={faultPath('network-partition')} prefetch={false}>
            Network partition
          </Link>{' '}
          is used only when the report names the partition but not its physical or logical cause.
        </li>
        <li>
          <strong>Exhaustion vs leak.</strong>{' '}
          <Link href={faultPath('resource-exhaustion')} prefetch={false}>
            Resource exhaustion
          </Link>{' '}
          applies when load or limits used the resource up; when a leak drove it there, the leak is the root and
          exhaustion contributes.
        </li>
        <li>
          <strong>Patterns are not causes.</strong> Cascading, metastable, gray and cross-service describe how a failure
          spread or hid; they are recorded as propagation and detectability, not as fault types.
        </li>
      </ul>
      <h3 id="undisclosed">&ldquo;Undisclosed cause&rdquo;</h3>
      <p>
        When the public record gives no cause, or too little to classify, the root is tagged{' '}
        <Link href={faultPath('undisclosed-cause')} prefetch={false}>
          undisclosed cause
        </Link>{' '}
        rather than guessed. Most public outages have no reported root cause at all.
      </p>

      <h2 id="confidence">Verified, likely, unconfirmed</h2>
      <ul>
        <li>
          <strong>Verified</strong> facts were seen in the organisation&rsquo;s own postmortem or status page (or a
          verbatim copy), or, where no postmortem exists, in two or more independent reports. They carry no mark.
        </li>
        <li>
          <strong>Likely</strong> facts come only from secondary summaries that agree with the primary text, or are UTC
          times converted from a primary local time. They are marked <span className="badge likely">likely</span> or
          said so in the text.
        </li>
        <li>
          <strong>Unconfirmed</strong> claims are commonly repeated but not confirmed. They are left out, or named
          explicitly as unconfirmed.
        </li>
      </ul>
      <p>
        Where sources disagree — on a cause, a time or a duration — the page shows each version with its source under
        &ldquo;Sources disagree&rdquo;.
      </p>

      <h2 id="time">Times and durations</h2>
      <p>
        All times are UTC. A time converted from a local zone says so (&ldquo;converted from PST&rdquo;). Dates keep the
        precision of the source: a year, a month, a day or a minute. <em>Started</em> is when impact began; timeline
        events may come earlier (a trigger, a latent cause).
      </p>
      <p>Durations are hard to pin down, so each carries its basis:</p>
      <ul>
        {DURATION_BASES.map((b) => (
          <li key={b}>
            <strong>{facetLabel(b)}</strong> — {facetMeaning(b)}
          </li>
        ))}
      </ul>

      <h2 id="sources">Sources</h2>
      <p>
        The organisation&rsquo;s own report comes first. Reputable secondaries — news, engineering blogs, incident
        databases — follow. Mirrors and scrapers are never cited. An incident without a primary report says so and why.
      </p>

      <h2 id="errors">Reporting an error</h2>
      <p>
        {REPO_URL ? (
          <>
            Every incident page has &ldquo;Edit this page&rdquo; and &ldquo;Report an error&rdquo; links. Please include
            a source for the correction. Issues are tracked at{' '}
            <a href={`${REPO_URL}/issues`} rel="noopener noreferrer">
              {REPO_URL.replace(/^https:\/\//, '')}/issues
            </a>
            .
          </>
        ) : (
          <>This build names no repository, so it has no edit or error-report links; tell whoever runs it.</>
        )}{' '}
        Contributors&rsquo; files are checked by <code>npm run check</code>; every rule it applies is listed under{' '}
        <Link href={ABOUT_ERRORS} prefetch={false}>
          content errors
        </Link>
        .
      </p>
    </article>
  );
}
