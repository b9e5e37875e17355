"""consular: case tracking for consular staff handling abductions and detentions abroad."""

__version__ = "0.1.0"
