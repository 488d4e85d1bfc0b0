"""The Textual reader. Textual is imported only when the reader opens (it is slow to import)."""

from __future__ import annotations


def run_reader(paths: list[str], use_cache: bool = True) -> int:
    """Open the reader on ``paths``; the briefing loads in the background."""
    import gc

    from briefing.app.preload import Preload

    preload = Preload(paths, use_cache, fork=True).start()  # loads while Textual imports
    gc.disable()  # start-up allocates much and frees little: collections would only delay the first paint
    from briefing.app.app import BriefingApp

    app = BriefingApp(paths=paths, use_cache=use_cache, preload=preload)
    try:
        app.run()
    finally:
        preload.close()
    return app.return_code or 0


def settle() -> None:
    """Exempt what is loaded (and imported) from the cyclic collector: a large briefing is millions of objects.

    Each full collection would walk them all, stalling the screen at
    unpredictable moments (profiled: 0.15 s of collection inside one section
    switch of a 1,000-article briefing). They live as long as the briefing
    does and free by reference counting when it goes.
    """
    import gc

    gc.freeze()
    gc.enable()  # off during start-up (see run_reader)
