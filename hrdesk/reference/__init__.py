"""Reference data shipped in resources/: SDGs, countries and regions, mechanisms, themes.

Loaded lazily on first use and cached for the life of the process.
"""
