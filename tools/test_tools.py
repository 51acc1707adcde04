"""Install the programs the test suite uses besides Python packages (poppler's pdftoppm, the desktop-file
checkers) where possible."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

# program: (Debian package, what the tests do with it)
NEEDED = {
    "pdftoppm": ("poppler-utils", "render PDF pages"),
    "desktop-file-validate": ("desktop-file-utils", "check the Linux .desktop file"),
    "appstreamcli": ("appstream", "check the AppStream metainfo"),
    "update-mime-database": ("shared-mime-info", "check the .journey file type"),
}


def _apt_install(package: str, env: dict[str, str]) -> bool:
    result = subprocess.run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", package],
                            env=env, stdout=subprocess.DEVNULL, check=False)
    return result.returncode == 0


def main() -> int:
    missing = {program: need for program, need in NEEDED.items() if shutil.which(program) is None}
    if not missing:
        return 0
    can_install = shutil.which("apt-get") is not None and hasattr(os, "geteuid") and os.geteuid() == 0
    if can_install:
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "update", "-qq"], check=False, env=env, stdout=subprocess.DEVNULL)
        # One at a time, so a package this system lacks does not keep the others out.
        for package in sorted({package for package, _ in missing.values()}):
            _apt_install(package, env)
    for program, (package, purpose) in missing.items():
        if shutil.which(program) is None:
            print(f"The tests {purpose} with {program}: install {package} "
                  f"(e.g. sudo apt install {package}).", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
