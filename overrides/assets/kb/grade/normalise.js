/* How a typed answer is compared, identical to kb/quiz on the Python side: Unicode NFKC (full
 * width → half width), lower case, then every whitespace, punctuation (P*) and symbol (S*)
 * character removed. Pure. */

// Python's str.isspace() also counts the information separators U+001C–U+001F as spaces.
const IGNORED = /[\s\u001c-\u001f\p{P}\p{S}]/gu;

export function normaliseBlank(text) {
  return String(text).normalize("NFKC").toLowerCase().replace(IGNORED, "");
}
