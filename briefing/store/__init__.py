"""What lives on disk under platformdirs: the cache, the reader's state, the config, bundled resources.

Every write is atomic (:mod:`briefing.store.atomic`); nothing here knows of widgets.
"""
