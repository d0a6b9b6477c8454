/* How a typed answer is compared, identical to kb/quiz/normalise.py: Unicode NFKC (full width →
 * half width), lower case, then every whitespace, punctuation (P*) and symbol (S*) character
 * removed. Pure. */

// Exactly the characters for which Python's str.isspace() is true (JavaScript's \s differs:
// it leaves U+0085 and U+001C–U+001F, and removes U+FEFF).
const PYTHON_SPACE = "\\t\\n\\v\\f\\r\\u001c-\\u001f \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
const IGNORED = new RegExp("[" + PYTHON_SPACE + "\\p{P}\\p{S}]", "gu");

export function normaliseBlank(text) {
  return String(text).normalize("NFKC").toLowerCase().replace(IGNORED, "");
}
