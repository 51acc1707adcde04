"""Modal dialogs: about, persona, preferences, report and shortcuts."""
