"""Fuzzy search over a briefing: the index (:mod:`.index`) and the folding keys it matches on (:mod:`.fold`).

No widgets: the reader's search screen and ``briefing search`` share it.
"""
