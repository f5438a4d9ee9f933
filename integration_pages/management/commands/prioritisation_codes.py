"""One-time codes for a prioritisation, printed as a PDF sheet of slips (participation.codes
and participation.slips).

The office hands the slips out to people who take part without an e-mail address. The
plain codes exist only in the PDF the command writes: the database keeps their hashes, so
a lost sheet cannot be printed again (make new codes instead), and the command never
overwrites an earlier sheet."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from integration_pages.participation.codes import MAX_COUNT, generate_codes
from integration_pages.participation.models import PrioritisationPage
from integration_pages.participation.slips import PER_PAGE, slips_pdf


def find_process(value):
    """The process with page id `value`, or with slug `value`. Language versions of one
    process share a slug: then the German one."""
    value = str(value).strip()
    if value.isdigit():
        process = PrioritisationPage.objects.filter(pk=int(value)).first()
        if process is None:
            raise CommandError(f"There is no prioritisation process with the id {value}.")
        return process
    found = list(PrioritisationPage.objects.filter(slug=value).select_related("locale"))
    if not found:
        raise CommandError(f"There is no prioritisation process with the slug '{value}'.")
    if len({page.translation_key for page in found}) > 1:
        listed = ", ".join(
            f"{page.pk} ({page.title}, {page.locale.language_code})"
            for page in sorted(found, key=lambda page: page.pk)
        )
        raise CommandError(
            f"Several prioritisation processes have the slug '{value}': {listed}. "
            "Use the page id instead."
        )
    german = [p for p in found if p.locale.language_code == settings.LANGUAGE_CODE]
    return (german or sorted(found, key=lambda page: page.pk))[0]


class Command(BaseCommand):
    help = (
        "Make one-time codes for a prioritisation process and write them as a PDF of slips "
        "to print (A4, ten a page). Only the codes' hashes are stored: keep the PDF."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--process",
            required=True,
            help="The process page's id or slug (an id where several processes share a slug).",
        )
        parser.add_argument(
            "--count",
            type=int,
            required=True,
            help=f"How many codes to make (1 to {MAX_COUNT}).",
        )
        parser.add_argument(
            "--output",
            help="Where to write the PDF (default: <slug>-codes.pdf in the current folder). "
            "An existing file is never overwritten.",
        )

    def handle(self, *args, process, count, output=None, **options):
        page = find_process(process)
        path = Path(output or f"{page.slug}-codes.pdf")
        if path.exists():
            raise CommandError(
                f"{path} exists already: its codes would be lost. Choose another --output."
            )
        url = page.get_full_url()
        if not url:
            raise CommandError(f"'{page.title}' has no address: is it below a site's root?")
        try:
            # A sheet that cannot be written leaves no codes nobody has.
            with transaction.atomic():
                codes = generate_codes(page, count)
                pdf = slips_pdf(page, codes, url)
                with path.open("xb") as sheet:  # "x": never over a sheet made meanwhile
                    try:
                        sheet.write(pdf)
                    except OSError:
                        path.unlink(missing_ok=True)
                        raise
        except ValueError as error:
            raise CommandError(str(error)) from error
        except OSError as error:
            raise CommandError(f"Cannot write {path}: {error.strerror or error}.") from error
        pages = -(-len(codes) // PER_PAGE)
        self.stdout.write(
            f"{len(codes)} codes made for '{page.title}' (page {page.pk}); "
            f"{pages} page(s) of slips in {path.resolve()}."
        )
