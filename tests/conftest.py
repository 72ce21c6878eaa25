from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "raw" / "peace-talks-shift-to-turkey.txt"
SHARED = ROOT.parent / "shared"
POLNEAR = SHARED / "data" / "polnear" / "data"

os.environ.setdefault("TQDM_DISABLE", "1")


@pytest.fixture(scope="session")
def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def polnear() -> Path:
    if not POLNEAR.is_dir():
        pytest.skip("../shared/data/polnear is not present")
    return POLNEAR


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
# As root on a closed network: no sandbox, no GPU, and none of Chromium's own background connections.
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def require_chromium() -> str:
    """The Chromium binary; skips the test without one, fails it in CI (where .ci/run installs it)."""
    if not CHROMIUM:
        if os.environ.get("CI"):
            pytest.fail("chromium is required in CI (.ci/run installs it)")
        pytest.skip("chromium not installed")
    return CHROMIUM
