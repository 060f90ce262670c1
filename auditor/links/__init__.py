"""Link helpers shared by the parsers, the finish step and the link rules."""
