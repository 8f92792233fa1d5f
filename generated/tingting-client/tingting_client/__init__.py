"""A client library for accessing TingTing API (legacy accounts + system surface)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
