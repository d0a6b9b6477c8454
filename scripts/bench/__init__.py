"""Benchmark of the quiz engine, one module per measurement; run it with ``python -m scripts.bench``.

- ``builds``: build time and peak memory of one ``mkdocs build`` (the child's own rusage);
- ``hook_profile``: cProfile of a real build, the quiz hook's own share and what dominates it;
- ``page_weight``: HTML / JS / CSS a page loads (raw and gzip), measured in Chromium;
- ``answerable``: time until the first quiz item can be answered, in Chromium;
- ``synthetic`` and ``peer``: the banks measured, and the same items for ``mkdocs-quiz``;
- ``figures``: each measurement turned into report rows; ``report``: the Markdown table.
"""
