"""docs/performance.md, where each bench writes its section between its own markers and
leaves the hand-written analysis around them alone."""

from scratch import ROOT, log

DOC = ROOT / "docs" / "performance.md"


def replace_between(doc, begin, end, text):
    """`doc` with what lies between `begin` and `end` (markers included) replaced by
    `text`; None when `begin` is not in it."""
    if begin not in doc:
        return None
    before, rest = doc.split(begin, 1)
    after = rest.split(end, 1)[1] if end in rest else ""
    return before + text + after


def write_section(text, begin, end, without_markers, what=""):
    """`text` (its markers included) in place of the doc's section; a doc without its
    markers ("" when there is none yet) becomes `without_markers(doc)`."""
    doc = DOC.read_text() if DOC.exists() else ""
    replaced = replace_between(doc, begin, end, text)
    if replaced is None:
        replaced = without_markers(doc)
    DOC.parent.mkdir(exist_ok=True)
    DOC.write_text(replaced)
    log(f"Wrote {what}{DOC.relative_to(ROOT)}.")


def appended(heading, text):
    """`without_markers` for a section of its own at the end of the doc."""
    return lambda doc: (doc or "# Performance\n").rstrip("\n") + "\n" + heading + text + "\n"
