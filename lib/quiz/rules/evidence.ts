/**
 * What a reader can see in the text a card shows. A goal or challenge is a right answer only when
 * the incident is tagged with it AND the context shows its reason; it is a distractor only when it
 * is not tagged AND the context shows nothing of it. Anything in between (tagged but unseen, or seen
 * but untagged) is left off the card, so no option is arguably both right and wrong.
 */

/** Words in a context that show a goal was violated (goals.yaml ids). */
export const GOAL_CUES: Readonly<Record<string, RegExp>> = {
  availability:
    /\b(down|offline|unavailable|unreachable|outages?|errors?|5xx|503s|vanished|lost (access|outbound connectivity|external connectivity)|failed|crash\w*|stopped serving|disrupted|downtime|dropped off|went down|go down|went|timed out)\b/i,
  'fault-tolerance':
    /\b(depend\w*|with it|at once|everywhere|single|every (region|machine|server|front-end server|backbone connection)|spread\w*|redundant|replicas?|together|all three zones|whole|took down|backups|same infrastructure|same cluster)\b/i,
  latency: /\b(latency|slow\w*|delays?|timed out|time-?outs?)\b/i,
  performance: /\b(performance|throughput|contention|congest\w*|CPU|overload\w*|overwhelm\w*|saturat\w*)\b/i,
  scalability:
    /\b(scal\w*|grew|grow\w*|growth|capacity threshold|addition of capacity|add servers|more than [\d,]+ servers|fleet .*scaled)\b/i,
};

/** Words in a context that show one of the four challenges (challenges.yaml ids). */
export const CHALLENGE_CUES: Readonly<Record<string, RegExp>> = {
  'more-links-more-failures':
    /\b(fleet|tens of thousands|thousands|every (front-end )?server|many (clients|servers|machines|nodes|hosts|products)|servers and containers|cells?|\d+ locations)\b/i,
  'network-delay': /\b(delays?|latency|slow\w*|time-?outs?|timed out|mistaken for host failures)\b/i,
  'network-unreliable':
    /\b(network\w*|partition\w*|link|connectivity|packet\w*|BGP|routes?|routing|fiber|backbone|internet|off the network)\b/i,
  'other-administrators':
    /\b(vendor\w*|provider\w*|third-party|colocation|Ubuntu's|a customer|customer configuration|engineers?|developer|the team|wrong(ly)?|mistyped|by mistake|inadvertently)\b/i,
};

/**
 * Words in an incident's text that show a fault type played a part (faults.yaml type ids). A type
 * whose words appear is never a distractor on that incident's root-cause card: "resource
 * exhaustion" is not wrong for a file that grew "past a limit", whatever the tags say.
 */
export const FAULT_TYPE_CUES: Readonly<Record<string, RegExp>> = {
  'storage-device-failure': /\b(disks?|SSDs?|drives?|storage)\b/i,
  'server-hardware-failure': /\b(hardware|CPU|memory|NIC|motherboard|power supply)\b/i,
  'fail-slow-hardware': /\b(hardware|slow\w*)\b/i,
  'facility-power-loss': /\b(power\w*|UPS|generators?|electric\w*)\b/i,
  'site-environmental-event': /\b(fire|flood\w*|water|cooling|heat\w*|temperatures?|storm|earthquake)\b/i,
  'link-cut': /\b(fiber|cables?|links?|cuts?)\b/i,
  'network-device-failure': /\b(routers?|switch(es)?|load balancers?|devices?|NIC)\b/i,
  'network-partition':
    /\b(partition\w*|lost (its )?link|disconnect\w*|connectivity|dropped off the network|neither network)\b/i,
  'network-degradation': /\b(packet loss|congest\w*|latency|jitter|network problems|saturat\w*|delays?)\b/i,
  'routing-or-naming-fault': /\b(BGP|DNS|routes?|routing|announce\w*|IP blocks?|resolve)\b/i,
  'logic-bug': /\b(bugs?|defects?|code path|logic)\b/i,
  'error-handling-bug': /\b(exceptions?|error handling|null pointer|fail(ing)? safe|panick?\w*|crash\w*)\b/i,
  'concurrency-bug': /\b(race|concurren\w*|deadlock|atomic\w*)\b/i,
  'poison-input':
    /\b(malformed|corrupt\w*|bad (metadata|packet|file|input)|blank fields|duplicate rows|input|packet)\b/i,
  'time-handling-bug': /\b(dates?|leap|clocks?|time zones?|expir\w*|certificates?|grace period)\b/i,
  'resource-leak': /\b(leak\w*)\b/i,
  'code-deploy': /\b(deploy\w*|release|binary|new code)\b/i,
  'config-change': /\b(config\w*|polic(y|ies)|permissions|rules?|flags?)\b/i,
  'upgrade-or-migration': /\b(upgrade\w*|update\w*|migrat\w*|patch)\b/i,
  'operator-action': /\b(engineers?|operators?|developer|command|script|manual\w*|by hand|team|maintenance)\b/i,
  'capacity-change': /\b(capacity|scal\w*|servers went|remove a few servers|traffic shift)\b/i,
  'load-spike': /\b(load|peak|surge|traffic|connections)\b/i,
  'resource-exhaustion':
    /\b(limits?|quotas?|exhaust\w*|ran out|used up|threads?|memory|CPU|open-files|capacity|room for|overwhelm\w*|saturat\w*)\b/i,
  'retry-amplification': /\b(retr\w*|storm|re-?queue\w*|looping|restarting tasks|overloaded)\b/i,
  'upstream-service-failure': /\b(depend\w*|built on|with it|behind)\b/i,
  'third-party-provider-failure': /\b(providers?|vendors?|third-party|colocation|carriers?|ISP|cloud)\b/i,
  'hidden-dependency': /\b(depend\w*|circular|status page|same (cluster|infrastructure)|monitoring)\b/i,
  'intrusion-or-compromise': /\b(attack\w*|intru\w*|malicious|hack\w*|breach\w*|compromis\w*)\b/i,
  'denial-of-service-attack': /\b(DDoS|denial of service|flood\w*|attack\w*)\b/i,
  'undisclosed-cause': /\b(not (been )?(officially )?determined|never published|unknown|did not name|undisclosed)\b/i,
};

/** Whether `text` shows the cue of `id` in `cues`; an id without a cue is never shown (so never asked). */
export function shows(cues: Readonly<Record<string, RegExp>>, id: string, text: string): boolean {
  return cues[id]?.test(text) ?? false;
}

/**
 * Splits ids into right answers (tagged and shown), distractors (untagged and not shown) and the rest
 * (left off). `tagged` are the incident's tags; `all` every id of the vocabulary.
 */
export function sortByEvidence(
  cues: Readonly<Record<string, RegExp>>,
  all: readonly string[],
  tagged: ReadonlySet<string>,
  text: string,
): { answers: string[]; distractors: string[]; leftOff: string[] } {
  const answers: string[] = [];
  const distractors: string[] = [];
  const leftOff: string[] = [];
  for (const id of all) {
    const seen = shows(cues, id, text);
    if (tagged.has(id) && seen) answers.push(id);
    else if (!tagged.has(id) && !seen && id in cues) distractors.push(id);
    else leftOff.push(id);
  }
  return { answers, distractors, leftOff };
}
