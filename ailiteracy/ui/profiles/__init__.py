"""Who is learning, and taking progress from one computer to another.

- ``picker.py``: :class:`ProfilePicker`, the "Who is learning?" dialog (with its
  PIN, name and delete pages);
- ``transfer.py``: exporting and importing a ``.ailiteracy-progress`` file;
- ``forms.py``: the PIN fields, buttons and messages the forms share.
"""

from .picker import ProfilePicker
from .transfer import export_progress_dialog, import_progress_dialog

__all__ = ["ProfilePicker", "export_progress_dialog", "import_progress_dialog"]
