"""A briefing to and from files: JSON, the editable Markdown form, re-anchoring citations, checking them.

Pure Python, no widgets: the CLI and the reader both call it.
"""
