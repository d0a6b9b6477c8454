/* How a typed answer is compared, identical to kb/quiz/normalise.py: Unicode NFKC (full width →
 * half width), lower case, then every whitespace, punctuation (P*) and symbol (S*) character
 * removed, except . - + / : % # right next to a digit (1.5 is not 15). Pure. */

// Exactly the characters for which Python's str.isspace() is true (JavaScript's \s differs:
// it leaves U+0085 and U+001C–U+001F, and removes U+FEFF).
const PYTHON_SPACE = new RegExp("^[\\t\\n\\v\\f\\r\\u001c-\\u001f \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]$", "u");
const MARK = /^[\p{P}\p{S}]$/u;
const DIGIT = /^\p{Nd}$/u;
const KEPT_BESIDE_DIGITS = new Set([".", "-", "+", "/", ":", "%", "#"]);

function ignored(chars, index) {
  const char = chars[index];
  if (PYTHON_SPACE.test(char)) return true;
  if (!MARK.test(char)) return false;
  const besideDigit = (index > 0 && DIGIT.test(chars[index - 1])) || (index + 1 < chars.length && DIGIT.test(chars[index + 1]));
  return !(KEPT_BESIDE_DIGITS.has(char) && besideDigit);
}

export function normaliseBlank(text) {
  const chars = Array.from(String(text).normalize("NFKC").toLowerCase());
  return chars.filter((_char, index) => !ignored(chars, index)).join("");
}
