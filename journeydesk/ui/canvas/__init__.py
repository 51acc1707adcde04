"""The journey map canvas: scene, items, view and in-place editing."""
