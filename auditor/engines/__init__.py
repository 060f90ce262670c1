"""Ways to run a batch beyond this machine's process pool (``--engine``)."""
