"""One common German ending off a word (see backend.py)."""

# Longest first; an ending is only taken off a word that keeps four letters.
ENDINGS = ("innen", "en", "er", "es", "e", "n", "s")
SHORTEST_STEM = 4


def word_stem(word):
    lowered = word.lower()
    for ending in ENDINGS:
        if lowered.endswith(ending) and len(lowered) - len(ending) >= SHORTEST_STEM:
            return word[: -len(ending)]
    return word
