"""Quiz banks: model, loading, validation and rendering (plain functions, no MkDocs).

quizzes/*.yml ─ load.py ─▶ YamlDocument (data + positions) ─ schema.py, rules.py, types/ ─▶ Problem
                                  └─ catalog.py ─▶ model.py (Bank, Item of a type) ─ render.py + templates/ ─▶ pages.py

- ``types/<type>.py``: one item type each (schema fragment, rules, model, answer key, template);
  ``types/__init__.py`` is the registry. ``schema_file.py`` writes their parts into ``bank.schema.json``.
- ``markup.py``: the Jinja2 environment (autoescape) and ``PageText``, the only way trainer
  Markdown (``text.py``) enters a page. ``pages.py`` turns rendered pages into MkDocs pages.
"""
