"""Small shared building blocks every part of the interface may use."""
