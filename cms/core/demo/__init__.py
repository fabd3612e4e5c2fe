"""Demo content written for this project, in the four museum languages.

Each text is a ``Text`` with the French source and its ar, en and zgh versions.
The Tamazight texts are the project team's drafts in Tifinagh; docs/translation.md
asks a native translator to review them before any public launch.
"""
