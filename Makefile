# The two commands a newcomer types are `make run` and `make test`; each
# installs the system packages it needs first.
GO        ?= go
TAGS      := migrated_fynedo
BUILD     := build
VERSION   := $(shell sed -n 's/^ *Version *= *"\(.*\)"/\1/p' FyneApp.toml)

.PHONY: run test soak build cli bench-cli bench-ciclo bench-window windows windows-smoke screenshots bench clean

run:
	scripts/setup.sh build
	$(GO) run -tags $(TAGS) . -esempio

test:
	scripts/setup.sh test
	$(GO) vet -tags $(TAGS) ./...
	$(GO) test -tags $(TAGS) -count=1 ./...

# The randomised tests at length: thousands of seeded power cuts per journal
# mode (make test runs a few hundred).
soak:
	scripts/setup.sh test
	$(GO) test -tags $(TAGS) -count=1 -timeout 60m -run 'TestPowerCutLosesNothingSaved' ./model/sqlite -powercut.runs=2500

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

windows:
	scripts/setup.sh windows
	packaging/windows/build.sh

windows-smoke:
	scripts/setup.sh windows
	packaging/windows/smoke.sh

screenshots:
	scripts/setup.sh test
	scripts/screenshots.sh

bench:
	scripts/setup.sh test
	$(GO) test -tags $(TAGS) -run '^$$' -bench . -benchmem ./...

clean:
	rm -rf $(BUILD)
