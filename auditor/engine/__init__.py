"""Rules over a document: run checks, apply suppressions, score."""
