"""sqlite-utils storage: schema, migrations, repository, backup, encryption."""
