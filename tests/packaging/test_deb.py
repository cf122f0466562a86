"""The .deb: UOS's /opt/apps layout, entries that work on Debian/Kylin, user data never touched."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.packaging.conftest import load_script

deb = load_script("deb")
PREFIX = f"/opt/apps/{deb.APP_ID}"


def test_maintainer_scripts_touch_only_their_own_links() -> None:
    scripts = deb.postinst() + deb.postrm()
    # Data lives in the user's home; no script may name it, so removal and purge keep it.
    for data in ("site-inspector", ".local", "$HOME", "/home", "rm -rf"):
        assert data not in scripts
    # postrm removes a link only while it still points into this package.
    for link, target in deb.LINKS:
        assert f'[ "$(readlink "{link}")" = "{target}" ]' in deb.postrm()
        assert target.startswith(PREFIX + "/")


def test_desktop_entry_starts_the_installed_program() -> None:
    entry = dict(line.split("=", 1) for line in deb.desktop_entry(
        Path(PREFIX) / "files" / deb.PROGRAM).splitlines() if "=" in line)
    assert entry["Exec"] == f"{PREFIX}/files/inspector-desk"
    assert entry["Name[zh_CN]"] == "工地欠薪监察"
    assert entry["Icon"] == deb.APP_ID
    assert entry["Terminal"] == "false"


@pytest.mark.skipif(not sys.platform.startswith("linux") or shutil.which("dpkg-deb") is None
                    or shutil.which("objdump") is None, reason="needs dpkg-deb and objdump")
def test_package_layout(tmp_path: Path) -> None:
    bundle = tmp_path / "inspector-desk"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "inspector-desk").write_text("#!/bin/sh\n")
    (bundle / "_internal" / "VERSION").write_text("9.9.9\n")
    path = deb.build(bundle, tmp_path / "out", "9.9.9", tmp_path / "stage")
    assert path.name == f"{deb.APP_ID}_9.9.9_amd64.deb"
    listing = subprocess.run(["dpkg-deb", "-c", str(path)], capture_output=True, text=True,
                             check=True).stdout
    files = {line.split()[-1].lstrip(".") for line in listing.splitlines()}
    assert f"{PREFIX}/files/inspector-desk" in files
    assert f"{PREFIX}/entries/applications/{deb.APP_ID}.desktop" in files
    assert f"{PREFIX}/entries/icons/hicolor/scalable/apps/{deb.APP_ID}.svg" in files
    assert f"{PREFIX}/info" in files
    # Everything the package owns is under /opt/apps/<appid> (UOS's rule).
    assert all(f.rstrip("/") in ("", "/opt", "/opt/apps") or f.startswith(PREFIX) for f in files)
    fields = subprocess.run(["dpkg-deb", "-f", str(path), "Package", "Depends"],
                            capture_output=True, text=True, check=True).stdout
    assert f"Package: {deb.APP_ID}" in fields
    assert "libc6 (>= " in fields
    # The Linux build carries no uming.ttc: the same file comes from Debian's package.
    assert "fonts-arphic-uming" in fields
