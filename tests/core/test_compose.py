"""compose.yaml (the production-like stack) and the release job's migration
lock (``manage.py migrate_locked``)."""

import os
import re
import select
import shutil
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

import pytest
import yaml
from django.db import connection

from cms.core.management.commands.migrate_locked import LOCK_KEY

BASE_DIR = Path(__file__).resolve().parents[2]
COMPOSE = BASE_DIR / "compose.yaml"
NGINX = BASE_DIR / "deploy" / "nginx" / "nginx.conf"
ENV_EXAMPLE = BASE_DIR / "deploy" / "env.example"


def compose():
    return yaml.safe_load(COMPOSE.read_text())


def documented_variables():
    text = (BASE_DIR / "README.md").read_text() + (
        BASE_DIR / "docs" / "operations.md"
    ).read_text()
    return set(re.findall(r"`([A-Z][A-Z0-9_]+)`", text))


def test_every_service_has_an_image_or_a_build_context_that_exists():
    services = compose()["services"]
    assert {
        "postgres",
        "redis",
        "minio",
        "buckets",
        "release",
        "app",
        "worker",
        "scheduler",
        "nginx",
    } <= set(services)
    for name, service in services.items():
        assert service.get("image") or service.get("build"), name
        if "build" in service:
            context = BASE_DIR / service["build"]["context"]
            assert context.is_dir(), name
            assert (
                context / service["build"].get("dockerfile", "Dockerfile")
            ).is_file()
        for dependency in service.get("depends_on", {}):
            assert dependency in services, f"{name} depends on unknown {dependency}"
        for volume in service.get("volumes", []):
            source = volume.split(":")[0]
            if source.startswith("."):
                assert (BASE_DIR / source).exists(), f"{name}: {source}"
            else:
                assert source in compose()["volumes"], f"{name}: {source}"


def test_the_stack_is_the_one_the_issue_asks_for():
    services = compose()["services"]
    assert services["postgres"]["image"] == "postgres:17"
    assert services["redis"]["image"].startswith("redis:")
    assert services["app"]["deploy"]["replicas"] >= 2
    assert "gunicorn" not in str(services["app"].get("command", ""))  # the image's
    assert services["worker"]["command"] == ["python", "manage.py", "db_worker"]
    assert services["worker"]["environment"]["TASKS_BACKEND"] == "database"
    assert "migrate_locked" in " ".join(services["release"]["command"])
    for name in ("app", "worker", "scheduler"):
        condition = services[name]["depends_on"]["release"]["condition"]
        assert condition == "service_completed_successfully", name
    # Migrations are the release job's, never a replica's start-up.
    for name in ("app", "worker", "scheduler"):
        assert "migrate" not in str(services[name].get("command", "")), name
    environment = services["app"]["environment"]
    assert environment["REDIS_URL"].startswith("redis://redis:")
    assert environment["AWS_S3_ENDPOINT_URL"] == "http://minio:9000"
    assert environment["DJANGO_SETTINGS_MODULE"] == "cms.settings.production"
    nginx_mounts = services["nginx"]["volumes"]
    assert "./deploy/nginx/nginx.conf:/etc/nginx/nginx.conf:ro" in nginx_mounts


def image_tag(image):
    """The tag of ``name[:tag][@digest]``, or None when there is none (the
    registry's port is not a tag: only a colon after the last slash is)."""
    name = image.split("@", 1)[0]
    last = name.rsplit("/", 1)[-1]
    return last.split(":", 1)[1] if ":" in last else None


@pytest.mark.parametrize(
    ("image", "tag"),
    [
        ("minio/minio", None),
        ("minio/minio:latest", "latest"),
        ("registry.example:5000/minio/mc", None),
        (
            "registry.example:5000/minio/mc:RELEASE.2025-08-13T08-35-41Z",
            "RELEASE.2025-08-13T08-35-41Z",
        ),
        ("postgres:17@sha256:abc", "17"),
    ],
)
def test_image_tags_are_read_as_docker_reads_them(image, tag):
    assert image_tag(image) == tag


def test_every_image_is_pinned_to_a_release_never_latest():
    """An image that moves under the stack (":latest", or no tag at all) is
    a different program after the next pull: every image names a release."""
    services = compose()["services"]
    for name, service in services.items():
        image = service.get("image")
        if image is None:
            continue
        tag = image_tag(image)
        assert tag, f"{name}: {image} has no tag (it would be :latest)"
        assert tag != "latest", f"{name}: {image}"
    # MinIO's images are pinned to a dated release, not a moving line.
    assert re.fullmatch(
        r"minio/minio:RELEASE\.\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ",
        services["minio"]["image"],
    )
    assert re.fullmatch(
        r"minio/mc:RELEASE\.\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ",
        services["buckets"]["image"],
    )


def test_every_variable_is_documented():
    text = COMPOSE.read_text()
    documented = documented_variables()
    # What the app is configured with is in the README's or operations table.
    app_environment = compose()["services"]["app"]["environment"]
    undocumented = sorted(set(app_environment) - documented)
    assert not undocumented, undocumented
    # What compose itself reads from .env is in deploy/env.example.
    example = {
        line.split("=", 1)[0]
        for line in ENV_EXAMPLE.read_text().splitlines()
        if line and not line.startswith("#")
    }
    referenced = set(re.findall(r"\$\{([A-Z][A-Z0-9_]*)", text))
    assert referenced <= example, sorted(referenced - example)


def test_nginx_serves_static_limits_rates_and_uploads_and_hides_private_media():
    conf = NGINX.read_text()
    assert re.search(r"client_max_body_size \d+m;", conf)
    assert "limit_req_zone" in conf
    assert "limit_req zone=api" in conf
    assert re.search(r"location /static/ \{\s+root /srv;", conf)
    for private in ("/private_media/", "/museum-private/", "/media/"):
        assert re.search(rf"location {re.escape(private)} \{{ return 404; \}}", conf)
    # Only renditions are proxied from the media bucket.
    assert "rewrite ^/media/images/(.*)$ /museum-media/images/$1 break;" in conf
    assert "museum-private" not in conf.replace("location /museum-private/", "")
    # The app servers and the bucket are looked up through Docker's DNS when
    # a request needs them (a variable in proxy_pass: any nginx version), so
    # replicas added or replaced are used; no "resolve" (nginx >= 1.27.3).
    assert "resolver 127.0.0.11 valid=10s" in conf
    assert "set $museum_app app:8000;" in conf
    assert "set $museum_media minio:9000;" in conf
    assert " resolve;" not in conf
    proxied = re.findall(r"proxy_pass ([^;]+);", conf)
    assert proxied
    assert set(proxied) == {"http://$museum_app", "http://$museum_media"}
    # Braces balance (a cheap syntax check where nginx itself is absent).
    assert conf.count("{") == conf.count("}")


def example_environment():
    return dict(
        line.split("=", 1)
        for line in ENV_EXAMPLE.read_text().splitlines()
        if line and not line.startswith("#")
    )


def docker_compose_v1(*arguments, env_file):
    """Debian's docker-compose 1.29 (make stack-deps installs it): its
    "config" parses, checks the schema and fills in the variables, without
    a Docker engine. Only PATH from this environment, so that no variable
    of the shell running the tests fills a gap in the file."""
    binary = shutil.which("docker-compose")
    assert binary, "docker-compose is not installed: make stack-deps"
    return subprocess.run(  # noqa: S603 - the machine's docker-compose
        [binary, "--env-file", str(env_file), "-f", str(COMPOSE), *arguments],
        cwd=BASE_DIR,
        env={"PATH": os.environ["PATH"], "HOME": os.environ.get("HOME", "/tmp")},  # noqa: S108
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_docker_compose_config_accepts_the_file_with_the_example_environment():
    result = docker_compose_v1("config", env_file=ENV_EXAMPLE)

    assert result.returncode == 0, result.stderr
    resolved = yaml.safe_load(result.stdout)
    assert set(resolved["services"]) == set(compose()["services"])
    example = example_environment()
    app = resolved["services"]["app"]
    # Anchors merged and variables filled in from the .env file.
    assert app["image"] == "museum-cms:local"
    assert app["environment"]["SECRET_KEY"] == example["SECRET_KEY"]
    assert app["environment"]["DATABASE_URL"] == (
        f"postgres://museum:{example['POSTGRES_PASSWORD']}@postgres:5432/museum"
    )
    assert resolved["services"]["worker"]["command"] == [
        "python",
        "manage.py",
        "db_worker",
    ]
    assert resolved["services"]["nginx"]["image"] == "nginx:1.27"
    # The project's name (volumes museum_*) comes from .env: docker-compose
    # 1.29 refuses a top-level "name:".
    assert "name" not in compose()
    assert example["COMPOSE_PROJECT_NAME"] == "museum"


def test_docker_compose_config_refuses_an_environment_without_a_secret(tmp_path):
    env_file = tmp_path / "incomplete.env"
    env_file.write_text(
        "\n".join(
            f"{name}={value}"
            for name, value in example_environment().items()
            if name != "SECRET_KEY"
        )
    )

    result = docker_compose_v1("config", "--quiet", env_file=env_file)

    assert result.returncode != 0
    assert "set SECRET_KEY in .env (deploy/env.example)" in result.stderr


def test_docker_compose_accepts_the_file_where_the_plugin_is_installed():
    """Where the compose plugin (v2) exists, `docker compose config` must
    accept the file too."""
    docker = shutil.which("docker")
    plugin = docker and (
        subprocess.run(  # noqa: S603 - a fixed command
            [docker, "compose", "version"], capture_output=True, check=False
        ).returncode
        == 0
    )
    if plugin:
        env = {
            **os.environ,
            "SECRET_KEY": "x" * 50,
            "POSTGRES_PASSWORD": "x",
            "MINIO_ROOT_PASSWORD": "x" * 8,
        }
        result = subprocess.run(  # noqa: S603 - a fixed command
            [docker, "compose", "-f", str(COMPOSE), "config", "--quiet"],
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )
        assert result.returncode == 0, result.stderr


# --- migrate_locked ------------------------------------------------------------


def database_url():
    """The test database as a DATABASE_URL, for a command run beside the test
    (a Unix socket directory is percent-encoded as the host)."""
    params = connection.settings_dict
    user = quote(params.get("USER") or "", safe="")
    password = params.get("PASSWORD") or ""
    credentials = f"{user}:{quote(password, safe='')}" if password else user
    host = quote(params.get("HOST") or "", safe="")
    port = f":{params['PORT']}" if params.get("PORT") else ""
    return f"postgres://{credentials}@{host}{port}/{params['NAME']}"


def start_migrate_locked(*arguments):
    env = {
        "PATH": os.environ["PATH"],
        "DJANGO_SETTINGS_MODULE": "cms.settings.test",
        "DATABASE_URL": database_url(),
        "PYTHONUNBUFFERED": "1",
    }
    if os.environ.get("TEST_DATA_DIR"):
        env["TEST_DATA_DIR"] = os.environ["TEST_DATA_DIR"]
    return subprocess.Popen(  # noqa: S603 - our own interpreter and command
        [sys.executable, "manage.py", "migrate_locked", "--noinput", *arguments],
        cwd=BASE_DIR,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def read_line_until(process, expected, limit=180):
    """Lines of ``process``'s output up to one containing ``expected``."""
    lines = []
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        ready, _, _ = select.select([process.stdout], [], [], 1)
        if ready:
            line = process.stdout.readline()
            if not line:
                break
            lines.append(line)
            if expected in line:
                return lines
    raise AssertionError(
        f"never printed {expected!r}: {lines} / {process.stderr.read()[-2000:]}"
    )


@pytest.fixture
def migration_lock(db):
    """The release lock, held by the test's own database session."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_lock(%s)", [LOCK_KEY])
    held = [True]

    def release():
        if held[0]:
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_unlock(%s)", [LOCK_KEY])
            held[0] = False

    yield release
    release()


def test_two_releases_wait_for_the_lock_then_find_nothing_to_do(migration_lock):
    releases = [start_migrate_locked(), start_migrate_locked()]
    try:
        for process in releases:
            read_line_until(process, "waiting for it")
            assert process.poll() is None, "still waiting while the lock is held"

        migration_lock()

        for process in releases:
            stdout, stderr = process.communicate(timeout=300)
            assert process.returncode == 0, stderr
            assert "Migration lock acquired." in stdout
            assert "No migrations to apply." in stdout
            assert "Applying " not in stdout
            assert "Migration lock released." in stdout
    finally:
        for process in releases:
            if process.poll() is None:
                process.kill()
                process.communicate()


def test_a_release_that_cannot_get_the_lock_gives_up_with_one_line(migration_lock):
    process = start_migrate_locked("--wait", "1")
    try:
        stdout, stderr = process.communicate(timeout=300)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode != 0
    assert "waiting for it" in stdout
    assert "No migrations to apply." not in stdout
    last = stderr.strip().splitlines()[-1]
    assert "The migration lock was still held after 1 s" in last


def test_without_another_release_the_lock_is_taken_at_once(db):
    process = start_migrate_locked()
    stdout, stderr = process.communicate(timeout=300)
    assert process.returncode == 0, stderr
    assert "waiting" not in stdout
    assert "No migrations to apply." in stdout
