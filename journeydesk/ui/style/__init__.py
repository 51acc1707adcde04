"""Theme, icons, look, map font and interface language."""
