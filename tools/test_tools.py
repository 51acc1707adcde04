"""Install the programs the test suite uses besides Python packages (poppler's pdftoppm) where possible."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

NEEDED = {"pdftoppm": "poppler-utils"}


def main() -> int:
    missing = {program: package for program, package in NEEDED.items() if shutil.which(program) is None}
    if not missing:
        return 0
    packages = sorted(set(missing.values()))
    can_install = shutil.which("apt-get") is not None and hasattr(os, "geteuid") and os.geteuid() == 0
    if can_install:
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "update", "-qq"], check=False, env=env, stdout=subprocess.DEVNULL)
        result = subprocess.run(["apt-get", "install", "-y", "-qq", *packages], env=env,
                                stdout=subprocess.DEVNULL, check=False)
        if result.returncode == 0:
            return 0
    print(f"The tests render PDF pages with {', '.join(missing)}: install {' '.join(packages)} "
          f"(e.g. sudo apt install {' '.join(packages)}; brew install poppler on macOS).", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
