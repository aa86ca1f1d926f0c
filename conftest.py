"""Registers the snippet checker (tests/doccheck) for the whole repository."""

pytest_plugins = ["doccheck.plugin"]
