"""What every format shares once parsed: sentences, listicle items, counts."""
