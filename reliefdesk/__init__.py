"""reliefdesk: criminal-record relief for clinic volunteers (Illinois, California)."""

__version__ = "0.1.0"
