"""The Patterns view: counts of events over the vault, as charts and tables."""
