# syntax=docker/dockerfile:1
# Production image: gunicorn serving the museum, static files by whitenoise.
# Migrations are a release step, not part of start-up:
#   docker run --rm --env-file museum.env IMAGE python manage.py migrate --noinput

FROM python:3.11-slim-bookworm AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1 PYTHONDONTWRITEBYTECODE=1
RUN apt-get update \
    && apt-get install -y --no-install-recommends gettext \
    && rm -rf /var/lib/apt/lists/*
RUN python -m venv /venv
COPY requirements.txt /tmp/requirements.txt
RUN /venv/bin/pip install -r /tmp/requirements.txt
WORKDIR /app
COPY . .
# Build-time values only: nothing here connects to a database.
RUN export DJANGO_SETTINGS_MODULE=cms.settings.production \
        SECRET_KEY=build-only ALLOWED_HOSTS=localhost \
        DATABASE_URL=postgres://build@localhost/build \
    && /venv/bin/python manage.py compilemessages --ignore=.venv \
    && /venv/bin/python manage.py collectstatic --noinput

FROM python:3.11-slim-bookworm AS runtime
ENV PYTHONUNBUFFERED=1 PYTHONDONTWRITEBYTECODE=1 \
    PATH=/venv/bin:$PATH DJANGO_SETTINGS_MODULE=cms.settings.production
RUN useradd --system --create-home --uid 10001 museum
COPY --from=build /venv /venv
COPY --from=build --chown=museum:museum /app /app
WORKDIR /app
RUN mkdir -p /app/media /app/private_media /srv/static \
    && chown museum:museum /app/media /app/private_media /srv/static
USER museum
EXPOSE 8000
CMD ["gunicorn", "cms.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "2", "--timeout", "30", "--access-logfile", "-"]
