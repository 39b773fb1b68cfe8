import type { Candidate } from './identifier-finding.ts';
import { candidate, eachMatch } from './identifier-scan.ts';

/*
 * Safe Harbor's catch-all, "any other unique identifying characteristic": a role or fact that
 * only one person in a place has. No pattern can know every such detail, so these are reported
 * as `unique_detail`, a question to the writer rather than a block.
 */

/** Roles only one person in a place holds: named alone, they are enough. */
const SOLE_ROLE =
  '(?:mayor|sheriff|police\\s+chief|fire\\s+chief|governor|state\\s+(?:senator|representative)|congress(?:man|woman|person)|' +
  'district\\s+attorney|news\\s+anchor|weather(?:man|woman|\\s+girl|\\s+guy)|radio\\s+host)';
/** Roles that single a person out once a place or team is named: "the pastor of the biggest church". */
const SCOPED_ROLE =
  '(?:principal|superintendent|judge|bishop|pastor|rabbi|imam|priest|coach|quarterback|pitcher|anchor|owner|founder|ceo|president|chief|commissioner|chancellor|dean|captain|director)';
const PLACE_SCOPE =
  '(?:town|city|county|village|valley|island|state|country|area|region|district|parish|reservation|tribe|nation|world|school|league|team|university|college|church|base)';

const PATTERNS: readonly RegExp[] = [
  // "the mayor of our town", "the principal of the only high school in town"
  new RegExp(
    `\\b(?:the|our|a|a\\s+former|the\\s+former)\\s+(?:(?:local|town|city|county|state|morning|evening|nightly)\\s+){0,2}${SOLE_ROLE}\\b(?:\\s+of\\s+(?:the\\s+|our\\s+|this\\s+)?(?:[\\p{L}'’-]+\\s+){0,2}?${PLACE_SCOPE}\\b)?`,
    'giu',
  ),
  new RegExp(
    `\\b(?:the|our|a\\s+former|the\\s+former)\\s+(?:[\\p{L}-]+\\s+){0,2}?${SCOPED_ROLE}\\s+(?:of|for|on|at)\\s+(?:the\\s+|our\\s+|my\\s+|a\\s+)?(?:[\\p{L}'’-]+\\s+){0,4}?(?:${PLACE_SCOPE}|team|show|church|school|bakery|diner|restaurant|store|station|paper)\\b(?:\\s+(?:in|on)\\s+(?:the\\s+)?(?:town|county|valley|city|area))?`,
    'giu',
  ),
  // "the only Olympic rower in the county", "the first female firefighter in the county"
  new RegExp(
    `\\bthe\\s+(?:only|first|last|oldest|youngest|last\\s+living|oldest\\s+living|tallest)\\s+(?:[\\p{L}'’-]+\\s+){0,5}?(?:in|on|of|at)\\s+(?:the\\s+|our\\s+|this\\s+|his\\s+|her\\s+)?(?:[\\p{L}'’-]+\\s+){0,2}?${PLACE_SCOPE}\\b`,
    'giu',
  ),
  // "the town's only veterinarian", "the county's only pediatrician"
  new RegExp(
    `\\bthe\\s+${PLACE_SCOPE}['’]s\\s+(?:only|first|oldest)\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+)?`,
    'giu',
  ),
  // "the only dentist in town", "the only pediatrician in the valley"
  /\bthe\s+only\s+(?:[\p{L}'’-]+\s+){1,3}?in\s+(?:town|the\s+valley|the\s+county|the\s+area)\b/giu,
  // "the morning anchor on Channel 7", "the weather girl on Channel 2"
  /\b(?:the|a)\s+(?:[\p{L}-]+\s+){0,3}?(?:on|at|for)\s+(?:channel|ch\.?)\s*\d+\b/giu,
  // "a state senator", "a famous country singer", "a well-known radio host"
  /\b(?:a|an)\s+(?:(?:famous|well[\s-]known|celebrity|local|former|retired|professional|pro|olympic|nfl|nba|mlb|nhl|state)\s+)+(?:[\p{L}-]+\s+){0,2}?(?:senator|representative|singer|actor|actress|athlete|player|host|anchor|star|musician|author|politician|boxer|wrestler|surfer|rower|swimmer|skier)\b(?:\s+in\s+the\s+area)?/giu,
  // "a contestant on a TV cooking show", "on the news last week for the lottery win"
  /\b(?:a\s+)?contestant\s+on\s+(?:a|the)\s+(?:[\p{L}-]+\s+){0,3}?show\b/giu,
  /\b(?:on|in|made)\s+the\s+news\b(?:\s+(?:last|this)\s+(?:week|month|year))?(?:\s+for\s+(?:the\s+|a\s+)?(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)?/giu,
  // "the last survivor of the 1970 flood", "the oldest living survivor of the mill fire"
  /\bthe\s+(?:(?:only|last|oldest|sole)\s+)+(?:living\s+)?survivor\s+of\s+(?:the\s+)?(?:[\p{L}\d'’-]+\s+){0,3}?[\p{L}\d'’-]+/giu,
];

/** Every pattern needs one of these words; most reflections have none, and then none runs. */
const KEYWORDS =
  /mayor|sheriff|chief|governor|senator|representative|congress|attorney|anchor|weather|host|principal|superintendent|judge|bishop|pastor|rabbi|imam|priest|coach|quarterback|pitcher|owner|founder|ceo|president|commissioner|chancellor|dean|captain|director|only|first|last|oldest|youngest|tallest|channel|famous|well[\s-]known|celebrity|olympic|contestant|news|survivor|'s\s+only|’s\s+only/i;

/**
 * For each pattern in PATTERNS, literal words every one of its matches contains (same flags, so
 * the same case folding): a pattern whose words are missing from the text cannot match and is not
 * run. Each must be a necessary condition, never a guess, or findings would change.
 */
const REQUIRED: readonly (readonly RegExp[])[] = [
  [/mayor|sheriff|chief|governor|senator|representative|congress|attorney|anchor|weather|host/iu],
  [
    /principal|superintendent|judge|bishop|pastor|rabbi|imam|priest|coach|quarterback|pitcher|anchor|owner|founder|ceo|president|chief|commissioner|chancellor|dean|captain|director/iu,
  ],
  [/only|first|last|oldest|youngest|tallest/iu],
  [/['’]s\s+(?:only|first|oldest)/iu],
  [/only/iu],
  [/(?:channel|ch\.?)\s*\d/iu],
  [
    /famous|well[\s-]known|celebrity|local|former|retired|professional|pro|olympic|nfl|nba|mlb|nhl|state/iu,
    /senator|representative|singer|actor|actress|athlete|player|host|anchor|star|musician|author|politician|boxer|wrestler|surfer|rower|swimmer|skier/iu,
  ],
  [/contestant/iu],
  [/news/iu],
  [/survivor/iu],
];

/**
 * No match of any pattern holds a character outside letters, digits, spaces, apostrophes, dots,
 * hyphens and underscores, and each such character is a non-word character for `\b`. So every
 * match lies inside one stretch between them, and a pattern run on that stretch alone finds the
 * same matches there as on the whole text; stretches without the pattern's words are skipped.
 */
const BREAK_RE = /[^\p{L}\p{N}\s'’._-]+/gu;

/** Some pattern's first required word: a stretch without one is skipped at once. */
const ANY_REQUIRED = new RegExp(REQUIRED.map((words) => (words[0] as RegExp).source).join('|'), 'iu');

export function findUniqueDetails(text: string): Candidate[] {
  const out: Candidate[] = [];
  if (!KEYWORDS.test(text)) return out;
  const stretches: number[] = [];
  let from = 0;
  BREAK_RE.lastIndex = 0;
  for (let m = BREAK_RE.exec(text); m !== null; m = BREAK_RE.exec(text)) {
    if (m.index > from) stretches.push(from, m.index);
    from = m.index + m[0].length;
  }
  if (text.length > from) stretches.push(from, text.length);
  for (let k = 0; k < stretches.length; k += 2) {
    const start = stretches[k] as number;
    const part = text.slice(start, stretches[k + 1]);
    if (!ANY_REQUIRED.test(part)) continue;
    PATTERNS.forEach((re, i) => {
      if (!(REQUIRED[i] ?? []).every((word) => word.test(part))) return;
      eachMatch(re, part, (m) => {
        out.push(candidate('unique_detail', start + m.index, start + m.index + m[0].length, 1));
      });
    });
  }
  return out;
}
