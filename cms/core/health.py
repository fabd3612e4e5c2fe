"""Health endpoints for load balancers and orchestrators (docs/operations.md).

- ``/healthz/live``: the process answers. No database, no cache: a liveness
  probe that failed because PostgreSQL is down would have every worker
  restarted for nothing.
- ``/healthz/ready``: the database answers and every migration the code knows
  is applied. Until then the instance should not receive traffic (a release
  being migrated, a database that is down).

Both answer JSON, are never cached and never redirected to a language.
"""

from django.db import DEFAULT_DB_ALIAS, DatabaseError, connections
from django.db.migrations.executor import MigrationExecutor
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from cms.core.api.problems import PROBLEM_CONTENT_TYPE, problem_body

# Once every migration is applied, it stays so for the life of the process
# (a new release is a new process): the migration graph is loaded once.
_migrated = False


def _problem(detail):
    response = JsonResponse(
        problem_body(503, "Not ready", detail, "not-ready"),
        status=503,
        content_type=PROBLEM_CONTENT_TYPE,
    )
    response["Retry-After"] = "5"
    return response


def unapplied_migrations(connection) -> list[str]:
    executor = MigrationExecutor(connection)
    plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
    return [f"{migration.app_label}.{migration.name}" for migration, _ in plan]


@never_cache
@require_safe
def live(request):
    return JsonResponse({"status": "ok"})


@never_cache
@require_safe
def ready(request):
    global _migrated
    connection = connections[DEFAULT_DB_ALIAS]
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        if not _migrated:
            pending = unapplied_migrations(connection)
            if pending:
                return _problem(
                    f"{len(pending)} migration(s) not applied, first {pending[0]}."
                )
            _migrated = True
    except DatabaseError:
        return _problem("The database does not answer.")
    return JsonResponse({"status": "ok", "database": "ok", "migrations": "applied"})
