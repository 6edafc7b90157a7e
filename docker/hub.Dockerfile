# The course image for JupyterHub's DockerSpawner: the course image plus the hub's own jupyterhub
# (its jupyterhub-singleuser must match the hub's version), nothing else changed.
#   docker build -f docker/hub.Dockerfile --build-arg IMAGE=dl-course:latest -t dl-course-hub .
# (the same as building docker/Dockerfile with --build-arg EXTRA_PIP="jupyterhub==<the hub's>")
ARG IMAGE=dl-course:latest
FROM ${IMAGE}
ARG JUPYTERHUB=jupyterhub==5.4.6
# hadolint ignore=DL3013
RUN --mount=type=secret,id=ca_bundle,uid=1000 \
    bash docker/with-ca.sh .venv/bin/python -m pip install --quiet --no-cache-dir \
      -c kernel-setup/requirements.txt "${JUPYTERHUB}"
