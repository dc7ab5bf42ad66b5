# The two commands a newcomer types are `make run` and `make test`; each
# installs the system packages it needs first.
GO        ?= go
TAGS      := $(shell . scripts/tags.sh && echo $$TAGS)
BUILD     := build
VERSION   := $(shell sed -n 's/^ *Version *= *"\(.*\)"/\1/p' FyneApp.toml)

.PHONY: run test soak build cli bench-cli bench-ciclo bench-window bench-server windows windows-smoke screenshots bench clean

run:
	scripts/setup.sh build
	$(GO) run -tags $(TAGS) . -esempio

# The race detector runs with every test: the window's tests included.
test:
	scripts/setup.sh test
	$(GO) vet -tags $(TAGS) ./...
	$(GO) test -race -tags $(TAGS) -count=1 -timeout 30m ./...

# The randomised tests at length, one go test per line: thousands of seeded
# power cuts per journal mode, and thousands of random sequences of the
# window's operations (make test runs a few hundred of each).
soak:
	scripts/setup.sh test
	$(GO) test -tags $(TAGS) -count=1 -timeout 60m -run 'TestPowerCutLosesNothingSaved' ./model/sqlite -powercut.runs=2500
	$(GO) test -tags $(TAGS) -count=1 -timeout 30m -run TestModelSessionEqualsFile ./ui/session -args -modello.durata=5m

build:
	scripts/setup.sh build
	$(GO) build -tags $(TAGS) -o $(BUILD)/pianoperformance .

cli:
	$(GO) build -ldflags "-X main.version=$(VERSION)" -o $(BUILD)/piano ./cmd/piano

bench-cli:
	scripts/setup.sh test
	scripts/bench-cli.sh

bench-ciclo:
	scripts/setup.sh test
	scripts/bench-ciclo.sh

bench-window:
	scripts/setup.sh test
	scripts/bench-window.sh

# The database server: opening the large plan, a change seen in a second
# window, and 20 people writing at once for a minute (docs/benchmark-server.md).
bench-server:
	scripts/setup.sh test
	$(GO) test -tags $(TAGS) -count=1 -run '^$$' -bench . -benchtime 20x ./model/postgres
	$(GO) test -tags $(TAGS) -count=1 -run TestConcurrentWritersLoseNothing -v ./ui/session -args -concorrenti.durata=60s

windows:
	scripts/setup.sh windows
	packaging/windows/build.sh

# Every step of the smoke test has its own time limit; this one is the last
# guard, so that nothing can hold CI up for good.
windows-smoke:
	scripts/setup.sh windows
	timeout -k 1m 40m packaging/windows/smoke.sh || { rc=$$?; [ $$rc != 124 ] || echo "windows/smoke: interrotto dopo 40 minuti" >&2; exit $$rc; }

screenshots:
	scripts/setup.sh test
	scripts/screenshots.sh

bench:
	scripts/setup.sh test
	$(GO) test -tags $(TAGS) -run '^$$' -bench . -benchmem ./...

clean:
	rm -rf $(BUILD)
