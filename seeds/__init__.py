"""The bundled demo corpus: five real articles on the 2016 Palmyra offensive.

A package so that a wheel install (without the source tree) still carries them.
"""

from pathlib import Path

SEEDS_DIR = Path(__file__).resolve().parent
