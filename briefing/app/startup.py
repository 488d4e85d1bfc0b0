"""Start-up and the cyclic garbage collector: off while the reader starts, then what is loaded frozen out of it."""

from __future__ import annotations


def settle() -> None:
    """Exempt what is loaded (and imported) from the cyclic collector: a large briefing is millions of objects.

    Each full collection would walk them all, stalling the screen at
    unpredictable moments (profiled: 0.15 s of collection inside one section
    switch of a 1,000-article briefing). They live as long as the briefing
    does and free by reference counting when it goes.
    """
    import gc

    gc.freeze()
    gc.enable()  # off during start-up (see briefing.app.run_reader)
