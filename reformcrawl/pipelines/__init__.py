"""Item pipelines: extract, then store (with the monitor in the same transaction)."""
