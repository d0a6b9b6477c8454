"""Item-quality lint: finds answer cues a test-wise learner could use without reading the material.

``lint_paths`` runs every check in ``registry.CHECKS``; each check lives in ``checks/`` with its
threshold as a module constant. Run it with ``python scripts/kb.py lint [--strict] [files]``.
"""
