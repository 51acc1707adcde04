"""The PDF report: built from the Document and imported data with reportlab alone (no Qt)."""

from reportlab import rl_config

# reportlab gives its shapes an attribute-checking __setattr__ when reportlab.graphics.shapes is first
# imported and shapeChecking is on then; switching it off later (as build.py does) no longer removes that
# call, which took about a seventh of a map-heavy report's time. Every shape here is made by this package.
rl_config.shapeChecking = 0
