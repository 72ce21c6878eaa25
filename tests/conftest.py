from __future__ import annotations

import os
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
