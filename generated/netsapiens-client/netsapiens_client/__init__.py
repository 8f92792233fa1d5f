"""A client library for accessing Netsapiens PBX API v2 (messaging and event subscriptions)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
