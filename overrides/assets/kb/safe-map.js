/* Maps keyed by ids a learner's storage, an import file or a page supplies: safe from the names
 * Object.prototype has (`constructor`, `__proto__`, `toString` are plain keys), and the test for a
 * plain object. Pure. */

/** A map immune to prototype names: `constructor`, `__proto__`, `toString` are plain keys. */
export function dict() {
  return Object.create(null);
}

/** The value stored under `key` in `map` itself, never one inherited from Object.prototype. */
export function own(map, key) {
  return map !== null && typeof map === "object" && Object.prototype.hasOwnProperty.call(map, key) ? map[key] : undefined;
}

/** Whether `value` is an object with named entries (not null, not a list). */
export function isObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
