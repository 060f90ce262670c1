"""Audit history in a real database: record runs, list them, diff two of them.

``--history PATH`` (a SQLite file; ``.auditor/history.sqlite`` by default for
``auditor history``/``diff``) or ``--history postgresql://…`` (a team's shared
server), or ``history = "…"`` in config. Modules:

- :mod:`~auditor.history.schema`: tables (SQLAlchemy Core) and versioned migrations;
- :mod:`~auditor.history.store`: open a store, read runs and their articles;
- :mod:`~auditor.history.record`: write one run, streaming, complete-or-invisible;
- :mod:`~auditor.history.diff`: what changed between two runs (text, JSON, Markdown);
- :mod:`~auditor.history.trends`: the last N runs for the report's trends page.
"""
