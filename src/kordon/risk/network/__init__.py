"""Entities across everything Kordon holds, the links between them, and network risk."""
