"""Errors that reach the user as one clear line (never a traceback)."""


class InputError(Exception):
    """The input cannot be read as a newspaper page: empty, binary, undecodable, unsupported."""

    def __init__(self, source: str, message: str):
        super().__init__(f"{source}: {message}")
        self.source = source
        self.message = message
