from django.core.exceptions import ValidationError


def field_errors(instance):
    """The fields `instance` would be refused for, as the editor's form shows them beside
    each field (Django's own checks of a field's type and range, before `clean()`)."""
    try:
        instance.clean_fields()
    except ValidationError as error:
        return set(error.message_dict)
    return set()
