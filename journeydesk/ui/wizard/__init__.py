"""The data import wizard and its pages."""
