package lifecycle

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"
)

// Service is a long-running component. Start returns once the component
// runs (ctx bounds the start only); Stop returns once it has stopped, or
// with ctx's error if it did not stop in time.
type Service interface {
	Start(ctx context.Context) error
	Stop(ctx context.Context) error
}

// Failing is a service that can stop by itself: Done is closed when it has,
// and Err then says why (nil for a stop asked by Stop).
type Failing interface {
	Done() <-chan struct{}
	Err() error
}

// ErrStarted is returned by a second Start.
var ErrStarted = errors.New("already started")

// Loop runs a driver between Start and Stop. Embed it to give a component
// the lifecycle.
type Loop struct {
	run func(context.Context) error

	mu     sync.Mutex
	cancel context.CancelFunc
	done   chan struct{}
	err    error
}

var (
	_ Service = (*Loop)(nil)
	_ Failing = (*Loop)(nil)
)

// NewLoop returns a loop that runs run from Start until Stop.
func NewLoop(run func(context.Context) error) *Loop {
	return &Loop{run: run, done: make(chan struct{})}
}

// Start starts the driver in its own goroutine, with ctx's values but not
// its cancellation: the driver runs until Stop.
func (l *Loop) Start(ctx context.Context) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.cancel != nil {
		return ErrStarted
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	rctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	l.cancel = cancel
	go func() {
		err := l.run(rctx)
		if rctx.Err() != nil && errors.Is(err, context.Canceled) {
			err = nil // stopped as asked
		}
		l.mu.Lock()
		l.err = err
		l.mu.Unlock()
		close(l.done)
	}()
	return nil
}

// Stop cancels the driver and waits until it returns or ctx ends; it
// returns the driver's error, if it failed by itself before. Stopping a loop
// that never started does nothing.
func (l *Loop) Stop(ctx context.Context) error {
	l.mu.Lock()
	cancel := l.cancel
	l.mu.Unlock()
	if cancel == nil {
		return nil
	}
	cancel()
	select {
	case <-l.done:
		return l.Err()
	case <-ctx.Done():
		return fmt.Errorf("did not stop in time: %w", ctx.Err())
	}
}

// Done is closed once the driver has returned.
func (l *Loop) Done() <-chan struct{} { return l.done }

// Err is the driver's error once Done is closed (nil after a Stop).
func (l *Loop) Err() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.err
}

// Group runs services together.
type Group struct {
	log   *slog.Logger
	names []string
	svcs  []Service
}

// NewGroup returns an empty group logging to log.
func NewGroup(log *slog.Logger) *Group { return &Group{log: log} }

// Add appends a service; services start in the order added.
func (g *Group) Add(name string, s Service) {
	g.names = append(g.names, name)
	g.svcs = append(g.svcs, s)
}

// Start starts the services in order. If one fails to start, those already
// started are stopped (in reverse, within stopCtx) and its error returned.
func (g *Group) Start(ctx, stopCtx context.Context) error {
	for i, s := range g.svcs {
		if err := s.Start(ctx); err != nil {
			serr := g.stop(stopCtx, i)
			return errors.Join(fmt.Errorf("start %s: %w", g.names[i], err), serr)
		}
		g.log.Debug("started", "component", g.names[i])
	}
	return nil
}

// Wait blocks until ctx ends or a Failing service stops by itself, and
// returns that service's failure (nil when ctx ended).
func (g *Group) Wait(ctx context.Context) error {
	failed := make(chan error, len(g.svcs))
	stop := make(chan struct{})
	defer close(stop)
	for i, s := range g.svcs {
		f, ok := s.(Failing)
		if !ok {
			continue
		}
		go func() {
			select {
			case <-f.Done():
				err := f.Err()
				if err == nil {
					err = errors.New("stopped by itself")
				}
				failed <- fmt.Errorf("%s stopped: %w", g.names[i], err)
			case <-stop:
			}
		}()
	}
	select {
	case <-ctx.Done():
		return nil
	case err := <-failed:
		return err
	}
}

// Stop stops every service in reverse order, each within ctx, and returns
// the errors joined.
func (g *Group) Stop(ctx context.Context) error { return g.stop(ctx, len(g.svcs)) }

func (g *Group) stop(ctx context.Context, n int) error {
	var errs []error
	for i := n - 1; i >= 0; i-- {
		if err := g.svcs[i].Stop(ctx); err != nil {
			errs = append(errs, fmt.Errorf("stop %s: %w", g.names[i], err))
		}
		g.log.Debug("stopped", "component", g.names[i])
	}
	return errors.Join(errs...)
}

// Every runs step at once and then every interval until ctx ends (nil) or
// step fails (its error, unless ctx has ended meanwhile). A driver that
// rides out an error logs it inside step and returns nil.
func Every(ctx context.Context, interval time.Duration, step func(context.Context) error) error {
	if interval <= 0 {
		return fmt.Errorf("lifecycle: interval %v must be positive", interval)
	}
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		if err := step(ctx); err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return err
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}
