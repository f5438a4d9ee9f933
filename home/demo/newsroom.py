"""Demo content of Lübeck's newsroom, events, resolutions, FAQ, networks and funding, from
data/newsroom.yaml."""

from .data_files import load

_DATA = load("newsroom")
TOPICS = _DATA["topics"]
NEWSROOM = _DATA["newsroom"]
NEWS = _DATA["news"]
EVENTS_INDEX = _DATA["events_index"]
EVENTS = _DATA["events"]  # "when": days from today, hour, duration in hours
RESOLUTIONS_PAGE = _DATA["resolutions_page"]
COUNCIL = _DATA["council"]
RESOLUTIONS = _DATA["resolutions"]
FAQ = _DATA["faq"]
NETWORKS = _DATA["networks"]
OFFICE = _DATA["office"]  # a committee convened by the office gets the office's contact
COMMITTEES = _DATA["committees"]
FUNDING = _DATA["funding"]
# Teasers on the home page, by slug.
TEASERS = _DATA["teasers"]

# Everything above with an English pair, for the demo's English translation.
TRANSLATED = [
    TOPICS,
    NEWSROOM,
    NEWS,
    EVENTS_INDEX,
    EVENTS,
    RESOLUTIONS_PAGE,
    RESOLUTIONS,
    FAQ,
    NETWORKS,
    COMMITTEES,
    FUNDING,
]
