import { MONTH_NAMES } from './dates';

/**
 * `derivedFrom` says which local time a UTC `at` was converted from: "PDT (7:24 PM)",
 * "US/Pacific, PDT (about 1:01 PM)", "Pacific (19:27 on 11 April)", "CET (00:47 on 10 March; …)".
 * This module recomputes the local time and zone abbreviation from the UTC instant so the check can
 * say when the two disagree. Zone words map to IANA zones; abbreviations also fix daylight saving.
 */

/** Zone words a contributor may write, the IANA zone they mean, and the abbreviation they pin (if any). */
const ZONES: Record<string, { zone: string; abbreviation?: string }> = {
  PST: { zone: 'America/Los_Angeles', abbreviation: 'PST' },
  PDT: { zone: 'America/Los_Angeles', abbreviation: 'PDT' },
  PT: { zone: 'America/Los_Angeles' },
  PACIFIC: { zone: 'America/Los_Angeles' },
  'US/PACIFIC': { zone: 'America/Los_Angeles' },
  MST: { zone: 'America/Denver', abbreviation: 'MST' },
  MDT: { zone: 'America/Denver', abbreviation: 'MDT' },
  MT: { zone: 'America/Denver' },
  'US/MOUNTAIN': { zone: 'America/Denver' },
  CST: { zone: 'America/Chicago', abbreviation: 'CST' },
  CDT: { zone: 'America/Chicago', abbreviation: 'CDT' },
  CT: { zone: 'America/Chicago' },
  'US/CENTRAL': { zone: 'America/Chicago' },
  EST: { zone: 'America/New_York', abbreviation: 'EST' },
  EDT: { zone: 'America/New_York', abbreviation: 'EDT' },
  ET: { zone: 'America/New_York' },
  EASTERN: { zone: 'America/New_York' },
  'US/EASTERN': { zone: 'America/New_York' },
  UTC: { zone: 'UTC' },
  GMT: { zone: 'Europe/London', abbreviation: 'GMT' },
  BST: { zone: 'Europe/London', abbreviation: 'BST' },
  CET: { zone: 'Europe/Paris', abbreviation: 'CET' },
  CEST: { zone: 'Europe/Paris', abbreviation: 'CEST' },
  IST: { zone: 'Asia/Kolkata' },
  JST: { zone: 'Asia/Tokyo' },
  KST: { zone: 'Asia/Seoul' },
  SGT: { zone: 'Asia/Singapore' },
  AEST: { zone: 'Australia/Sydney', abbreviation: 'AEST' },
  AEDT: { zone: 'Australia/Sydney', abbreviation: 'AEDT' },
};

/** What a derivedFrom text says: zone words, local hour and minute, and the local day if given. */
interface DerivedFrom {
  zone: string;
  /** The abbreviation written (PST, PDT…), when it pins standard or daylight time. */
  abbreviation?: string | undefined;
  zoneText: string;
  hour: number;
  minute: number;
  day?: { day: number; month: number } | undefined;
}

const LOCAL = /^(?:about |around |~|just after |just before |shortly after |shortly before )?(\d{1,2}):(\d{2})(?:\s*([AaPp])\.?[Mm]\.?)?(?: on (\d{1,2}) ([A-Z][a-z]+))?(?:[;,].*)?$/;

/** Reads a derivedFrom text, or undefined when its zone or time is not one the check knows. */
function parseDerivedFrom(text: string): DerivedFrom | undefined {
  const m = /^(.+?)\s*\((.+)\)\s*$/.exec(text.trim());
  if (!m) return undefined;
  const words = m[1]!.split(',').map((w) => w.trim().toUpperCase());
  const known = words.map((w) => ZONES[w]);
  if (known.some((k) => !k)) return undefined;
  const zones = new Set(known.map((k) => k!.zone));
  if (zones.size !== 1) return undefined;
  const local = LOCAL.exec(m[2]!.trim());
  if (!local) return undefined;
  let hour = Number(local[1]);
  const minute = Number(local[2]);
  const meridiem = local[3]?.toUpperCase();
  if (meridiem) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (meridiem === 'P' ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return undefined;
  let day: DerivedFrom['day'];
  if (local[4]) {
    const month = MONTH_NAMES.indexOf(local[5]!) + 1;
    if (month === 0) return undefined;
    day = { day: Number(local[4]), month };
  }
  const abbreviation = known.find((k) => k!.abbreviation)?.abbreviation;
  return { zone: [...zones][0]!, abbreviation, zoneText: m[1]!.trim(), hour, minute, day };
}

/** The local wall-clock time and zone abbreviation of a UTC instant in an IANA zone. */
function localTime(instant: number, zone: string): { hour: number; minute: number; day: number; month: number; abbreviation: string } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hour: 'numeric',
    minute: '2-digit',
    day: 'numeric',
    month: 'numeric',
    hourCycle: 'h23',
    timeZoneName: 'short',
  }).formatToParts(new Date(instant));
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  let abbreviation = get('timeZoneName');
  // Each locale names its own region's zones (en-US: PST, EDT…; en-GB: GMT, BST, CET; en-AU: AEST, AEDT);
  // elsewhere they print an offset such as GMT+11. Take the first real abbreviation.
  for (const locale of ['en-GB', 'en-AU']) {
    if (!/^GMT([+-]|$)/.test(abbreviation)) break;
    abbreviation = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'short' }).formatToParts(new Date(instant)).find((p) => p.type === 'timeZoneName')?.value ?? abbreviation;
  }
  return { hour: Number(get('hour')), minute: Number(get('minute')), day: Number(get('day')), month: Number(get('month')), abbreviation };
}

/** "7:24 PM" for 19:24. */
function twelveHour(hour: number, minute: number): string {
  return `${hour % 12 === 0 ? 12 : hour % 12}:${String(minute).padStart(2, '0')} ${hour < 12 ? 'AM' : 'PM'}`;
}

/**
 * Compares a derivedFrom text with a UTC instant. Returns undefined when they agree, `unreadable`
 * when the text names no known zone and time, or the local time the instant really is.
 */
export function checkDerivedFrom(text: string, instant: number): undefined | 'unreadable' | { expected: string } {
  const said = parseDerivedFrom(text);
  if (!said) return 'unreadable';
  const real = localTime(instant, said.zone);
  const wrongAbbreviation = said.abbreviation !== undefined && said.abbreviation !== real.abbreviation;
  const wrongTime = said.hour !== real.hour || said.minute !== real.minute;
  const wrongDay = said.day !== undefined && (said.day.day !== real.day || said.day.month !== real.month);
  if (!wrongAbbreviation && !wrongTime && !wrongDay) return undefined;
  const zoneText = said.abbreviation ? said.zoneText.replace(said.abbreviation, real.abbreviation) : said.zoneText;
  const date = `${real.day} ${MONTH_NAMES[real.month - 1]}`;
  return { expected: `"${zoneText} (${twelveHour(real.hour, real.minute)} on ${date})" — the local time of that UTC instant` };
}
