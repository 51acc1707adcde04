"""Journeys in and out of other formats (JSON, Mermaid journey, Enablement Map Studio YAML, spreadsheets); no
Qt."""
