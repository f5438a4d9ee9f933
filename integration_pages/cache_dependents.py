"""Which of the plugin's pages show an object by a query rather than by a link, for a page
cache's `page_cache_dependents` hook (wagtail_hooks); the reference index finds the links."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from wagtail.models import Page

from integration_pages.models import (
    ActionField,
    ActionPlanPage,
    Dataset,
    DatasetUpload,
    EccarCommitment,
    FrozenReport,
    IndicatorPage,
    IntegrationConceptPage,
    MeasurePage,
    MeasureUpdate,
    MonitoringPage,
    MsoDirectoryPage,
    PrioritisationResult,
    ProcessChainPage,
    SignpostPage,
)
from snippets.models import (
    CounsellingService,
    DiscriminationGround,
    Language,
    LifeArea,
    Organisation,
)


def shown_elsewhere(obj):
    """A `Q` over pages for the pages that list `obj` by a query rather than by a link
    (the reference index finds those that link to it); None if `obj` is not the plugin's."""

    def of_type(*models):
        return Q(content_type__in=list(ContentType.objects.get_for_models(*models).values()))

    if isinstance(obj, Page):
        if obj.specific_class is not None and issubclass(obj.specific_class, MeasurePage):
            # The ECCAR plan of the same site lists the measures under each commitment.
            return of_type(ActionPlanPage) & Q(path__startswith=obj.path[: 2 * Page.steplen])
        return None
    if isinstance(obj, MeasureUpdate):
        # the measure's timeline in every language, and the concept's progress report
        site = obj.measure.path[: 2 * Page.steplen]
        return Q(translation_key=obj.measure.translation_key) | (
            of_type(IntegrationConceptPage) & Q(path__startswith=site)
        )
    if isinstance(obj, PrioritisationResult):
        # the process in every language, and each goal showing its rank
        return Q(translation_key=obj.process.translation_key) | Q(
            translation_key__in=[row["goal"] for row in obj.data.get("ranking", [])]
        )
    if isinstance(obj, FrozenReport):
        return Q(translation_key=obj.page.translation_key)
    if isinstance(obj, Dataset | DatasetUpload):
        dataset = obj.dataset if isinstance(obj, DatasetUpload) else obj
        showing = IndicatorPage.objects.filter(dataset__translation_key=dataset.translation_key)
        return of_type(MonitoringPage) | Q(translation_key__in=showing.values("translation_key"))
    if isinstance(obj, DiscriminationGround | LifeArea):
        return of_type(SignpostPage)
    if isinstance(obj, CounsellingService):
        return of_type(SignpostPage, ProcessChainPage)
    if isinstance(obj, Language):
        return of_type(SignpostPage, MsoDirectoryPage, ProcessChainPage)
    if isinstance(obj, Organisation):
        # services' providers, the MSO directory, process chains' steps, the concept's
        # filter of responsible units
        return of_type(SignpostPage, MsoDirectoryPage, ProcessChainPage, IntegrationConceptPage)
    if isinstance(obj, EccarCommitment):
        return of_type(ActionPlanPage) | Q(pk__in=obj.measures.values("pk"))
    if isinstance(obj, ActionField):
        return (
            of_type(IntegrationConceptPage)
            | Q(pk__in=obj.measures.values("pk"))
            | Q(pk__in=obj.goals.values("pk"))
        )
    return None
