"""The PDF report: built from the Document and imported data with reportlab alone (no Qt)."""
