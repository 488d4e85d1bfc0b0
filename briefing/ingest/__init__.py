"""Files to sources: read and decode, mark boilerplate, split into sentences with exact offsets.

The first step of the flow (ingest → derive → formats / search → store →
app / cli). Nothing here knows of derivation, formats or widgets.
"""
