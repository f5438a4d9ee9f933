"""Demo integration concepts of two municipalities, from data/concepts.yaml."""

from .data_files import load

CONCEPTS = load("concepts")["concepts"]
