"""Structured data (JSON-LD, microdata, RDFa) read from a page, for the
``structured.*`` rules (auditor/checks/structured.py)."""
