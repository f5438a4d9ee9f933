"""Search and reference index updates for bulk work, in one pass at the end.

Every save of a page or snippet queues two background tasks (its search index entry and
its reference index entry). For an editor's save that is right. For bulk work — building
the demo, synchronising every translation, seeding the benchmark — it queued thousands:
after `make demo` the worker spent its first minutes on about 9,000 of them, each a write
of its own, while the first editors tried to save. Bulk work therefore queues nothing and
indexes what it changed itself, in small transactions so that a web request waiting to
write never waits for more than one batch.
"""

from contextlib import contextmanager

from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_save
from django.test.utils import override_settings

BATCH = 100


@contextmanager
def index_updates_deferred():
    """Saves inside the block neither update the indexes nor queue tasks to do so.

    Meant for management commands and the background worker, which run one thing at a
    time: the signal handlers are disconnected for the whole process meanwhile. (Wagtail's
    own `disable_reference_index_auto_update` cannot be nested: wagtail-localize uses it
    inside, and its exit ends the outer one's.)
    """
    from modelsearch import index
    from modelsearch.signal_handlers import post_save_signal_handler
    from wagtail.models import ReferenceIndex
    from wagtail.signal_handlers import update_reference_index_on_save

    backends = {
        name: {**config, "AUTO_UPDATE": False}
        for name, config in settings.WAGTAILSEARCH_BACKENDS.items()
    }
    handlers = [
        (handler, model)
        for handler, models in (
            (post_save_signal_handler, index.get_indexed_models()),
            (update_reference_index_on_save, ReferenceIndex.tracked_models),
        )
        for model in models
        if post_save.disconnect(handler, sender=model)
    ]
    try:
        with override_settings(WAGTAILSEARCH_BACKENDS=backends):
            yield
    finally:
        for handler, model in handlers:
            post_save.connect(handler, sender=model)


def index_in_bulk(objects):
    """Index `objects` for search and references, as their saves would have."""
    from wagtail.models import ReferenceIndex
    from wagtail.search.backends import get_search_backends
    from wagtail.search.index import class_is_indexed

    by_model, referencing = {}, []
    for obj in objects:
        if obj is None:
            continue
        if class_is_indexed(type(obj)):
            by_model.setdefault(type(obj), []).append(obj)
        if ReferenceIndex.is_indexed(type(obj)):
            referencing.append(obj)
    for backend in get_search_backends():
        for model, instances in by_model.items():
            backend.add_bulk(model, instances)
    for start in range(0, len(referencing), BATCH):
        with transaction.atomic():
            for obj in referencing[start : start + BATCH]:
                ReferenceIndex.create_or_update_for_object(obj)


def reindex_everything():
    """Rebuild the search index and every object's references, batch by batch."""
    from django.core.management import call_command
    from wagtail.models import ReferenceIndex

    call_command("update_index", verbosity=0)
    for model in apps.get_models():
        if not ReferenceIndex.is_indexed(model):
            continue
        keys = list(model._default_manager.order_by("pk").values_list("pk", flat=True))
        for start in range(0, len(keys), BATCH):
            batch = model._default_manager.filter(pk__in=keys[start : start + BATCH])
            with transaction.atomic():
                for obj in batch:
                    ReferenceIndex.create_or_update_for_object(obj)
