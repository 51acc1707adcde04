"""Bundled resources: the example project."""
