"""Bytes to a stored dataset: reading CSV exports, guessing what they hold, converting and writing rows (no
Qt)."""
