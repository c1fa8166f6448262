/** Lookup key for a customer name: trimmed, lower-case, inner whitespace collapsed ("  Jo  Smith " → "jo smith"). */
export function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, " ").toLowerCase();
}

/**
 * Lookup key for a contact: e-mails lower-cased; phone numbers reduced to digits, dropping a leading US "1" country
 * code so "+1 (555) 010-2030" and "555.010.2030" match. Anything else is trimmed and lower-cased.
 */
export function contactKey(contact: string): string {
  const trimmed = contact.trim();
  if (trimmed.includes("@")) return trimmed.toLowerCase();
  const digits = trimmed.replace(/\D/g, "");
  if (digits.length >= 7 && /^[\d\s()+.\-/]+$/.test(trimmed))
    return digits.length === 11 && digits.startsWith("1") ? digits.slice(1) : digits;
  return trimmed.replace(/\s+/g, " ").toLowerCase();
}
