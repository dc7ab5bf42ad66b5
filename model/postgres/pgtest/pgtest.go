// Package pgtest starts a throwaway PostgreSQL cluster for the tests: the
// server of Debian's postgresql package, in a temporary folder, on a free
// port of 127.0.0.1 and a Unix socket in that folder, stopped and removed
// when the tests end. One cluster serves a whole test binary (see Main);
// each test takes a database of its own (Database).
//
// PostgreSQL refuses to run as root: the cluster is then made and run as
// the "postgres" user, who owns its folder. The server is a child of the
// test process and is told to stop if that process dies, so a killed test
// leaves no server behind.
package pgtest

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// Cluster is a running throwaway server.
type Cluster struct {
	dir  string // the temporary folder: data/, the socket
	Port int
	cmd  *exec.Cmd
	exit chan error
	// Super is the superuser's name (the OS user who made the cluster).
	Super string
	seq   atomic.Int64
}

// Bin finds the folder of PostgreSQL's server programs: the newest under
// /usr/lib/postgresql (Debian), else the one pg_config names, else $PATH.
func Bin() (string, error) {
	if dirs, _ := filepath.Glob("/usr/lib/postgresql/*/bin"); len(dirs) > 0 {
		sort.Slice(dirs, func(i, j int) bool { return version(dirs[i]) > version(dirs[j]) })
		return dirs[0], nil
	}
	if out, err := exec.Command("pg_config", "--bindir").Output(); err == nil {
		return strings.TrimSpace(string(out)), nil
	}
	if p, err := exec.LookPath("initdb"); err == nil {
		return filepath.Dir(p), nil
	}
	return "", errors.New("PostgreSQL non è installato (pacchetto Debian «postgresql»: scripts/setup.sh test)")
}

func version(binDir string) int {
	n, _ := strconv.Atoi(filepath.Base(filepath.Dir(binDir)))
	return n
}

// Start makes a cluster in a new temporary folder and starts it.
func Start() (*Cluster, error) {
	bin, err := Bin()
	if err != nil {
		return nil, err
	}
	sweep()
	dir, err := os.MkdirTemp(scratch(), "pgtest-")
	if err != nil {
		return nil, err
	}
	c := &Cluster{dir: dir, exit: make(chan error, 1)}
	ok := false
	defer func() {
		if !ok {
			os.RemoveAll(dir)
		}
	}()
	cred, super, err := runAs(dir)
	if err != nil {
		return nil, err
	}
	c.Super = super
	data := filepath.Join(dir, "data")
	initdb := exec.Command(filepath.Join(bin, "initdb"), "-D", data, "-U", super, "--auth=trust",
		"--encoding=UTF8", "--locale=C", "--no-sync")
	initdb.SysProcAttr = cred.attr(false)
	initdb.Dir = dir
	if out, err := initdb.CombinedOutput(); err != nil {
		return nil, fmt.Errorf("initdb: %v\n%s", err, out)
	}
	// Users of the tests sign in with a password over TCP, as the program
	// does; the tests' superuser comes in through the socket.
	hba := "local all all trust\nhost all " + super + " 127.0.0.1/32 trust\nhost all all 127.0.0.1/32 scram-sha-256\n"
	if err := os.WriteFile(filepath.Join(data, "pg_hba.conf"), []byte(hba), 0o600); err != nil {
		return nil, err
	}
	if err := cred.chown(filepath.Join(data, "pg_hba.conf")); err != nil {
		return nil, err
	}
	if c.Port, err = freePort(); err != nil {
		return nil, err
	}
	args := []string{"-D", data, "-p", strconv.Itoa(c.Port), "-k", dir,
		"-c", "listen_addresses=127.0.0.1", "-c", "max_connections=300", "-c", "shared_buffers=32MB",
		"-c", "log_min_messages=fatal", "-c", "logging_collector=off"}
	if !durable() {
		args = append(args, "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off")
	}
	c.cmd = exec.Command(filepath.Join(bin, "postgres"), args...)
	// Stop (smart shutdown) if the test process dies without stopping us.
	c.cmd.SysProcAttr = cred.attr(true)
	c.cmd.Dir = dir
	logf, err := os.Create(filepath.Join(dir, "server.log"))
	if err != nil {
		return nil, err
	}
	c.cmd.Stdout, c.cmd.Stderr = logf, logf
	if err := c.cmd.Start(); err != nil {
		logf.Close()
		return nil, fmt.Errorf("avvio di postgres: %v", err)
	}
	go func() { c.exit <- c.cmd.Wait(); logf.Close() }()
	if err := c.waitReady(30 * time.Second); err != nil {
		c.Stop()
		log, _ := os.ReadFile(filepath.Join(dir, "server.log"))
		return nil, fmt.Errorf("%v\n%s", err, log)
	}
	ok = true
	return c, nil
}

// durable tells whether the cluster must write to the disk as a real
// server does (PGTEST_DURABILE=1, for measurements): on the disk, with
// every commit flushed. Otherwise a throwaway server need not reach the
// disk at all.
func durable() bool { return os.Getenv("PGTEST_DURABILE") == "1" }

// scratch is where the cluster goes: a memory-backed folder when the
// system has one (making a database there takes a fraction of the time),
// else the usual temporary folder; the disk when durable.
func scratch() string {
	if durable() {
		return ""
	}
	if fi, err := os.Stat("/dev/shm"); err == nil && fi.IsDir() {
		if f, err := os.CreateTemp("/dev/shm", "pgtest-probe-"); err == nil {
			f.Close()
			os.Remove(f.Name())
			return "/dev/shm"
		}
	}
	return ""
}

// sweep removes the folders of clusters left behind by test processes
// that died without stopping theirs (a panic skips TestMain's end): the
// server died with them; its folder, in memory, would stay. A folder is
// left alone while its server runs, or when it is too young to have one.
func sweep() {
	dirs, _ := filepath.Glob(filepath.Join(os.TempDir(), "pgtest-*"))
	more, _ := filepath.Glob(filepath.Join(scratch(), "pgtest-*"))
	for _, d := range append(dirs, more...) {
		fi, err := os.Stat(d)
		if err != nil || time.Since(fi.ModTime()) < 10*time.Minute {
			continue
		}
		if b, err := os.ReadFile(filepath.Join(d, "data", "postmaster.pid")); err == nil {
			pid, _ := strconv.Atoi(strings.SplitN(string(b), "\n", 2)[0])
			if pid > 0 && alive(pid) {
				continue
			}
		}
		os.RemoveAll(d)
	}
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// waitReady waits until the server takes connections, or it exits.
func (c *Cluster) waitReady(limit time.Duration) error {
	deadline := time.Now().Add(limit)
	for {
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		conn, err := pgx.Connect(ctx, c.URL("postgres"))
		cancel()
		if err == nil {
			conn.Close(context.Background())
			return nil
		}
		select {
		case e := <-c.exit:
			c.exit <- e
			return fmt.Errorf("postgres è terminato all'avvio: %v", e)
		case <-time.After(50 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("postgres non risponde dopo %v: %v", limit, err)
		}
	}
}

// URL is the superuser's address of database db, through the socket.
func (c *Cluster) URL(db string) string {
	return fmt.Sprintf("postgres://%s@/%s?host=%s&port=%d&sslmode=disable", c.Super, db, c.dir, c.Port)
}

// Socket is the folder of the server's Unix socket.
func (c *Cluster) Socket() string { return c.dir }

// TCP is the address of database db for user over TCP, as the program
// connects (no password in it).
func (c *Cluster) TCP(user, db string) string {
	return fmt.Sprintf("postgres://%s@127.0.0.1:%d/%s?sslmode=disable", user, c.Port, db)
}

// Stop shuts the server down at once and removes its folder.
func (c *Cluster) Stop() {
	if c.cmd != nil && c.cmd.Process != nil {
		_ = c.cmd.Process.Signal(quit) // immediate shutdown
		select {
		case <-c.exit:
		case <-time.After(30 * time.Second):
			_ = c.cmd.Process.Kill()
		}
	}
	os.RemoveAll(c.dir)
}

// Restart stops the server (as a power cut would, without a clean
// shutdown) and starts it again on the same port and data: the tests of
// connection trouble use it. stopped runs while the server is down.
func (c *Cluster) Restart(stopped func()) error {
	_ = c.cmd.Process.Signal(quit)
	<-c.exit
	if stopped != nil {
		stopped()
	}
	args := c.cmd.Args
	cmd := exec.Command(args[0], args[1:]...)
	cmd.SysProcAttr, cmd.Dir, cmd.Stdout, cmd.Stderr = c.cmd.SysProcAttr, c.cmd.Dir, nil, nil
	if err := cmd.Start(); err != nil {
		return err
	}
	c.cmd = cmd
	go func() { c.exit <- cmd.Wait() }()
	return c.waitReady(30 * time.Second)
}

// Database makes a fresh, empty database for t, dropped when t ends, and
// returns its name.
func (c *Cluster) Database(t testing.TB) string {
	t.Helper()
	name := fmt.Sprintf("t%d_%d", os.Getpid(), c.seq.Add(1))
	c.Exec(t, "postgres", "CREATE DATABASE "+name)
	t.Cleanup(func() {
		ctx := context.Background()
		conn, err := pgx.Connect(ctx, c.URL("postgres"))
		if err != nil {
			return
		}
		defer conn.Close(ctx)
		_, _ = conn.Exec(ctx, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)")
	})
	return name
}

// Exec runs SQL as the superuser on database db, failing t on error.
func (c *Cluster) Exec(t testing.TB, db, sql string, args ...any) {
	t.Helper()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, c.URL(db))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, sql, args...); err != nil {
		t.Fatalf("%s: %v", sql, err)
	}
}

// Main runs a test binary's tests with a cluster started first and
// stopped after: call it from TestMain.
//
//	var cluster *pgtest.Cluster
//	func TestMain(m *testing.M) { pgtest.Main(m, &cluster) }
func Main(m *testing.M, c **Cluster) {
	cl, err := Start()
	if err != nil {
		fmt.Fprintln(os.Stderr, "pgtest:", err)
		os.Exit(1)
	}
	*c = cl
	code := m.Run()
	cl.Stop()
	os.Exit(code)
}
