package postgres

import (
	"context"
	"encoding/json"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"pianoperformance/model"
)

// The server tells every open window what changed (migrations/0001:
// registra_chiave sends {"p", "t", "r", "u"} on the channel
// piano_modifiche at each commit). Watch listens on a connection of its
// own, gathers the notices of a short moment into one change, and leaves
// out those of this store's own connections (the window already read back
// what it wrote). When the connection is lost it says so, tries again
// with growing pauses, and once back asks for the whole plan to be read
// again, since what others did meanwhile is unknown.

// gather is how long notices are gathered before a change is sent: a
// save of many rows arrives as many notices.
const gather = 50 * time.Millisecond

type watchers struct {
	wg sync.WaitGroup
}

func (w *watchers) wait() { w.wg.Wait() }

type notice struct {
	Plan int64  `json:"p"`
	Kind string `json:"t"`
	Rif  int64  `json:"r"`
	Who  string `json:"u"`
}

// Watch calls fn with the changes others make to the plan, from a
// goroutine of its own, until stop is called or the store closed.
// The first connection is made before Watch returns, so no change made
// after it is missed.
func (s *Store) Watch(fn func(model.Change)) (stop func()) {
	ctx, cancel := context.WithCancel(s.ctx)
	first, err := s.listenConn(ctx)
	s.watch.wg.Add(1)
	go func() {
		defer s.watch.wg.Done()
		s.listen(ctx, fn, first, err)
	}()
	return cancel
}

func (s *Store) listen(ctx context.Context, fn func(model.Change), conn *pgx.Conn, err error) {
	pause := 200 * time.Millisecond
	lost := false
	for ctx.Err() == nil {
		if conn == nil && err == nil {
			conn, err = s.listenConn(ctx)
		}
		if err == nil {
			if lost {
				fn(model.Change{Scope: model.Scope{Parts: model.AllParts}, Link: model.LinkBack, When: time.Now()})
				lost = false
			}
			pause = 200 * time.Millisecond
			err = s.receive(ctx, conn, fn)
			conn.Close(context.Background())
		}
		conn, err = nil, nil
		if ctx.Err() != nil {
			return
		}
		if !lost {
			fn(model.Change{Link: model.LinkLost, When: time.Now()})
			lost = true
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(pause):
		}
		pause = min(pause*2, 5*time.Second)
	}
}

func (s *Store) listenConn(ctx context.Context) (*pgx.Conn, error) {
	ctx, cancel := context.WithTimeout(ctx, connectTimeout)
	defer cancel()
	c, err := s.pool.Acquire(ctx)
	if err != nil {
		return nil, err
	}
	cfg := c.Conn().Config().Copy()
	c.Release()
	cfg.OnNotification = nil // the copy would hand them to the pool's connection
	conn, err := pgx.ConnectConfig(ctx, cfg)
	if err != nil {
		return nil, err
	}
	if _, err := conn.Exec(ctx, "LISTEN piano_modifiche"); err != nil {
		conn.Close(context.Background())
		return nil, err
	}
	return conn, nil
}

// receive turns notices into changes until the connection fails or ctx
// ends. A goroutine waits on the connection; this one gathers.
func (s *Store) receive(ctx context.Context, conn *pgx.Conn, fn func(model.Change)) error {
	notes := make(chan *pgconn.Notification)
	failed := make(chan error, 1)
	done := make(chan struct{})
	defer close(done)
	go func() {
		for {
			n, err := conn.WaitForNotification(ctx)
			if err != nil {
				failed <- err
				return
			}
			select {
			case notes <- n:
			case <-done:
				return
			}
		}
	}()
	names := map[string]string{}
	for {
		var ch model.Change
		select {
		case n := <-notes:
			s.add(&ch, n.PID, n.Payload)
		case err := <-failed:
			return err
		}
		timer := time.NewTimer(gather)
	gathering:
		for {
			select {
			case n := <-notes:
				s.add(&ch, n.PID, n.Payload)
			case <-timer.C:
				break gathering
			case err := <-failed:
				timer.Stop()
				return err
			}
		}
		if ch.Scope.Empty() {
			continue
		}
		if name, ok := names[ch.Who]; ok {
			ch.Who = name
		} else if s.pool.QueryRow(ctx, "SELECT coalesce(nullif(nome, ''), login) FROM utente WHERE login = $1", ch.Who).Scan(&name) == nil {
			names[ch.Who], ch.Who = name, name
		}
		ch.When = time.Now()
		fn(ch)
	}
}

// add puts a notice about this plan, from someone else, into ch.
func (s *Store) add(ch *model.Change, pid uint32, payload string) {
	var n notice
	if json.Unmarshal([]byte(payload), &n) != nil || n.Plan != s.id {
		return
	}
	s.mu.Lock()
	own := s.pids[pid]
	s.mu.Unlock()
	if own {
		return
	}
	sc := model.Scope{Parts: model.AllParts}
	if n.Kind != "*" {
		sc = scopeOf(n.Kind, n.Rif)
	}
	ch.Scope = ch.Scope.Join(sc)
	if ch.Who == "" {
		ch.Who = n.Who
	}
}
