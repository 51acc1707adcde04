"""The Linux desktop files are well-formed, agree with each other, and install.sh makes .journey files
JourneyDesk's."""

from __future__ import annotations

import configparser
import os
import plistlib
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "io.journeydesk.JourneyDesk"
MIME_TYPE = "application/x-journeydesk"
MIME_NS = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

sys.path.insert(0, str(ROOT / "packaging"))
import bundle_info  # noqa: E402 - found on the path set just above


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(LINUX / f"{APP_ID}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def _metainfo() -> ET.Element:
    return ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()


def _mime_type() -> ET.Element:
    root = ET.parse(LINUX / f"{APP_ID}.mime.xml").getroot()
    (mime_type,) = root.findall("m:mime-type", MIME_NS)
    return mime_type


def test_desktop_entry_opens_journey_files_with_the_app_icon() -> None:
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"].split() == ["journeydesk", "%f"]
    assert entry["Icon"] == APP_ID
    assert entry["MimeType"].rstrip(";").split(";") == [MIME_TYPE]
    assert "Office" in entry["Categories"].split(";")
    assert entry["Terminal"] == "false"
    assert entry["Name[ja]"] == entry["Name"]  # the product name is not translated
    for key in ("Comment[ja]", "GenericName[ja]"):
        assert any("\u3040" <= ch <= "\u30ff" for ch in entry[key]), f"{key} is not Japanese"


def test_metainfo_names_the_same_app_icon_and_type_with_japanese_text() -> None:
    root = _metainfo()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    assert root.find("launchable").get("type") == "desktop-id"
    assert root.findtext("icon") == _desktop_entry()["Icon"]
    assert [m.text for m in root.iter("mediatype")] == [MIME_TYPE]
    assert [b.text for b in root.iter("binary")] == ["journeydesk"]
    summaries = {s.get(XML_LANG): s.text for s in root.findall("summary")}
    assert set(summaries) == {None, "ja"}
    paragraphs = root.find("description").findall("p")
    assert {p.get(XML_LANG) for p in paragraphs} == {None, "ja"}
    assert sum(p.get(XML_LANG) == "ja" for p in paragraphs) == sum(p.get(XML_LANG) is None
                                                                   for p in paragraphs)


def test_mime_type_matches_journey_files_by_name_and_by_content() -> None:
    mime_type = _mime_type()
    assert mime_type.get("type") == MIME_TYPE == bundle_info.MIME_TYPE
    assert [g.get("pattern") for g in mime_type.findall("m:glob", MIME_NS)] == ["*.journey"]
    assert mime_type.find("m:icon", MIME_NS).get("name") == APP_ID == bundle_info.APP_ID
    magic = mime_type.find("m:magic", MIME_NS)
    assert int(magic.get("priority")) < 80, "content must not outrank the file name"
    sqlite = magic.find("m:match", MIME_NS)
    assert (sqlite.get("offset"), sqlite.get("value")) == ("0", "SQLite format 3")
    application_id = sqlite.find("m:match", MIME_NS)
    example = (ROOT / "resources" / "example.journey").read_bytes()
    assert example[68:72] == int(application_id.get("value"), 16).to_bytes(4, "big")
    comments = {c.get(XML_LANG) for c in mime_type.findall("m:comment", MIME_NS)}
    assert comments == {None, "ja"}


def test_macos_bundle_declares_the_same_document_type() -> None:
    plist = bundle_info.info_plist()
    (exported,) = plist["UTExportedTypeDeclarations"]
    assert exported["UTTypeTagSpecification"] == {"public.filename-extension": ["journey"],
                                                  "public.mime-type": [MIME_TYPE]}
    (document,) = plist["CFBundleDocumentTypes"]
    assert document["LSItemContentTypes"] == [exported["UTTypeIdentifier"]]
    assert plistlib.loads(plistlib.dumps(plist)) == plist


def test_icon_is_drawn_at_every_size_for_each_platform(tmp_path: Path) -> None:
    import app_icons
    from PIL import Image

    made = app_icons.build_icons(tmp_path)
    for size in app_icons.PNG_SIZES:
        with Image.open(tmp_path / f"journeydesk-{size}.png") as png:
            assert png.size == (size, size)
            alpha = png.getchannel("A")
            assert alpha.getpixel((size // 2, size // 2)) == 255, "the tile is opaque in the middle"
            assert alpha.getpixel((0, 0)) == 0, "the corners are rounded off"
            assert len(png.convert("RGB").getcolors(maxcolors=1 << 20)) > 8
    with Image.open(made["ico"]) as ico:
        assert {(s, s) for s in app_icons.ICO_SIZES} <= ico.info["sizes"]
    with Image.open(made["icns"]) as icns:
        assert (512, 512, 1) in icns.info["sizes"] and (16, 16, 2) in icns.info["sizes"]


def test_app_uses_the_icon_for_its_windows() -> None:
    from journeydesk.ui.style.application import application

    app = application()
    assert not app.windowIcon().pixmap(32, 32).isNull()
    assert app.desktopFileName() == APP_ID


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed")
def test_desktop_file_validate_accepts_the_entry() -> None:
    result = subprocess.run(["desktop-file-validate", str(LINUX / f"{APP_ID}.desktop")],
                            capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.strip() == "", result.stdout


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream not installed")
def test_appstreamcli_accepts_the_metainfo() -> None:
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(LINUX / f"{APP_ID}.metainfo.xml")],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def _install(tmp_path: Path, *options: str) -> tuple[subprocess.CompletedProcess, Path]:
    share = tmp_path / "share"
    result = subprocess.run(["sh", str(LINUX / "install.sh"), "--prefix", str(share), *options],
                            capture_output=True, text=True, env={**os.environ, "HOME": str(tmp_path)})
    return result, share


@pytest.mark.skipif(sys.platform != "linux", reason="desktop integration is for Linux")
def test_install_script_puts_every_file_in_place_with_the_program_path(tmp_path: Path) -> None:
    program = tmp_path / "My Apps" / "journeydesk"
    program.parent.mkdir()
    program.write_text("#!/bin/sh\n")
    program.chmod(0o755)
    result, share = _install(tmp_path, "--exec", str(program))
    assert result.returncode == 0, result.stderr
    desktop = (share / "applications" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert f'Exec="{program}" %f' in desktop.splitlines()
    assert f"TryExec={program}" in desktop.splitlines()
    assert "Name[ja]=JourneyDesk" in desktop
    if shutil.which("desktop-file-validate"):
        checked = subprocess.run(["desktop-file-validate", str(share / "applications" / f"{APP_ID}.desktop")],
                                 capture_output=True, text=True)
        assert checked.returncode == 0 and checked.stdout.strip() == "", checked.stdout
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (share / "mime" / "packages" / f"{APP_ID}.xml").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert (
        share / "icons" / "hicolor" / "scalable" / "mimetypes" / "application-x-journeydesk.svg").is_file()
    if shutil.which("update-mime-database"):
        assert f"{MIME_TYPE}:*.journey" in (share / "mime" / "globs2").read_text()
        assert f"{MIME_TYPE}:{APP_ID}" in (share / "mime" / "icons").read_text()

    removed, _ = _install(tmp_path, "--uninstall")
    assert removed.returncode == 0, removed.stderr
    assert not (share / "applications" / f"{APP_ID}.desktop").exists()
    assert not list((share / "icons").rglob(f"{APP_ID}.*"))


@pytest.mark.skipif(sys.platform != "linux", reason="desktop integration is for Linux")
def test_installed_type_is_what_qt_sees_for_journey_files(tmp_path: Path) -> None:
    program = tmp_path / "journeydesk"
    program.write_text("#!/bin/sh\n")
    program.chmod(0o755)
    result, share = _install(tmp_path, "--exec", str(program))
    assert result.returncode == 0, result.stderr
    renamed = tmp_path / "project-without-extension"
    shutil.copy(ROOT / "resources" / "example.journey", renamed)
    plain_sqlite = tmp_path / "other.db"
    import sqlite3

    with sqlite3.connect(plain_sqlite) as connection:
        connection.execute("CREATE TABLE t (x)")
    connection.close()
    script = (
        "import sys\n"
        "from PySide6.QtCore import QMimeDatabase\n"
        "db = QMimeDatabase()\n"
        "for path in sys.argv[1:]:\n"
        "    kind = db.mimeTypeForFile(path)\n"
        "    print(kind.name(), kind.iconName())\n"
    )
    env = {**os.environ, "XDG_DATA_HOME": str(share)}
    seen = subprocess.run([sys.executable, "-c", script, str(ROOT / "resources" / "example.journey"),
                           str(renamed), str(plain_sqlite)],
                          capture_output=True, text=True, env=env, check=True).stdout.splitlines()
    assert seen[0] == f"{MIME_TYPE} {APP_ID}"
    assert seen[1] == f"{MIME_TYPE} {APP_ID}", "found by its application id, not its name"
    assert seen[2].split()[0] == "application/vnd.sqlite3"


@pytest.mark.skipif(sys.platform != "linux", reason="desktop integration is for Linux")
def test_install_script_explains_a_missing_program(tmp_path: Path) -> None:
    result, share = _install(tmp_path, "--exec", str(tmp_path / "nowhere" / "journeydesk"))
    assert result.returncode == 1
    assert "is not an executable program" in result.stderr and "--exec" in result.stderr
    assert not (share / "applications").exists()
