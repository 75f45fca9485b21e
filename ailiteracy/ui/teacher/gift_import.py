"""Importing Moodle GIFT questions as a new module of own content."""

from __future__ import annotations

from pathlib import Path

from ...core.gift import GiftFileImport, GiftImportOutcome, free_module_id, import_gift_file
from ..filechoice import choose_file, choose_folder
from .base import TeacherBase
from .common import (
    GIFT_LOCALE,
)
from .content_tab import content_root_for


class GiftImport(TeacherBase):
    # ------------------------------------------------------------------ GIFT import

    def import_gift_dialog(self) -> Path | None:
        """Ask for a GIFT file, a folder for own content and a module title, then import."""
        gift_path = choose_file(
            self,
            self.tr("Choose a Moodle GIFT file"),
            self.last_folder,
            self.tr("GIFT questions (*.gift *.txt);;All files (*)"),
        )
        if gift_path is None:
            return None
        stored = self.stored_folders()
        start = stored[-1] if stored else str(gift_path.parent)
        folder = choose_folder(self, self.tr("Choose the folder for your own content"), start)
        if folder is None:
            return None
        suggested = gift_path.stem.replace("_", " ").replace("-", " ").strip()
        title = self.ask_text(
            self.tr("Module title"),
            self.tr("Title of the new module:"),
            suggested[:1].upper() + suggested[1:],
        )
        if title is None:
            return None
        return self.import_gift(gift_path, Path(folder), title)

    def import_gift(self, gift_path: Path, out_dir: Path, title: str) -> Path | None:
        """Import a GIFT file as a new module of the content root ``out_dir``.

        The module is written to ``<root>/en/<module-id>/``, the id made from the title
        (never one that is already in use), by the same code as the command line's
        ``import-gift``. The outcome, with every skipped question and its line, is shown
        in the import panel. When the root is not a content folder yet, the teacher is
        asked whether to add it. Returns the module folder, or None.
        """
        gift_path, root = Path(gift_path), content_root_for(Path(out_dir))
        title = title.strip() or gift_path.stem
        catalog = self.session.catalog
        taken = [m.id for m in catalog.modules] + [m.id for m in catalog.invalid_modules]
        module_id = free_module_id(title, gift_path.stem, taken, root / GIFT_LOCALE)
        target = root / GIFT_LOCALE / module_id
        done = import_gift_file(gift_path, target, title=title, language=self.session.language)
        result = done.parsed
        problems = [
            self.tr("Line %1: %2").replace("%1", str(p.line)).replace("%2", p.message)
            for p in (result.problems if result else [])
        ]
        if done.outcome is not GiftImportOutcome.IMPORTED or result is None:
            self._gift_failed(self._gift_failure(done, gift_path, target), problems)
            return None
        lines = [
            self.tr('Questions imported: %1, into the new module "%2" (id %3) in:')
            .replace("%1", str(len(result.questions)))
            .replace("%2", title)
            .replace("%3", module_id),
            str(target),
            "",
        ]
        if problems:
            lines.append(
                self.tr("Questions skipped: %1; imported with a change: %2.")
                .replace("%1", str(result.skipped))
                .replace("%2", str(result.changed))
            )
            lines += problems
        else:
            lines.append(self.tr("Every question was imported without a change."))
        self.gift_text.setPlainText("\n".join(lines))
        self._show_new_module(root, title)
        return target

    def _gift_failure(self, done: GiftFileImport, gift_path: Path, target: Path) -> str:
        """Why nothing was imported, in plain words."""
        if done.outcome is GiftImportOutcome.UNREADABLE:
            return (
                self.tr("%1 could not be read (%2).")
                .replace("%1", gift_path.name)
                .replace("%2", done.detail)
            )
        if done.outcome is GiftImportOutcome.NOT_UTF8:
            return self.tr(
                "%1 is not UTF-8 text, so it is not a GIFT file from Moodle. In Moodle, "
                "export the questions again in GIFT format."
            ).replace("%1", gift_path.name)
        if done.outcome is GiftImportOutcome.NO_QUESTIONS:
            return self.tr("No question in %1 could be imported, so nothing was written.").replace(
                "%1", gift_path.name
            )
        return (
            self.tr("The module could not be written in %1 (%2).")
            .replace("%1", str(target))
            .replace("%2", done.detail)
        )

    def _show_new_module(self, root: Path, title: str) -> None:
        """Make the new module appear: reload its content folder, or offer to add it."""
        if self.session.folders.listed(root):
            self._save_folders(self.stored_folders())  # reload: the module appears now
            self.content_message.show_text(
                self.tr('The module "%1" is now in the module list.').replace("%1", title)
            )
        elif self.confirm(
            self.tr("Add the content folder?"),
            self.tr(
                "Add %1 as a content folder, so that the new module appears in the app?"
            ).replace("%1", str(root)),
        ):
            self.add_content_folder(root)
        else:
            self.content_message.show_text(
                self.tr(
                    "The module was written, but %1 is not a content folder, so the module "
                    "does not appear in the app. Add the folder when you are ready."
                ).replace("%1", str(root))
            )

    def _gift_failed(self, text: str, problems: list[str] | None = None) -> None:
        lines = [text]
        if problems:
            lines += ["", *problems]
        self.gift_text.setPlainText("\n".join(lines))
        self.content_message.show_text(text, error=True)
