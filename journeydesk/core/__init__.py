"""The domain: entities, the document, edits, commands, history and templates (no Qt, no SQL)."""
