import pytest
from django.contrib.auth.models import Group


@pytest.fixture
def member(django_user_model):
    """A user in the named groups, with an e-mail address (for notifications)."""

    def make(username, *group_names):
        user = django_user_model.objects.create_user(
            username, email=f"{username}@musee.example", password="x"
        )
        for name in group_names:
            user.groups.add(Group.objects.get(name=name))
        return user

    return make
