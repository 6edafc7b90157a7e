#!/usr/bin/env bash
# Installs what the course needs, project-locally, and only what is missing or changed:
#   1. checks Java >= 17, Python >= 3.10 and Maven;
#   2. a Python venv (.venv) from kernel-setup/requirements.txt (JupyterLab, nbval, JJava ...);
#   3. lib-course built into a runnable classpath (lib-course/target/lib-course.jar + lib/*);
#   4. the kernelspec "java-course" inside the venv, with the course library on its classpath,
#      the default kernel, and the course's JupyterLab settings (kernel-setup/jupyter/);
#   5. a font that can draw Korean in plots, when one is missing and it can be installed.
# Each step leaves a stamp in .cache/setup; a second run with nothing changed does nothing.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${VENV:-$ROOT/.venv}"
STAMPS="$ROOT/.cache/setup"
JVM_HEAP="${JVM_HEAP:-4g}"
KERNEL_NAME="java-course"
KERNEL_DISPLAY="Java (Deep Learning course)"
mkdir -p "$STAMPS"

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
die() { printf '\033[1;31m[setup] error:\033[0m %s\n' "$*" >&2; exit 1; }

# A fingerprint of files: changes when any of them changes.
fingerprint() { (cat "$@" 2>/dev/null; printf '%s' "$*") | sha256sum | cut -d' ' -f1; }
up_to_date() { [ -f "$STAMPS/$1" ] && [ "$(cat "$STAMPS/$1")" = "$2" ]; }
stamp() { printf '%s' "$2" > "$STAMPS/$1"; }

# TensorFlow's native library: cpu (the default) or gpu (CUDA; the Maven profile "gpu" in lib-course/pom.xml)
COURSE_VARIANT="${COURSE_VARIANT:-cpu}"
case "$COURSE_VARIANT" in
  cpu) MAVEN_PROFILE="" ;;
  gpu) MAVEN_PROFILE="-Pgpu" ;;
  *) die "COURSE_VARIANT=$COURSE_VARIANT is not known: use cpu (the default) or gpu (TensorFlow with CUDA)." ;;
esac

# ---- 1. prerequisites ------------------------------------------------------------------
command -v java >/dev/null 2>&1 || die "Java is not installed (or not on PATH). Install a JDK 17 or newer, e.g. 'sudo apt install openjdk-17-jdk'."
command -v javac >/dev/null 2>&1 || die "javac is missing: a JRE is not enough. Install a JDK 17 or newer, e.g. 'sudo apt install openjdk-17-jdk'."
java_version="$(java -version 2>&1 | sed -n 's/.*version "\([0-9][0-9]*\)[."].*/\1/p' | head -n1)"
[ -n "$java_version" ] || die "Could not read the Java version from 'java -version'."
if [ "$java_version" -lt 17 ]; then
  die "Java $java_version found at $(command -v java), but the course needs Java 17 or newer. Install JDK 17+ and put it first on PATH (or set JAVA_HOME and PATH=\$JAVA_HOME/bin:\$PATH)."
fi
PYTHON="${PYTHON:-python3}"
command -v "$PYTHON" >/dev/null 2>&1 || die "Python 3 is not installed (looked for '$PYTHON'). Install Python 3.10 or newer, e.g. 'sudo apt install python3 python3-venv'."
"$PYTHON" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 10) else 1)' \
  || die "$("$PYTHON" --version 2>&1) found, but the course needs Python 3.10 or newer (set PYTHON=/path/to/python3.x)."
"$PYTHON" -c 'import venv, ensurepip' 2>/dev/null \
  || die "Python's venv module is missing. Install it, e.g. 'sudo apt install python3-venv'."
command -v mvn >/dev/null 2>&1 || die "Maven is not installed. Install it, e.g. 'sudo apt install maven' (3.8 or newer)."

# ---- 2. Python venv ----------------------------------------------------------------------
req="$ROOT/kernel-setup/requirements.txt"
key="$(fingerprint "$req")-$("$PYTHON" --version 2>&1)"
if [ -x "$VENV/bin/python" ] && up_to_date venv "$key"; then
  say "Python venv is up to date ($VENV)"
else
  say "Creating the Python venv in $VENV (JupyterLab, nbval, JJava; pinned in kernel-setup/requirements.txt)"
  [ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -r "$req"
  stamp venv "$key"
fi

# ---- 3. the course library --------------------------------------------------------------
LIB="$ROOT/lib-course"
key="$(cd "$LIB" && fingerprint pom.xml $(find src/main -type f | LC_ALL=C sort))${MAVEN_PROFILE:+-gpu}"
if [ -f "$LIB/target/lib-course.jar" ] && [ -d "$LIB/target/lib" ] && up_to_date lib "$key"; then
  say "lib-course is up to date"
else
  say "Building lib-course with Maven (first time: downloads Tribuo, TensorFlow Java, ONNX Runtime, ...)"
  [ -z "$MAVEN_PROFILE" ] || say "Variant gpu: TensorFlow with CUDA (needs an NVIDIA driver and CUDA 12 libraries)"
  rm -rf "$LIB/target/lib"
  mvn -B -q -f "$LIB/pom.xml" ${MAVEN_PROFILE:+"$MAVEN_PROFILE"} package -DskipTests \
    || die "Maven could not build lib-course (see above). Check your network access to Maven Central, then run 'make lab' again."
  stamp lib "$key"
fi

# ---- 4. the kernelspec -------------------------------------------------------------------
KERNELS="$VENV/share/jupyter/kernels"
JJAVA_DIR="$KERNELS/java"            # where the jjava wheel puts its jars
SPEC="$KERNELS/$KERNEL_NAME"
# absolute paths: the same inputs must give the same key however the script was invoked
key="$(fingerprint "$ROOT/kernel-setup/setup.sh" "$ROOT/kernel-setup/write_kernelspec.py" "$STAMPS/venv")-$ROOT-$JVM_HEAP"
if [ -f "$SPEC/kernel.json" ] && [ -f "$SPEC/jjava.jar" ] && up_to_date kernelspec "$key"; then
  say "Kernel '$KERNEL_DISPLAY' is installed"
else
  [ -f "$JJAVA_DIR/jjava.jar" ] || [ -f "$SPEC/jjava.jar" ] \
    || die "The JJava kernel jar is missing from the venv: delete .venv and run 'make lab' again."
  say "Installing the kernel '$KERNEL_DISPLAY' into the venv"
  mkdir -p "$SPEC"
  if [ -f "$JJAVA_DIR/jjava.jar" ]; then
    cp "$JJAVA_DIR/jjava.jar" "$JJAVA_DIR/jjava-launcher.jar" "$SPEC/"
    # the wheel's own "Java (jjava)" kernel lacks the course library: hide it to avoid confusion
    rm -rf "$JJAVA_DIR"
  fi
  "$VENV/bin/python" "$ROOT/kernel-setup/write_kernelspec.py" \
    --spec-dir "$SPEC" --display-name "$KERNEL_DISPLAY" --root "$ROOT" --heap "$JVM_HEAP"
  stamp kernelspec "$key"
fi

# ---- 4b. JupyterLab settings: the course kernel is the default, no news prompt -------------
# In the venv's own config and settings folders, so `make lab`, the container, Binder and JupyterHub's
# single-user servers (all run the venv's jupyter) read them whatever JUPYTER_CONFIG_DIR says.
CONF="$ROOT/kernel-setup/jupyter"
key="$(fingerprint "$CONF/jupyter_server_config.json" "$CONF/overrides.json")"
if up_to_date labconfig "$key" && [ -f "$VENV/share/jupyter/lab/settings/overrides.json" ] \
    && [ -f "$VENV/etc/jupyter/jupyter_server_config.json" ]; then
  say "JupyterLab settings are installed"
else
  say "Installing the course's JupyterLab settings (default kernel $KERNEL_NAME, no news prompt)"
  # (config.d folders only enable extensions: the server's settings go in jupyter_server_config.json)
  mkdir -p "$VENV/etc/jupyter" "$VENV/share/jupyter/lab/settings"
  cp "$CONF/jupyter_server_config.json" "$VENV/etc/jupyter/jupyter_server_config.json"
  cp "$CONF/overrides.json" "$VENV/share/jupyter/lab/settings/overrides.json"
  stamp labconfig "$key"
fi

# ---- 5. a font for Korean text in plots ------------------------------------------------
if [ -x "$ROOT/kernel-setup/install-cjk-font.sh" ]; then
  "$ROOT/kernel-setup/install-cjk-font.sh" || say "No Korean font installed: plots show Korean text in a fallback form."
fi

say "Ready: $KERNEL_DISPLAY"
