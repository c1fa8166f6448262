const PATTERNS = [
  /\b(ignore|disregard|forget|override|bypass) (all |any |your |the |previous |prior |above |earlier |of )*(instructions|rules|prompts?|guidelines|policies)\b/i,
  /\b(developer|dev|god|admin|debug|jailbreak|dan) mode\b/i,
  /\byou are now\b/i,
  /^\s*(system|assistant)\s*:/im,
  /<\|?\s*(system|im_start)\s*\|?>/i,
  /\[\s*system\s*\]/i,
  /\b(the )?(manager|owner|boss|jo) (said|says|told me|approved|okayed)\b/i,
  /\bpretend (you are|to be)\b/i,
  /\bnew instructions?\b/i,
  /\b(reveal|print|show) (your|the) (system )?prompt\b/i,
  /\bfree (tune-?ups?|service|full service|repair)\b/i,
  /\b(100|hundred) ?% (off|discount)\b/i,
];

/** True when a message tries to override the bot's rules (prompt injection, fake authority, demands for free work). */
export function detectInjection(message: string): boolean {
  return PATTERNS.some((re) => re.test(message));
}
