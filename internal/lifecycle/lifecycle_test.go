package lifecycle

import (
	"context"
	"errors"
	"log/slog"
	"strings"
	"testing"
	"time"
)

// recorder is a service that records the order of starts and stops.
type recorder struct {
	name     string
	log      *[]string
	startErr error
}

func (r *recorder) Start(context.Context) error {
	*r.log = append(*r.log, "start "+r.name)
	return r.startErr
}

func (r *recorder) Stop(context.Context) error {
	*r.log = append(*r.log, "stop "+r.name)
	return nil
}

func quiet() *slog.Logger { return slog.New(slog.DiscardHandler) }

func TestGroupStopsInReverseOrder(t *testing.T) {
	var log []string
	g := NewGroup(quiet())
	for _, n := range []string{"a", "b", "c"} {
		g.Add(n, &recorder{name: n, log: &log})
	}
	ctx := context.Background()
	if err := g.Start(ctx, ctx); err != nil {
		t.Fatal(err)
	}
	if err := g.Stop(ctx); err != nil {
		t.Fatal(err)
	}
	want := []string{"start a", "start b", "start c", "stop c", "stop b", "stop a"}
	if len(log) != len(want) {
		t.Fatalf("got %v, want %v", log, want)
	}
	for i := range want {
		if log[i] != want[i] {
			t.Fatalf("got %v, want %v", log, want)
		}
	}
}

func TestGroupUndoesAFailedStart(t *testing.T) {
	var log []string
	boom := errors.New("boom")
	g := NewGroup(quiet())
	g.Add("a", &recorder{name: "a", log: &log})
	g.Add("b", &recorder{name: "b", log: &log, startErr: boom})
	g.Add("c", &recorder{name: "c", log: &log})
	ctx := context.Background()
	if err := g.Start(ctx, ctx); !errors.Is(err, boom) {
		t.Fatalf("got %v, want %v", err, boom)
	}
	want := "start a,start b,stop a"
	if got := strings.Join(log, ","); got != want {
		t.Fatalf("got %s, want %s", got, want)
	}
}

func TestLoopRunsUntilStopped(t *testing.T) {
	started := make(chan struct{})
	l := NewLoop(func(ctx context.Context) error {
		close(started)
		<-ctx.Done()
		return ctx.Err()
	})
	startCtx, cancel := context.WithCancel(context.Background())
	if err := l.Start(startCtx); err != nil {
		t.Fatal(err)
	}
	cancel() // the start's context ending does not stop the loop
	<-started
	select {
	case <-l.Done():
		t.Fatal("the loop stopped with its start context")
	default:
	}
	if err := l.Start(context.Background()); !errors.Is(err, ErrStarted) {
		t.Fatalf("second start: got %v, want %v", err, ErrStarted)
	}
	if err := l.Stop(context.Background()); err != nil {
		t.Fatalf("stop: %v", err)
	}
	<-l.Done()
	if l.Err() != nil {
		t.Fatalf("a stopped loop reports %v", l.Err())
	}
}

func TestWaitReturnsTheFirstFailure(t *testing.T) {
	boom := errors.New("boom")
	fail := NewLoop(func(context.Context) error { return boom })
	idle := NewLoop(func(ctx context.Context) error { <-ctx.Done(); return nil })
	g := NewGroup(quiet())
	g.Add("idle", idle)
	g.Add("fail", fail)
	ctx := context.Background()
	if err := g.Start(ctx, ctx); err != nil {
		t.Fatal(err)
	}
	if err := g.Wait(ctx); !errors.Is(err, boom) {
		t.Fatalf("wait: got %v, want %v", err, boom)
	}
	if err := g.Stop(ctx); !errors.Is(err, boom) { // the failed loop reports its error again
		t.Fatalf("stop: got %v, want %v", err, boom)
	}
	select {
	case <-idle.Done():
	default:
		t.Fatal("the idle loop was not stopped")
	}
}

func TestStopGivesUpWhenItsContextEnds(t *testing.T) {
	release := make(chan struct{})
	l := NewLoop(func(context.Context) error { <-release; return nil })
	if err := l.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer cancel()
	if err := l.Stop(ctx); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("got %v, want %v", err, context.DeadlineExceeded)
	}
	close(release)
	<-l.Done()
}

func TestEveryStepsUntilItsContextEndsOrAStepFails(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	err := Every(ctx, time.Millisecond, func(context.Context) error {
		if n++; n == 3 {
			cancel()
		}
		return nil
	})
	if err != nil || n != 3 {
		t.Fatalf("got %v after %d steps, want nil after 3", err, n)
	}
	boom := errors.New("boom")
	n = 0
	if err := Every(context.Background(), time.Millisecond, func(context.Context) error { n++; return boom }); !errors.Is(err, boom) || n != 1 {
		t.Fatalf("a failing step: got %v after %d steps", err, n)
	}
	if err := Every(context.Background(), 0, func(context.Context) error { return nil }); err == nil {
		t.Fatal("a zero interval was accepted")
	}
}
