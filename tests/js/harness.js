/* A tiny test runner for the pure browser modules, run in real Chromium by
 * tests/test_js_units_in_browser.py. `test(name, fn)` registers; `run()` returns the results. */

const tests = [];

export function test(name, fn) {
  tests.push({ name, fn });
}

function show(value) {
  return JSON.stringify(value, (key, inner) => (inner instanceof Set ? [...inner] : inner));
}

export function assertEqual(actual, expected, note = "") {
  if (show(actual) !== show(expected)) {
    throw new Error((note ? note + ": " : "") + "expected " + show(expected) + " but got " + show(actual));
  }
}

export function assert(condition, note) {
  if (!condition) throw new Error(note || "assertion failed");
}

export async function run() {
  const results = [];
  for (const { name, fn } of tests) {
    try {
      await fn();
      results.push({ name, ok: true });
    } catch (error) {
      results.push({ name, ok: false, error: String(error && error.stack ? error.stack : error) });
    }
  }
  return results;
}
