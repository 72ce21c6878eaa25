"""helpers."""

from helpers._compiled import guard as _guard

# (before any module that may be compiled is imported: an out-of-date compiled module must not run)
_guard()
