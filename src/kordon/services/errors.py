"""Errors the use cases raise; the API and the CLI turn them into responses and sentences."""


class ServiceError(Exception):
    """A use case that cannot be carried out, with a sentence saying why."""


class NotFoundError(ServiceError):
    """The record asked for does not exist."""


class InvalidRequestError(ServiceError):
    """The request contradicts a rule of the domain (an override without a reason ...)."""
