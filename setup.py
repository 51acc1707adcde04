"""Build step: compile the translation catalogs (.ts) to Qt's .qm format with lrelease."""

import importlib.util
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent


def _translations():
    spec = importlib.util.spec_from_file_location(
        "_journeydesk_translations", HERE / "journeydesk" / "translations" / "__init__.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class BuildWithCatalogs(build_py):
    """Adds ``journeydesk_<lang>-<hash>.qm`` beside each catalog: in the wheel, or for an
    editable install in the source folder. Without lrelease the app compiles them on first run."""

    def run(self):
        super().run()
        translations = _translations()
        folder = (translations.FOLDER if self.editable_mode
                  else Path(self.build_lib) / "journeydesk" / "translations")
        for source in translations.compile_all(folder):
            self.warn(f"lrelease is not available: {source.name} will be compiled on first run")


setup(cmdclass={"build_py": BuildWithCatalogs})
