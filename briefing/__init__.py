"""briefing: a terminal reader for negotiation briefings derived from news articles."""

__version__ = "0.1.0"
