"""doccheck: the checker behind "Gradients with PyTorch".

It runs every snippet and compares its output with the recorded ``.out``
(the pytest plugin, registered by the ``pytest11`` entry point in
pyproject.toml), reads the pages through one model (``pages``), checks how
pages and snippets tie together (``links``), and writes the companion
notebooks (``python -m doccheck.notebooks``). CONTRIBUTING.md maps the modules.
"""
