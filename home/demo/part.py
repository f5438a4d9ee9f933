"""What the builders of the demo's parts (concept, Forum, ECCAR, signpost, newsroom, forms,
process chains) share: the DemoBuilder they report to and the German of the data's texts."""


def de(texts):
    """The German of a text the data gives in several languages, German first."""
    return texts[0]


def in_german(spec, *names):
    """The fields `names` of a German object: the German of each text in `spec`."""
    return {name: de(spec[name]) for name in names}


def as_given(spec, *names):
    """The fields `names` that read the same in every language (slugs, dates, numbers,
    addresses), as `spec` gives them."""
    return {name: spec[name] for name in names}


class PartBuilder:
    def __init__(self, demo, locale):
        self.demo = demo  # the DemoBuilder: logging and page creation
        self.locale = locale

    def snippet(self, model, what, defaults, **lookup):
        """The snippet `lookup` finds in the builder's language, made from `defaults` by
        the first run; noted as `what`."""
        obj, created = model.objects.get_or_create(locale=self.locale, defaults=defaults, **lookup)
        self.demo.note(created, f"{what} {obj}")
        return obj
