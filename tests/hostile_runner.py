"""Runs journeydesk commands in this process, one after another, and prints what each did as JSON.

python tests/hostile_runner.py JOBS_JSON: a list of argument lists; used by test_hostile_files.py
so that one interpreter (and one Qt start) serves every command on a file.
"""

from __future__ import annotations

import io
import json
import sys
import time
import traceback
from contextlib import redirect_stderr, redirect_stdout


def main() -> None:
    from journeydesk.cli import main as journeydesk

    results = []
    for args in json.loads(sys.argv[1]):
        out, err = io.StringIO(), io.StringIO()
        started = time.monotonic()
        with redirect_stdout(out), redirect_stderr(err):
            try:
                code = journeydesk(args)
            except SystemExit as stop:
                code = stop.code if isinstance(stop.code, int) else 1
            except BaseException:
                traceback.print_exc()
                code = -1
        results.append({"code": code, "out": out.getvalue(), "err": err.getvalue(),
                        "seconds": time.monotonic() - started})
    print(json.dumps(results))


if __name__ == "__main__":
    main()
