"""ailiteracy: an offline desktop app that teaches people to use AI safely."""

__version__ = "0.1.0"
