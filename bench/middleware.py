"""Counts the database queries of each request (bench settings only)."""

from django.db import connection


class QueryCountMiddleware:
    """Adds ``X-Bench-Queries: <n>``: the queries run while answering, counted
    with ``connection.execute_wrapper`` so that it works with DEBUG off."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        count = 0

        def counter(execute, sql, params, many, context):
            nonlocal count
            count += 1
            return execute(sql, params, many, context)

        with connection.execute_wrapper(counter):
            response = self.get_response(request)
        response["X-Bench-Queries"] = str(count)
        return response
