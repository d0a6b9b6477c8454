"""The shared core of banks and scenarios: reading a YAML source with positions, file rules, limits, problems.

sources/*.yml ─ files.py (which entries, read within limits) ─ document.py (YAML + positions,
yaml_messages.py) ─ check.py (read and check every file) ─▶ problem.py (``Problem``: path:line:col)

- ``paths.py``: where each page of the site lives, as functions of ids, and hrefs between pages.
- ``remember.py``: work remembered between the rebuilds of one `mkdocs serve`.

Nothing here imports ``kb.quiz`` or ``kb.scenario``: both build on this, neither on the other.
"""
