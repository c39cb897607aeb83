"""Room for many new children under one treebeard node, reserved in one query.

Treebeard's ``add_child`` finds the parent's last child and increments its path, once per new
node, and adds 1 to the parent's ``numchild`` each time. A batch that creates hundreds of top-level
pages or collections reserves their paths here instead: the parent's row is locked for the rest
of the transaction (so two batches never compute the same paths), the paths follow the current
last child, and ``numchild`` is raised once when the batch is written. The nodes themselves are
then saved with ``path``, ``depth`` and ``numchild`` set, which is what ``add_child`` does.
"""


class ChildPaths:
    """The next ``count`` child paths of ``parent``, handed out in order by ``take()``."""

    def __init__(self, parent, count):
        model = type(parent)
        # Lock the parent row until commit: concurrent batches (and add_child elsewhere) wait.
        self.parent = model.objects.select_for_update().get(pk=parent.pk)
        last = self.parent.get_last_child()
        start = model._str2int(last.path[-model.steplen:]) if last is not None else 0
        self.depth = self.parent.depth + 1
        self._paths = [model._get_path(self.parent.path, self.depth, start + n) for n in range(1, count + 1)]
        self._next = 0

    def take(self):
        path = self._paths[self._next]
        self._next += 1
        return path

    def place(self, node):
        """Give an unsaved node the next path under the parent, as ``add_child`` would."""
        node.path = self.take()
        node.depth = self.depth
        node.numchild = 0
        node._cached_parent_obj = self.parent
        return node

    def record_children(self):
        """Raise the parent's ``numchild`` by the number of paths used (one UPDATE)."""
        from django.db.models import F

        if self._next:
            type(self.parent).objects.filter(pk=self.parent.pk).update(numchild=F("numchild") + self._next)
