#!/usr/bin/env bash
# Runs a build step ("$@") that downloads, trusting the CA bundle of a TLS-inspecting proxy when the
# build was given one as the secret "ca_bundle" (docker build --secret id=ca_bundle,src=bundle.pem).
# pip reads the bundle directly; with CA_FOR_JAVA=1, Maven (Java) gets a temporary trust store made
# of the bundle's certificates (docker/TrustStore.java). The secret is a build-time mount and the
# trust store is deleted when the step ends, so nothing of the bundle stays in the image.
set -euo pipefail
ca=/run/secrets/ca_bundle
if [ ! -s "$ca" ]; then
  exec "$@"
fi
export PIP_CERT="$ca" REQUESTS_CA_BUNDLE="$ca" SSL_CERT_FILE="$ca"
if [ "${CA_FOR_JAVA:-0}" != 1 ]; then
  exec "$@"
fi
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
java "$(dirname "${BASH_SOURCE[0]}")/TrustStore.java" "$ca" "$tmp/trust.p12" changeit
export MAVEN_OPTS="${MAVEN_OPTS:-} -Djavax.net.ssl.trustStore=$tmp/trust.p12 -Djavax.net.ssl.trustStoreType=PKCS12 -Djavax.net.ssl.trustStorePassword=changeit"
"$@"
