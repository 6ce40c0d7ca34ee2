"""The one undo command: apply a list of operations, undo by applying their inverse.

Commands touch the Document only; views follow its signals. Typing in a
field produces commands with a ``merge_key``; consecutive commands with the
same key merge into one undo step (the first old value, the last new one).
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from stakeholders.model.document import Document
from stakeholders.model.ops import Op, Replace, SetInfo, invert

_MERGE_ID = 4242


class EditCommand(QUndoCommand):
    """One user edit as an undo step."""

    def __init__(
        self, document: Document, text: str, ops: list[Op], merge_key: str | None = None
    ) -> None:
        super().__init__(text)
        self.document = document
        self.ops = list(ops)
        self.merge_key = merge_key

    def redo(self) -> None:
        self.document.apply(self.ops)

    def undo(self) -> None:
        self.document.apply(invert(self.ops))

    def id(self) -> int:
        return _MERGE_ID if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Merge typing in the same field into one step (only single-Replace edits)."""
        if not isinstance(other, EditCommand) or other.merge_key != self.merge_key:
            return False
        if not self.merge_key or len(self.ops) != 1 or len(other.ops) != 1:
            return False
        mine, theirs = self.ops[0], other.ops[0]
        if isinstance(mine, Replace) and isinstance(theirs, Replace):
            if mine.new.uid != theirs.old.uid:
                return False
            self.ops = [Replace(mine.kind, mine.old, theirs.new)]
        elif isinstance(mine, SetInfo) and isinstance(theirs, SetInfo):
            self.ops = [SetInfo(mine.old, theirs.new)]
        else:
            return False
        if self.ops[0].old == self.ops[0].new and not isinstance(self.ops[0], SetInfo):
            self.setObsolete(True)
        return True
