# The course's two commands:
#   make lab    installs what is missing, then opens JupyterLab on the course
#   make test   installs what is missing, then runs every test
# Everything is installed inside the project (.venv, lib-course/target, .cache).

SHELL   := /bin/bash
ROOT    := $(CURDIR)
VENV    := $(ROOT)/.venv
PORT    ?= 8888
JVM_HEAP ?= 4g
# Jupyter's config and runtime files stay in the project, not in ~/.jupyter
export JUPYTER_CONFIG_DIR  := $(ROOT)/.cache/jupyter/config
export JUPYTER_RUNTIME_DIR := $(ROOT)/.cache/jupyter/runtime
export JVM_HEAP

PYTEST_NB := PYTHONPATH=$(ROOT)/tests $(VENV)/bin/pytest -p no:python -p no:cacheprovider -p nbval_jjava --nbval-lax \
	--nbval-kernel-name java-course --nbval-sanitize-with tests/sanitize.cfg \
	--nbval-cell-timeout 1800

.PHONY: help setup lab docs test test-lib test-notebooks test-harness run-notebooks bench-data bench-engine bench-sequences clean distclean \
	setup-delivery slides slides-instructor test-delivery

help:
	@echo "make lab     set up (if needed) and open JupyterLab on the course"
	@echo "make test    set up (if needed) and run every test (quick profile)"
	@echo "make run-notebooks  execute every notebook in the full profile and save its outputs"
	@echo "make slides  export every notebook to an offline reveal.js deck in build/slides/"
	@echo "make slides-instructor  the same with solutions (cells tagged solution, notebooks/solutions) in build/slides-instructor/"
	@echo "make docs    the course library's API documentation (javadoc) in build/docs/"
	@echo "make clean   remove build outputs;  make distclean  also the venv and caches"

setup:
	@bash kernel-setup/setup.sh

# Jupyter refuses to run as root (containers, CI machines) unless told it is deliberate
ALLOW_ROOT := $(if $(filter 0,$(shell id -u)),--allow-root,)

lab: setup
	@$(VENV)/bin/python kernel-setup/check_port.py $(PORT)
	@echo "[lab] Opening JupyterLab on http://localhost:$(PORT)/lab (Ctrl+C to stop)"
	$(VENV)/bin/jupyter lab --no-browser --port=$(PORT) --ServerApp.root_dir=$(ROOT) \
		--LabApp.default_url=/lab/tree/notebooks $(ALLOW_ROOT) $(LAB_ARGS)

# Tests run in the quick profile: smaller data and fewer epochs (CI only).
test: setup setup-delivery test-lib test-harness test-notebooks test-bench-smoke test-image-if-engine
	@echo "[test] all tests passed"

test-lib:
	mvn -B -q -f lib-course/pom.xml test

test-harness:
	$(VENV)/bin/pytest -p no:cacheprovider tests

test-notebooks:
	COURSE_PROFILE=quick $(PYTEST_NB) notebooks

# Re-executes every notebook in the full profile and keeps the outputs (for committing).
# NOTEBOOKS="notebooks/05-mnist-cnn.ipynb" re-runs only those.
NOTEBOOKS ?= $(wildcard notebooks/*.ipynb notebooks/solutions/*.ipynb)
run-notebooks: setup
	@for nb in $(NOTEBOOKS); do \
		echo "[run] $$nb"; start=$$(date +%s); \
		COURSE_PROFILE=full $(VENV)/bin/jupyter nbconvert --to notebook --execute --inplace \
			--ExecutePreprocessor.kernel_name=java-course --ExecutePreprocessor.timeout=-1 "$$nb" || exit 1; \
		$(VENV)/bin/python kernel-setup/merge_streams.py "$$nb" || exit 1; \
		echo "[run] $$nb: $$(( $$(date +%s) - start )) s on $$(nproc) cores"; \
	done

# Slides and the browser test: node_modules (reveal.js, MathJax, playwright-core) and Chromium.
setup-delivery:
	@bash kernel-setup/setup-delivery.sh

# Every notebook as a reveal.js deck in build/slides/ (offline: reveal.js and MathJax copied next to it).
# Learner decks leave out cells tagged "solution"; AUDIENCE=instructor (make slides-instructor) keeps
# them and adds notebooks/solutions/*.ipynb, into build/slides-instructor/.
AUDIENCE ?= learner
SLIDES_OUT = $(if $(filter instructor,$(AUDIENCE)),build/slides-instructor,build/slides)
slides: setup
	@SKIP_CHROMIUM=1 bash kernel-setup/setup-delivery.sh
	$(VENV)/bin/python slides/export_slides.py --audience $(AUDIENCE) --out $(SLIDES_OUT)
	@echo "[slides] open $(SLIDES_OUT)/index.html; press 's' in a deck for the speaker notes"

slides-instructor:
	@$(MAKE) --no-print-directory slides AUDIENCE=instructor

# Only the slide, slide-metadata, Docker and browser tests (they also run in test-harness).
test-delivery: setup setup-delivery
	$(VENV)/bin/pytest -p no:cacheprovider tests/test_slides.py tests/test_slide_metadata.py \
		tests/test_docker.py tests/test_browser.py

# Benchmarks: measured, never asserted in tests. Each prints its numbers.
BENCH_CP = lib-course/target/test-classpath.txt
$(BENCH_CP): lib-course/pom.xml
	mvn -B -q -f lib-course/pom.xml dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt

# The course library's API documentation (javadoc of lib-course): open build/docs/index.html.
DOCS_DIR ?= build/docs
docs: setup $(BENCH_CP)
	rm -rf $(DOCS_DIR)
	javadoc -quiet -notimestamp -Xdoclint:none -d $(DOCS_DIR) -sourcepath lib-course/src/main/java \
		-subpackages org.dlcourse -classpath "$$(cat $(BENCH_CP))" -encoding UTF-8 -docencoding UTF-8 -charset UTF-8 \
		-windowtitle "lib-course API" -doctitle "Deep Learning in Java: the course library (lib-course)"
	@echo "[docs] open $(DOCS_DIR)/index.html in a browser"

bench-data: setup $(BENCH_CP)
	mvn -B -q -f lib-course/pom.xml test-compile
	java -Xmx2g -cp lib-course/target/classes:lib-course/target/test-classes:$$(cat $(BENCH_CP)) \
		org.dlcourse.data.MnistLoadBenchmark

# MNIST MLP and CNN: our training loop vs Tribuo's TensorFlowTrainer on the same graph (about 10 minutes)
bench-engine: setup $(BENCH_CP)
	mvn -B -q -f lib-course/pom.xml test-compile
	nice java -Xmx6g -Depochs=2 -cp lib-course/target/classes:lib-course/target/test-classes:$$(cat $(BENCH_CP)) \
		org.dlcourse.nn.EngineBenchmark

# IMDB SimpleRNN and Reuters LSTM per epoch; TensorFlow vs ONNX Runtime inference latency (about 3 minutes)
bench-sequences: setup $(BENCH_CP)
	mvn -B -q -f lib-course/pom.xml test-compile
	nice java -Xmx4g -Depochs=2 -cp lib-course/target/classes:lib-course/target/test-classes:$$(cat $(BENCH_CP)) \
		org.dlcourse.nn.SequenceBenchmark

# Java vs Keras (bench/README.md): bench/out/results.md and results.png. The Keras side lives in its
# own venv, bench/.venv (TensorFlow CPU pinned in bench/requirements.txt), made once by bench-venv.
# BENCH_ARGS passes options to bench/run.py, e.g. BENCH_ARGS="--runs 1 --models mnist_dnn,boston_mlp".
.PHONY: bench bench-smoke bench-venv bench-java test-bench-smoke bench-profile
bench-venv:
	@bash bench/setup-venv.sh

bench-java: $(BENCH_CP)
	mvn -B -q -f lib-course/pom.xml test-compile

bench: bench-venv bench-java
	nice bench/.venv/bin/python bench/run.py $(BENCH_ARGS)

# Kernel time per op type on both sides (bench/README.md "Where the time goes"), e.g.
# make bench-profile PROFILE_ARGS="--models mnist_cnn --isa AVX2"
bench-profile: bench-venv bench-java
	nice bench/.venv/bin/python bench/profile.py $(PROFILE_ARGS)

# Both sides on 512 rows, one epoch, one run each (checks the harness; the numbers mean nothing).
bench-smoke: bench-venv bench-java
	bench/.venv/bin/python bench/run.py --smoke --out bench/out/smoke

# In make test: the smoke of the Java side and the report writer; the Keras side too when
# bench/.venv exists (make bench-venv; not created here, it is a 600 MB download taking minutes).
test-bench-smoke: setup bench-java
	BENCH_SMOKE=1 $(VENV)/bin/pytest -p no:cacheprovider tests/test_bench_smoke.py

clean:
	rm -rf lib-course/target tests/out .cache/setup/lib
	rm -rf build/slides build/docs bench/out

distclean: clean
	rm -rf .venv .cache
	rm -rf node_modules bench/.venv

# The container image (docker/Dockerfile) with Docker or, where there is none, podman; without a
# registry its base is a Debian 12 made with debootstrap (docker/make-base.sh). IMAGE, ENGINE,
# BASE_IMAGE, CA_BUNDLE (a proxy's CA bundle, used at build time only): see docker/build-image.sh.
.PHONY: image test-image test-image-if-engine
IMAGE ?= dl-course:latest
export IMAGE
image:
	nice bash docker/build-image.sh

# Builds (with cache) and uses the image as a learner would: token, default kernel, non-root,
# chapters 01 and 02 inside it, and again with no network (docker/test-image.sh).
test-image:
	nice bash docker/test-image.sh

# In make test: the image test where a container engine is usable, else a plain line saying so.
# SKIP_IMAGE_TEST=1 leaves it out.
test-image-if-engine:
	@if [ -n "$(SKIP_IMAGE_TEST)" ]; then echo "[test-image] SKIPPED: SKIP_IMAGE_TEST is set"; \
	elif ! bash docker/engine.sh >/dev/null; then \
		echo "[test-image] SKIPPED: no usable container engine (Docker daemon or podman): the image was not built or tested"; \
	else nice bash docker/test-image.sh; fi

# Binder's build, for real: repo2docker (pinned, own venv) through Docker or podman (docker/test-binder.sh).
.PHONY: test-binder test-hub
test-binder:
	bash docker/test-binder.sh

# A class on JupyterHub: two learners, dummy authenticator, DockerSpawner from the course image
# through the engine's socket, a cell each, separate files (hub/check-class.sh).
test-hub:
	bash hub/check-class.sh
