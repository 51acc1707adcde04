"""Image and SVG export of a journey map."""
