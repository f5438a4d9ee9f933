"""Once filled in the names of the spoken languages in every content language.

That is now the plugin's own job (snippets.reference, after every migrate run and when a
locale is added), so a project without this app gets the names too. Kept empty so the
migration graph of existing databases stays the same.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0003_page_relations"),
        ("home", "0001_create_locales"),
        ("snippets", "0005_counselling_services"),
    ]

    operations = []
