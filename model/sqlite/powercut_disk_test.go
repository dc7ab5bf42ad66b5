package sqlite

// A simulated disk for the power-cut test: an SQLite VFS (registered with
// go-sqlite3 through psanford/sqlite3vfs) that keeps every file in memory
// twice, as the program sees it (the OS cache) and as the platter holds it
// (what the last sync made durable), and records every write, truncation,
// creation and deletion since. At the chosen moment the power goes: every
// later call fails, and crashImage builds what a reboot would find.
//
// It mirrors the durability rules of SQLite's unix VFS, which the program
// uses: a sync makes the file's content durable; a newly created journal or
// WAL also gets its folder synced at its first sync; a deletion is durable
// only when SQLite asks for the folder to be synced (syncDir). It reports
// 4096-byte sectors and power-safe overwrite, as that VFS does.

import (
	"errors"
	"io"
	"maps"
	"math/rand"
	"os"
	"slices"
	"sync"
	"time"

	"github.com/psanford/sqlite3vfs"
)

const simSector = 4096

// simFile is one file: its cached content, its durable content and the
// changes made since the last sync.
type simFile struct {
	cur, durable []byte
	pending      []simOp
	// dirSync: the unix VFS syncs the folder at the first sync of a journal
	// or WAL it created, so that the new name survives a power cut.
	dirSync bool
}

// simOp is an unsynced change: a write at off, or a truncation to size.
type simOp struct {
	off      int64
	data     []byte
	truncate bool
	size     int64
}

// simDisk is the folder of one run: names to files, as seen and as durable.
type simDisk struct {
	mu         sync.Mutex
	dir        map[string]*simFile
	durableDir map[string]*simFile
	ops        int // mutating calls so far
	cutAt      int // the mutating call that never happens: the power goes
	dead       bool
	image      map[string][]byte // what the disk holds after the cut
	rng        *rand.Rand
	policy     cutPolicy
}

// cutPolicy is how the cut treats unsynced changes.
type cutPolicy int

const (
	loseAll cutPolicy = iota // nothing unsynced reached the platter
	keepAll                  // everything did
	mixed                    // any subset, torn sectors, garbage
)

func (p cutPolicy) String() string { return [...]string{"perde tutto", "tiene tutto", "misto"}[p] }

var errPowerCut = errors.New("corrente mancata")

// loadFile puts a real file on the simulated disk as durable content.
func (d *simDisk) loadFile(path string) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	f := &simFile{cur: b, durable: slices.Clone(b)}
	d.dir[path], d.durableDir[path] = f, f
	return nil
}

// tick counts a mutating call; the cutAt-th one cuts the power instead.
// Callers hold d.mu.
func (d *simDisk) tick() error {
	if d.dead {
		return errPowerCut
	}
	d.ops++
	if d.ops == d.cutAt {
		d.cut()
		return errPowerCut
	}
	return nil
}

// cut freezes what the platter holds now.
func (d *simDisk) cut() {
	if d.dead {
		return
	}
	d.dead = true
	d.image = map[string][]byte{}
	names := slices.Sorted(maps.Keys(d.dir))
	for n := range d.durableDir {
		if d.dir[n] == nil {
			names = append(names, n)
		}
	}
	slices.Sort(names)
	for _, n := range names {
		f, df := d.dir[n], d.durableDir[n]
		// A creation or deletion not yet synced into the folder may or may
		// not have reached the disk.
		if f != df && d.choose() == 0 {
			f = df
		}
		if f != nil {
			d.image[n] = d.afterCut(f)
		}
	}
}

// choose is 0 (as durable), 1 (as written) or 2 (garbage), by the policy.
func (d *simDisk) choose() int {
	switch d.policy {
	case loseAll:
		return 0
	case keepAll:
		return 1
	}
	r := d.rng.Intn(10)
	switch {
	case r < 4:
		return 0
	case r < 9:
		return 1
	}
	return 2
}

// afterCut is the content of f after the cut: its durable bytes with each
// unsynced change applied or not, sector by sector, or overwritten with
// garbage. Power-safe overwrite: bytes outside a write are never touched.
func (d *simDisk) afterCut(f *simFile) []byte {
	img := slices.Clone(f.durable)
	for _, op := range f.pending {
		if op.truncate {
			if d.choose() != 0 {
				img = resize(img, op.size)
			}
			continue
		}
		for off := op.off; off < op.off+int64(len(op.data)); {
			end := min((off/simSector+1)*simSector, op.off+int64(len(op.data)))
			switch d.choose() {
			case 1:
				img = writeAt(img, op.data[off-op.off:end-op.off], off)
			case 2:
				junk := make([]byte, end-off)
				d.rng.Read(junk)
				img = writeAt(img, junk, off)
			}
			off = end
		}
	}
	return img
}

func resize(b []byte, size int64) []byte {
	if int64(len(b)) >= size {
		return b[:size]
	}
	return append(b, make([]byte, size-int64(len(b)))...)
}

func writeAt(b, p []byte, off int64) []byte {
	if end := off + int64(len(p)); int64(len(b)) < end {
		b = resize(b, end)
	}
	copy(b[off:], p)
	return b
}

func (d *simDisk) syncDir() { d.durableDir = maps.Clone(d.dir) }

// The VFS. Only one simDisk is active at a time: the power-cut runs are
// sequential.

var (
	vfsOnce    sync.Once
	activeDisk struct {
		sync.Mutex
		d *simDisk
	}
)

const simVFSName = "taglio-corrente"

func registerSimVFS() error {
	var err error
	vfsOnce.Do(func() { err = sqlite3vfs.RegisterVFS(simVFSName, simVFS{}) })
	return err
}

func useDisk(d *simDisk) {
	activeDisk.Lock()
	activeDisk.d = d
	activeDisk.Unlock()
}

func disk() *simDisk {
	activeDisk.Lock()
	defer activeDisk.Unlock()
	return activeDisk.d
}

type simVFS struct{}

func (simVFS) Open(name string, flags sqlite3vfs.OpenFlag) (sqlite3vfs.File, sqlite3vfs.OpenFlag, error) {
	d := disk()
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.dead {
		return nil, 0, sqlite3vfs.CantOpenError
	}
	if name == "" || flags&sqlite3vfs.OpenDeleteOnClose != 0 {
		// Temporary files never need to survive.
		return &simHandle{d: d, f: &simFile{}, temp: true}, flags, nil
	}
	f := d.dir[name]
	if f == nil {
		if flags&sqlite3vfs.OpenCreate == 0 {
			return nil, 0, sqlite3vfs.CantOpenError
		}
		if err := d.tick(); err != nil {
			return nil, 0, sqlite3vfs.CantOpenError
		}
		f = &simFile{dirSync: flags&(sqlite3vfs.OpenMainJournal|sqlite3vfs.OpenWAL|sqlite3vfs.OpenSuperJournal) != 0}
		d.dir[name] = f
	}
	return &simHandle{d: d, f: f}, flags, nil
}

func (simVFS) Delete(name string, dirSync bool) error {
	d := disk()
	d.mu.Lock()
	defer d.mu.Unlock()
	if err := d.tick(); err != nil {
		return sqlite3vfs.IOError
	}
	if d.dir[name] == nil {
		return sqlite3vfs.IOError // SQLITE_IOERR_DELETE_NOENT is tolerated as an error
	}
	delete(d.dir, name)
	if dirSync {
		d.syncDir()
	}
	return nil
}

func (simVFS) Access(name string, flags sqlite3vfs.AccessFlag) (bool, error) {
	d := disk()
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.dead {
		return false, sqlite3vfs.IOError
	}
	// As the unix VFS: an empty file does not count as existing.
	f := d.dir[name]
	return f != nil && (flags != sqlite3vfs.AccessExists || len(f.cur) > 0), nil
}

func (simVFS) FullPathname(name string) string { return name }

// Randomness is seeded too, so that a run replays byte for byte.
func (simVFS) Randomness(p []byte) int {
	d := disk()
	d.mu.Lock()
	defer d.mu.Unlock()
	n, _ := d.rng.Read(p)
	return n
}

func (simVFS) Sleep(time.Duration) {}

func (simVFS) CurrentTime() time.Time { return time.Now() }

type simHandle struct {
	d    *simDisk
	f    *simFile
	temp bool
}

func (h *simHandle) Close() error { return nil }

func (h *simHandle) ReadAt(p []byte, off int64) (int, error) {
	h.d.mu.Lock()
	defer h.d.mu.Unlock()
	if h.d.dead && !h.temp {
		return 0, sqlite3vfs.IOErrorRead
	}
	if off >= int64(len(h.f.cur)) {
		return 0, io.EOF
	}
	n := copy(p, h.f.cur[off:])
	if n < len(p) {
		return n, io.EOF
	}
	return n, nil
}

func (h *simHandle) WriteAt(p []byte, off int64) (int, error) {
	h.d.mu.Lock()
	defer h.d.mu.Unlock()
	if !h.temp {
		if err := h.d.tick(); err != nil {
			return 0, err
		}
		h.f.pending = append(h.f.pending, simOp{off: off, data: slices.Clone(p)})
	}
	h.f.cur = writeAt(h.f.cur, p, off)
	return len(p), nil
}

func (h *simHandle) Truncate(size int64) error {
	h.d.mu.Lock()
	defer h.d.mu.Unlock()
	if !h.temp {
		if err := h.d.tick(); err != nil {
			return err
		}
		h.f.pending = append(h.f.pending, simOp{truncate: true, size: size})
	}
	h.f.cur = resize(h.f.cur, size)
	return nil
}

func (h *simHandle) Sync(sqlite3vfs.SyncType) error {
	h.d.mu.Lock()
	defer h.d.mu.Unlock()
	if h.temp {
		return nil
	}
	if err := h.d.tick(); err != nil {
		return err
	}
	h.f.durable = slices.Clone(h.f.cur)
	h.f.pending = nil
	if h.f.dirSync {
		h.f.dirSync = false
		h.d.syncDir()
	}
	return nil
}

func (h *simHandle) FileSize() (int64, error) {
	h.d.mu.Lock()
	defer h.d.mu.Unlock()
	if h.d.dead && !h.temp {
		return 0, sqlite3vfs.IOError
	}
	return int64(len(h.f.cur)), nil
}

// One connection uses the simulated disk: locks always succeed.
func (h *simHandle) Lock(sqlite3vfs.LockType) error   { return nil }
func (h *simHandle) Unlock(sqlite3vfs.LockType) error { return nil }
func (h *simHandle) CheckReservedLock() (bool, error) { return false, nil }
func (h *simHandle) SectorSize() int64                { return simSector }
func (h *simHandle) DeviceCharacteristics() sqlite3vfs.DeviceCharacteristic {
	return sqlite3vfs.IocapPowersafeOverwrite
}
