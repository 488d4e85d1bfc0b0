"""The Textual reader. Textual is imported only when the reader opens (it is slow to import)."""

from __future__ import annotations

from collections.abc import Callable


def run_reader(paths: list[str], use_cache: bool = True, check: Callable[[], object] | None = None) -> int:
    """Open the reader on ``paths``; the briefing loads in the background.

    ``check`` (the paths' check, which walks every folder) runs once the
    loading process is forked, beside it; its error stops that process.
    """
    import gc

    from briefing.app.preload import Preload

    preload = Preload(paths, use_cache, fork=True).start()  # loads while Textual imports
    if check is not None:
        try:
            check()
        except BaseException:
            preload.close()
            raise
    gc.disable()  # start-up allocates much and frees little: collections would only delay the first paint
    from briefing.app.app import BriefingApp

    app = BriefingApp(paths=paths, use_cache=use_cache, preload=preload)
    try:
        app.run()
    finally:
        preload.close()
    if app.exit_message:
        import sys

        print(app.exit_message, file=sys.stderr)
    return app.return_code or 0
