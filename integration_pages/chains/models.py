"""Process chains (Prozessketten): how a life situation runs in the city, step by step.

A chain is stored once as structured steps and shown two ways: as "first steps" for
newcomers (a numbered checklist in their language) and as a swimlane diagram for the
administration and its partners. Who does what (organisations), which services help and
which measures address a step are chosen, never retyped; numbers and relations are
synchronised facts, the texts are translated.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.snippets.blocks import SnippetChooserBlock
from wagtail_localize.fields import TranslatableField

from integration_pages.chains.graph import problems
from integration_pages.core.base import GermanOriginalMixin, SectionMixin, page_search_fields
from integration_pages.core.cache import CachedRoutesMixin
from integration_pages.core.panels import content_and_facts_tabs, page_content_panels
from integration_pages.core.translation import page_translatable_fields
from snippets.fields import introduction, optional_link
from snippets.models.example import EXAMPLE_FIELD, ExampleFlag, example_panel


class BranchBlock(blocks.StructBlock):
    condition = blocks.CharBlock(
        label=_("If"), max_length=200, help_text=_("e.g. 'with a degree recognised in Germany'")
    )
    goes_to = blocks.IntegerBlock(
        label=_("continue with step"), min_value=1, help_text=_("The number of that step.")
    )

    class Meta:
        icon = "redirect"
        label = _("Branch")


def optional_list(child_block, label, **options):
    """A list a step may leave empty, as most steps leave most of them; a new step starts
    with it empty rather than with one blank item to remove."""
    return blocks.ListBlock(child_block, label=label, default=[], required=False, **options)


class StepBlock(blocks.StructBlock):
    """One step: what the person does, who is responsible, and where it hands off."""

    number = blocks.IntegerBlock(
        label=_("Step number"),
        min_value=1,
        help_text=_("Unique within the chain; branches name the step they continue with."),
    )
    title = blocks.CharBlock(label=_("Step"), max_length=200)
    what_to_do = blocks.TextBlock(
        label=_("What to do"), help_text=_("In plain language, addressed to the newcomer.")
    )
    bring = optional_list(blocks.CharBlock(max_length=200), _("What to bring"))
    actor = SnippetChooserBlock(
        "snippets.Organisation",
        label=_("Responsible"),
        help_text=_("The office or organisation responsible for this step."),
    )
    participants = optional_list(SnippetChooserBlock("snippets.Organisation"), _("Also involved"))
    handoff = blocks.TextBlock(
        label=_("Hand-off"),
        required=False,
        help_text=_("What is passed on to the next step, and by whom."),
    )
    waiting_days = blocks.IntegerBlock(
        label=_("Typical waiting time (days)"), min_value=0, required=False
    )
    duration_minutes = blocks.IntegerBlock(
        label=_("Duration of the appointment (minutes)"), min_value=0, required=False
    )
    cost = blocks.DecimalBlock(
        label=_("Cost (euros)"), min_value=0, decimal_places=2, required=False
    )
    languages = optional_list(SnippetChooserBlock("snippets.Language"), _("Available in"))
    interpreter = blocks.BooleanBlock(
        label=_("An interpreter is provided"), required=False, default=False
    )
    services = optional_list(
        SnippetChooserBlock("snippets.CounsellingService"),
        _("Who helps"),
        help_text=_("Counselling services of the signpost that help with this step."),
    )
    obstacles = optional_list(
        blocks.TextBlock(),
        _("Known obstacles"),
        help_text=_("Where the chain often breaks, and why."),
    )
    measures = optional_list(
        blocks.PageChooserBlock(page_type="integration_pages.MeasurePage"),
        _("Measures addressing this step"),
    )
    branches = optional_list(
        BranchBlock(),
        _("Branches"),
        help_text=_("Leave empty to continue with the next step in the list."),
    )
    ends = blocks.BooleanBlock(label=_("The chain ends here"), required=False, default=False)
    leads_to = blocks.PageChooserBlock(
        page_type="integration_pages.ProcessChainPage",
        label=_("Continues in the chain"),
        required=False,
    )

    class Meta:
        icon = "list-ol"
        label = _("Step")


def _item(stored):
    """A ListBlock item as stored: new-style {"type": "item", "value": …} or the value."""
    if isinstance(stored, dict) and stored.get("type") == "item" and "value" in stored:
        return stored["value"]
    return stored


class ProcessChainIndexPage(SectionMixin, GermanOriginalMixin, Page):
    """The life situations a newcomer goes through, each a process chain."""

    intro = introduction(_("Two sentences for newcomers: what these first steps are for."))

    content_panels = page_content_panels("intro")
    search_fields = page_search_fields("intro")
    translatable_fields = page_translatable_fields(TranslatableField("intro"))
    subpage_types = ["integration_pages.ProcessChainPage"]

    class Meta:
        verbose_name = _("process chains")
        verbose_name_plural = _("process chains")

    def get_context(self, request, *args, **kwargs):
        from integration_pages.chains.records import chain_list

        context = super().get_context(request, *args, **kwargs)
        context["chains"] = chain_list(self, request, ProcessChainPage)
        return context


class ProcessChainPage(ExampleFlag, CachedRoutesMixin, RoutablePageMixin, Page):
    """One life situation (e.g. arriving and registering) as an ordered chain of steps."""

    intro = models.TextField(
        _("introduction"),
        help_text=_("For newcomers, in plain language: what this chain gets done."),
    )
    action_field = optional_link(
        "integration_pages.ActionField",
        _("field of action"),
        _("The field of action of the integration concept this chain belongs to."),
        related_name="process_chains",
    )
    steps = StreamField(
        [("step", StepBlock())],
        verbose_name=_("steps"),
        help_text=_("In the order a newcomer goes through them."),
    )

    content_panels = page_content_panels("intro", "steps")
    facts_panels = [FieldPanel("action_field"), example_panel()]
    edit_handler = content_and_facts_tabs(content_panels, facts_panels, _("Facts"))
    search_fields = page_search_fields("intro", "steps")
    api_fields = [APIField(name) for name in ("intro", "action_field", "is_example", "steps")]
    translatable_fields = page_translatable_fields(
        translated=["intro", "steps"],
        synchronized=["action_field", EXAMPLE_FIELD],
    )
    parent_page_types = ["integration_pages.ProcessChainIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("process chain")
        verbose_name_plural = _("process chains")

    # Editors preview both views while they build a chain.
    preview_modes = [("", _("First steps")), ("process", _("Process and responsibilities"))]

    def serve_preview(self, request, mode_name):
        if mode_name == "process":
            return self.process(request)
        return super().serve_preview(request, mode_name)

    def clean(self):
        super().clean()
        found = problems(self.step_data())
        if found:
            raise ValidationError({"steps": found})

    def step_data(self):
        """The steps as plain data (ids for what they choose, lists unwrapped), read
        without a query."""
        steps = []
        for child in self.steps.raw_data:
            if child["type"] != "step":
                continue
            value = dict(child["value"], id=child.get("id"))
            for name, block in StepBlock.base_blocks.items():
                if isinstance(block, blocks.ListBlock):
                    value[name] = [_item(item) for item in value.get(name) or []]
            steps.append(value)
        return steps

    def chain_context(self, request):
        from integration_pages.chains.records import resolve_chain

        context = Page.get_context(self, request)
        context["chain"] = resolve_chain(self, request)
        return context

    @path("")
    def first_steps(self, request):
        return TemplateResponse(
            request, "integration_pages/process_chain_page.html", self.chain_context(request)
        )

    @path("print/", name="print")
    def checklist(self, request):
        return TemplateResponse(
            request, "integration_pages/process_chain_print.html", self.chain_context(request)
        )

    @path("process/", name="process")
    def process(self, request):
        from integration_pages.chains.swimlane import swimlane

        context = self.chain_context(request)
        context["diagram"] = swimlane(context["chain"])
        return TemplateResponse(request, "integration_pages/process_chain_process.html", context)

    @path("chain.json/", name="json")
    def chain_json(self, request):
        from integration_pages.chains.records import chain_record

        response = JsonResponse(
            chain_record(self, request), json_dumps_params={"ensure_ascii": False, "indent": 1}
        )
        response["Access-Control-Allow-Origin"] = "*"
        return response
