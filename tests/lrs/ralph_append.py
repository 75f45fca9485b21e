"""Ralph LRS's web app with its file-system backend appending to its statements file.

Ralph 5.1's file-system backend creates its statements file on the first write and
refuses every later write (the API passes no write mode, and no setting changes the
default). A sending queue makes many writes, so the tests serve Ralph's own app with
the backend's default write mode switched to append. Everything else is Ralph's code.
Run with ``uvicorn tests.lrs.ralph_append:app``.
"""

from ralph.api import app  # noqa: F401  (served by uvicorn)
from ralph.backends.data.base import BaseOperationType
from ralph.backends.lrs.fs import FSLRSBackend

FSLRSBackend.default_operation_type = BaseOperationType.APPEND
