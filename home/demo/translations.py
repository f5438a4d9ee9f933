"""Demo translations, keyed by the German source string, from data/glossary.yaml.

TRANSLATIONS is also the offline machine translator's glossary (settings: GLOSSARY).
"""

from .data_files import load

TRANSLATIONS = load("glossary")
EN = TRANSLATIONS["en"]
AR = TRANSLATIONS["ar"]
