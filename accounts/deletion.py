"""Deleting an account for good (GDPR erasure).

What goes: the user row and everything that cascades from it (allauth email
addresses, MFA authenticators, Wagtail's user profile). What stays: learning
records keyed to the user are kept with `user = NULL` (their foreign keys say
SET_NULL), so the programme's totals still count them, anonymously. Copies of
personal data on those records are erased by the foreign key's own `on_delete`
(courses: the name on certificates), so an administrator deleting a user in
the admin erases exactly the same data. Apps added later do the same.
"""

import logging

from django.db import transaction

# The "portal" logger goes to stderr (settings LOGGING). Only the account's
# number is logged, never an address or a name, so that after restoring a
# backup the operator can delete again the accounts deleted since (see
# docs/operations.md).
logger = logging.getLogger("portal.accounts")


def can_delete_own_account(user):
    """Learners delete their own account; CMS accounts are removed by an
    administrator, who first hands over their pages and permissions (and so the
    last administrator can never lock everyone out)."""
    return not (user.is_staff or user.is_superuser)


def delete_account(user):
    """Delete `user` and erase their personal data, all or nothing."""
    user_id = user.pk
    with transaction.atomic():
        user.delete()
    logger.info("Account %s deleted at its owner's request.", user_id)
