"""``python -m reliefdesk``.

Guarded: a worker process of a bulk review started with the ``spawn``
method (the desktop app, macOS, Windows) imports this module again under
another name (``__mp_main__``); unguarded, each worker would start the
program over (a second window per worker).
"""

import multiprocessing

from reliefdesk.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a frozen (PyInstaller) app's workers start here
    raise SystemExit(main())
