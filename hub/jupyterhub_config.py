"""JupyterHub for a class, as hub/check_class.py runs it: learners log in (DummyAuthenticator: any
listed learner name with the shared password; replace it with your real authenticator) and each gets
their own container of the course image (DockerSpawner), with their own volume for ~/course/work.

Settings come from the environment (check_class.py sets them): HUB_PORT, HUB_API_PORT, HUB_IMAGE,
HUB_PASSWORD, HUB_LEARNERS (comma-separated), HUB_DOCKER_HOST (the engine's socket), HUB_PROXY
(configurable-http-proxy's path), HUB_STATE (a folder for the hub's database and cookie secret),
HUB_NETWORK ("host" for podman without container networking, else a Docker network name),
HUB_SERVICE_TOKEN (an admin service's token, for the check).
"""
import os

from dockerspawner import DockerSpawner
from jupyterhub.utils import random_port

c = get_config()  # noqa: F821 (JupyterHub's config loader provides it)
env = os.environ
state = env["HUB_STATE"]
network = env.get("HUB_NETWORK", "host")

c.JupyterHub.ip = "127.0.0.1"
c.JupyterHub.port = int(env["HUB_PORT"])
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.hub_port = int(env["HUB_API_PORT"])
c.JupyterHub.db_url = f"sqlite:///{state}/jupyterhub.sqlite"
c.JupyterHub.cookie_secret_file = f"{state}/jupyterhub_cookie_secret"
c.ConfigurableHTTPProxy.command = [env["HUB_PROXY"]]
c.ConfigurableHTTPProxy.pid_file = f"{state}/proxy.pid"

c.JupyterHub.authenticator_class = "dummy"
c.DummyAuthenticator.password = env["HUB_PASSWORD"]
c.Authenticator.allowed_users = set(env["HUB_LEARNERS"].split(","))

if env.get("HUB_SERVICE_TOKEN"):
    c.JupyterHub.services = [{"name": "class-check", "api_token": env["HUB_SERVICE_TOKEN"]}]
    c.JupyterHub.load_roles = [{
        "name": "class-check", "services": ["class-check"],
        "scopes": ["admin:users", "admin:servers", "tokens", "access:servers"],
    }]


class CourseSpawner(DockerSpawner):
    """DockerSpawner that also works on the host's network (podman without container networking):
    each learner's server then takes a free port of its own on 127.0.0.1."""

    async def start(self):
        if self.network_name == "host":
            self.port = random_port()
        return await super().start()

    async def get_ip_and_port(self):
        if self.network_name == "host":
            return "127.0.0.1", self.port
        return await super().get_ip_and_port()


c.JupyterHub.spawner_class = CourseSpawner
c.DockerSpawner.client_kwargs = {"base_url": env["HUB_DOCKER_HOST"]}
c.DockerSpawner.image = env["HUB_IMAGE"]
c.DockerSpawner.cmd = ["jupyterhub-singleuser"]  # not the image's own `make lab`
c.DockerSpawner.network_name = network
c.DockerSpawner.use_internal_ip = network != "bridge"
c.DockerSpawner.remove = env.get("HUB_KEEP_CONTAINERS") != "1"  # 1: keep them to read their logs
c.DockerSpawner.notebook_dir = "/home/jovyan/course"
c.DockerSpawner.default_url = "/lab/tree/notebooks"
# each learner's own work, kept across restarts of their server (one named volume per learner)
c.DockerSpawner.volumes = {"dl-course-work-{username}": "/home/jovyan/course/work"}
c.DockerSpawner.extra_host_config = {
    "ulimits": [{"Name": "nofile", "Soft": 20000, "Hard": 20000},
                {"Name": "nproc", "Soft": 32768, "Hard": 32768}],
}
if network == "host":
    c.JupyterHub.hub_connect_ip = "127.0.0.1"
c.Spawner.start_timeout = 300
c.Spawner.http_timeout = 180
