"""`make bench`: seed a generated dataset, serve it under gunicorn, load a
fixed list of URLs against a trivial baseline view and report the ratios.

See docs/performance.md for how to run it and how to read its table.
"""
