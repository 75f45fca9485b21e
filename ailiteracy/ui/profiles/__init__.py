"""Who is learning, and taking progress from one computer to another.

- ``picker.py``: :class:`ProfilePicker`, the "Who is learning?" dialog and its list;
- ``pin_pages.py``, ``name_page.py``, ``delete_page.py``: its other pages (entering,
  setting or removing a PIN; a new profile or a new name; deleting a profile);
- ``base.py``: what those pages share; ``forms.py``: PIN fields, buttons, messages
  and the layout of a form page;
- ``transfer.py``: exporting and importing a ``.ailiteracy-progress`` file.
"""

from .picker import ProfilePicker
from .transfer import export_progress_dialog, import_progress_dialog

__all__ = ["ProfilePicker", "export_progress_dialog", "import_progress_dialog"]
