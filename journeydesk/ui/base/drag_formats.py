"""The MIME formats of drags inside the window: palette elements and personas dropped on the map."""

ELEMENT_MIME = "application/x-journeydesk-element"
PERSONA_MIME = "application/x-journeydesk-persona"
