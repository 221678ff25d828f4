import Link from 'next/link';
import { FAULTS, HOME, INCIDENTS, SEARCH } from '@/lib/routes';

/** The 404 page: says what happened and offers ways on. */
export default function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p className="lede">There is no page at this address. It may have moved, or the link may be mistyped.</p>
      <ul>
        <li>
          <Link href={HOME} prefetch={false}>
            Home
          </Link>
        </li>
        <li>
          <Link href={INCIDENTS} prefetch={false}>
            All incidents
          </Link>
        </li>
        <li>
          <Link href={FAULTS} prefetch={false}>
            Fault taxonomy
          </Link>
        </li>
        <li>
          <Link href={SEARCH} prefetch={false}>
            Search
          </Link>
        </li>
      </ul>
    </>
  );
}
