from wagtail.users.models import UserProfile


def logged_in_choosing_language(client, user):
    """`client` logged in as `user`; call the result with a language code to set the
    user's admin language (Wagtail's account setting) and get the client back."""
    client.force_login(user)

    def as_language(language):
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
        return client

    return as_language
