"""Helpers shared by the tests: paths, building and serving a site, the browser, the trainer CLI, golden pages."""
