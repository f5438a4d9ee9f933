import wagtail_factories

from home.models import StandardPage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = "Abschnitt"
    intro = "Kurze Einleitung."
    show_in_menus = True

    class Meta:
        model = StandardPage
