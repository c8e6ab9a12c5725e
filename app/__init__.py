"""Intervisie: guided sessions on the community-learning model, for regional learning communities."""

__version__ = "0.1.0"
