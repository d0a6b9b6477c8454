"""Helpers shared by the tests: building the site, serving it under a subpath, the browser."""
