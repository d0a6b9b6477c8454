"""A yes/no JSON Schema check for the common case: a file that is valid.

jsonschema finds and explains every failure, but it pays for that on every value of every file:
validating 10,000 items takes about a second, and importing it a further 30 ms on each first
build. ``quick_check`` compiles the same schema, once, into plain Python predicates that only
answer "valid or not". When it says valid, jsonschema would find nothing; when it says not
valid, the caller asks jsonschema what is wrong, so every message still comes from one place.

Only the keywords the project's schemas use are compiled (``COMPILED``, plus annotations that
never fail). A schema with any other keyword compiles to None, and the caller uses jsonschema
for everything; so a keyword added to a schema later can never be skipped.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

Check = Callable[[Any], bool]
"""True when the value is valid against the compiled schema."""

ANNOTATIONS = frozenset({"$schema", "$id", "$comment", "title", "description", "markdownDescription", "errorMessage"})
"""Keywords that describe a value and never make it fail (``errorMessage`` words a failure for editors)."""
COMPILED = frozenset(
    {
        "type",
        "enum",
        "allOf",
        "minLength",
        "maxLength",
        "pattern",
        "items",
        "minItems",
        "maxItems",
        "properties",
        "required",
        "additionalProperties",
        "$defs",
    }
)
"""Keywords ``quick_check`` understands; ``$defs`` only holds definitions (references are refused)."""


class Unsupported(Exception):
    """The schema uses a keyword, or a form of one, that is not compiled."""


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


_TYPES: Mapping[str, Check] = {
    "string": lambda value: isinstance(value, str),
    "object": lambda value: isinstance(value, dict),
    "array": lambda value: isinstance(value, list),
    "boolean": lambda value: isinstance(value, bool),
    "null": lambda value: value is None,
    "number": _is_number,
    "integer": lambda value: (
        (isinstance(value, int) and not isinstance(value, bool)) or (isinstance(value, float) and value.is_integer())
    ),
}
"""JSON Schema's types as jsonschema reads them: a boolean is no number, 1.0 is an integer."""


def _same(left: Any, right: Any) -> bool:
    """JSON equality: ``True`` is not ``1``, containers compare item by item."""
    if isinstance(left, bool) or isinstance(right, bool):
        return isinstance(left, bool) and isinstance(right, bool) and left is right
    if _is_number(left) and _is_number(right):
        return bool(left == right)
    if isinstance(left, list) and isinstance(right, list):
        return len(left) == len(right) and all(_same(a, b) for a, b in zip(left, right, strict=True))
    if isinstance(left, dict) and isinstance(right, dict):
        return left.keys() == right.keys() and all(_same(left[key], right[key]) for key in left)
    return type(left) is type(right) and bool(left == right)


def _type_check(expected: Any) -> Check:
    names = [expected] if isinstance(expected, str) else expected
    if not isinstance(names, list) or not names or any(name not in _TYPES for name in names):
        raise Unsupported(f"type {expected!r}")
    checks = [_TYPES[name] for name in names]
    return lambda value: any(check(value) for check in checks)


def _count(schema: Mapping[str, Any], keyword: str) -> int | None:
    limit = schema.get(keyword)
    if limit is None:
        return None
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 0:
        raise Unsupported(f"{keyword} {limit!r}")
    return limit


def _length_checks(
    schema: Mapping[str, Any], kind: type[str] | type[list[Any]], fewest_keyword: str, most_keyword: str
) -> list[Check]:
    """The bounds ``fewest_keyword`` and ``most_keyword`` on ``len`` of a ``kind`` value; other values pass."""
    checks: list[Check] = []
    fewest, most = _count(schema, fewest_keyword), _count(schema, most_keyword)
    if fewest is not None:
        checks.append(lambda value: not isinstance(value, kind) or len(value) >= fewest)
    if most is not None:
        checks.append(lambda value: not isinstance(value, kind) or len(value) <= most)
    return checks


def _string_checks(schema: Mapping[str, Any]) -> list[Check]:
    """minLength, maxLength (in characters, as jsonschema counts) and pattern (searched, not matched)."""
    checks = _length_checks(schema, str, "minLength", "maxLength")
    if "pattern" in schema:
        pattern = re.compile(schema["pattern"])
        checks.append(lambda value: not isinstance(value, str) or pattern.search(value) is not None)
    return checks


def _array_checks(schema: Mapping[str, Any]) -> list[Check]:
    """minItems, maxItems and ``items`` (one schema for every element, as in draft 2020-12)."""
    checks = _length_checks(schema, list, "minItems", "maxItems")
    if "items" in schema:
        element = _compiled(schema["items"])
        checks.append(lambda value: not isinstance(value, list) or all(element(child) for child in value))
    return checks


def _object_checks(schema: Mapping[str, Any]) -> list[Check]:
    """required, properties and additionalProperties (false, or a schema for every other field)."""
    checks: list[Check] = []
    required = schema.get("required", [])
    if not isinstance(required, list) or not all(isinstance(name, str) for name in required):
        raise Unsupported(f"required {required!r}")
    if required:
        checks.append(lambda value: not isinstance(value, dict) or all(name in value for name in required))
    properties = {name: _compiled(child) for name, child in schema.get("properties", {}).items()}
    extra = schema.get("additionalProperties", True)
    other: Check | None = None if extra is True else (lambda value: False) if extra is False else _compiled(extra)

    def fields_valid(value: Any) -> bool:
        if not isinstance(value, dict):
            return True
        for name, child in value.items():
            check = properties.get(name, other)
            if check is not None and not check(child):
                return False
        return True

    if properties or other is not None:
        checks.append(fields_valid)
    return checks


def _compiled(schema: Any) -> Check:
    """The predicate for one schema; raises ``Unsupported`` for anything not compiled."""
    if schema is True:
        return lambda value: True
    if schema is False:
        return lambda value: False
    if not isinstance(schema, dict):
        raise Unsupported(f"schema {schema!r}")
    unknown = set(schema) - COMPILED - ANNOTATIONS
    if unknown:
        raise Unsupported(", ".join(sorted(unknown)))
    checks: list[Check] = []
    if "type" in schema:
        checks.append(_type_check(schema["type"]))
    if "enum" in schema:
        allowed = schema["enum"]
        if not isinstance(allowed, list):
            raise Unsupported(f"enum {allowed!r}")
        checks.append(lambda value: any(_same(value, option) for option in allowed))
    if "allOf" in schema:
        if not isinstance(schema["allOf"], list):
            raise Unsupported("allOf")
        checks += [_compiled(child) for child in schema["allOf"]]
    checks += _string_checks(schema) + _array_checks(schema) + _object_checks(schema)
    if len(checks) == 1:
        return checks[0]
    return lambda value: all(check(value) for check in checks)


def quick_check(schema: Mapping[str, Any]) -> Check | None:
    """A predicate that is True exactly when ``schema`` accepts the value, or None when it cannot be compiled."""
    try:
        return _compiled(dict(schema))
    except (Unsupported, re.error):
        return None
