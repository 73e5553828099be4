"""The one base class for errors a user can cause.

Every layer raises a subclass with a one-line message that says what is wrong
and what to do; the CLI prints it and exits 1, the GUI shows it in a dialog.
Anything else is a programming error and should crash loudly in tests.
"""


class UserError(Exception):
    """A problem the user can fix: a bad file, a wrong passphrase, a full disk."""


class NotAvailableYet(UserError):
    """A capability whose issue has not landed yet."""
