"""The SVG icon set: the application icon, palette entries, card kinds, badges and toolbar."""
