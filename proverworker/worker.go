// Package proverworker is `zkrollup prover`: a stateless worker that dials
// the node's prover server, registers, takes one job at a time, proves it
// with heartbeats, and returns the proof. It fetches missing keys from the
// server (checked against their SHA-256), reconnects with backoff, and on
// shutdown hands its job back. It imports no database code.
package proverworker

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"

	"github.com/zkrollup/zkrollup/keys"
	"github.com/zkrollup/zkrollup/prover"
	"github.com/zkrollup/zkrollup/proverpb"
	"github.com/zkrollup/zkrollup/rollup"
)

// Config is a worker's configuration.
type Config struct {
	Server     string // host:port of the prover server
	Name       string // shown in the server's logs (default: host name)
	Profile    string // key profile: test, dev or prod
	Params     rollup.Params
	KeysDir    string
	MaxBackoff time.Duration
	// Tamper, if set, changes every proof before it is sent (tests of the
	// server's verification only).
	Tamper func([]byte) []byte
}

// ErrRejected means the server refused the worker (wrong keys, say):
// reconnecting would not help.
var ErrRejected = errors.New("the prover server rejected this worker")

// Run works until ctx ends (then returns nil) or the server rejects it.
func Run(ctx context.Context, cfg Config, log *slog.Logger) error {
	if cfg.Name == "" {
		cfg.Name, _ = os.Hostname()
	}
	var err error
	if !keys.HasLadder(cfg.Params, cfg.KeysDir) {
		log.Info("no keys here: fetching them from the prover server", "dir", cfg.KeysDir)
		if err := FetchKeys(ctx, cfg.Server, cfg.KeysDir); err != nil {
			return err
		}
	}
	// the keys say which block circuit the node proves: calldata or blob
	// mode, typed slots or not (a new deployment's mode depends on its L1)
	if cfg.Params, err = keys.ModeOf(cfg.Params, cfg.KeysDir); err != nil {
		return err
	}
	ladder, err := keys.BlockLadder(ctx, cfg.Params, cfg.KeysDir, nil)
	if err != nil {
		return err
	}
	sum, err := keys.LadderSum(cfg.Params, cfg.KeysDir)
	if err != nil {
		return err
	}
	w := &worker{cfg: cfg, keys: ladder, pkSum: sum, log: log, boot: bootID()}
	backoff := time.Second
	for {
		registered, err := w.session(ctx)
		if ctx.Err() != nil {
			return nil
		}
		if errors.Is(err, ErrRejected) {
			return err
		}
		if registered {
			backoff = time.Second
		}
		log.Warn("prover session ended; reconnecting", "err", err, "in", backoff)
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(backoff):
		}
		backoff = min(backoff*2, cfg.MaxBackoff)
	}
}

type worker struct {
	cfg   Config
	keys  *keys.Ladder
	pkSum string
	log   *slog.Logger
	boot  string
}

func bootID() string {
	var b [8]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// session is one connection: register, then jobs until it breaks.
func (w *worker) session(ctx context.Context) (registered bool, err error) {
	conn, err := grpc.NewClient(w.cfg.Server, grpc.WithTransportCredentials(insecure.NewCredentials()),
		grpc.WithDefaultCallOptions(grpc.MaxCallRecvMsgSize(64<<20), grpc.MaxCallSendMsgSize(64<<20)))
	if err != nil {
		return false, err
	}
	defer conn.Close()
	sctx, cancel := context.WithCancel(context.Background()) // outlives ctx so a job can be handed back
	defer cancel()
	stream, err := proverpb.NewProverClient(conn).Connect(sctx)
	if err != nil {
		return false, err
	}
	var mem runtime.MemStats
	runtime.ReadMemStats(&mem)
	if err := stream.Send(&proverpb.WorkerMessage{Msg: &proverpb.WorkerMessage_Register{Register: &proverpb.Register{
		Name: w.cfg.Name, BootId: w.boot, Cores: uint32(runtime.NumCPU()), MemoryBytes: mem.Sys,
		KeyProfile: w.cfg.Profile, KeySha256: w.pkSum}}}); err != nil {
		return false, err
	}
	first, err := stream.Recv()
	if err != nil {
		return false, err
	}
	if r := first.GetRejected(); r != nil {
		return false, fmt.Errorf("%w: %s", ErrRejected, r.Reason)
	}
	reg := first.GetRegistered()
	if reg == nil {
		return false, errors.New("the server did not confirm the registration")
	}
	heartbeat := time.Duration(max(reg.HeartbeatMs, 100)) * time.Millisecond
	w.log.Info("registered with the prover server", "server", w.cfg.Server, "boot_id", w.boot)

	jobs := make(chan *proverpb.ServerMessage)
	recvErr := make(chan error, 1)
	go func() {
		for {
			m, err := stream.Recv()
			if err != nil {
				recvErr <- err
				return
			}
			jobs <- m
		}
	}()
	for {
		if err := stream.Send(&proverpb.WorkerMessage{Msg: &proverpb.WorkerMessage_Ready{Ready: &proverpb.Ready{}}}); err != nil {
			return true, err
		}
		var job *proverpb.Job
		select {
		case <-ctx.Done():
			_ = stream.CloseSend()
			return true, nil
		case err := <-recvErr:
			return true, err
		case m := <-jobs:
			if r := m.GetRejected(); r != nil {
				return true, fmt.Errorf("%w: %s", ErrRejected, r.Reason)
			}
			if job = m.GetJob(); job == nil {
				return true, errors.New("expected a job")
			}
		}
		if err := w.prove(ctx, stream, job, heartbeat, recvErr); err != nil {
			return true, err
		}
		if ctx.Err() != nil {
			// Let the server read the hand-back before the stream goes:
			// close our side and wait for it to close its own.
			_ = stream.CloseSend()
			select {
			case <-recvErr:
			case <-time.After(5 * time.Second):
			}
			return true, nil
		}
	}
}

// prove proves one job, sending heartbeats meanwhile; when ctx ends first
// it hands the job back with a Failure.
func (w *worker) prove(ctx context.Context, stream proverpb.Prover_ConnectClient, job *proverpb.Job, heartbeat time.Duration, recvErr chan error) error {
	start := time.Now()
	w.log.Info("proving", "block", job.JobId)
	type result struct {
		proof []byte
		err   error
	}
	done := make(chan result, 1)
	go func() {
		var out bytes.Buffer
		set, _, err := w.keys.ForWitness(job.Witness)
		if err == nil {
			err = prover.Prove(set.CCS, set.PK, bytes.NewReader(job.Witness), &out)
		}
		done <- result{out.Bytes(), err}
	}()
	t := time.NewTicker(heartbeat)
	defer t.Stop()
	for {
		select {
		case r := <-done:
			if r.err != nil {
				w.log.Warn("proof failed", "block", job.JobId, "err", r.err)
				return stream.Send(&proverpb.WorkerMessage{Msg: &proverpb.WorkerMessage_Failure{Failure: &proverpb.Failure{JobId: job.JobId, Reason: r.err.Error()}}})
			}
			proof := r.proof
			if w.cfg.Tamper != nil {
				proof = w.cfg.Tamper(proof)
			}
			w.log.Info("proved", "block", job.JobId, "took", time.Since(start).Round(time.Millisecond))
			return stream.Send(&proverpb.WorkerMessage{Msg: &proverpb.WorkerMessage_Result{Result: &proverpb.Result{JobId: job.JobId, Proof: proof}}})
		case <-t.C:
			if err := stream.Send(&proverpb.WorkerMessage{Msg: &proverpb.WorkerMessage_Heartbeat{Heartbeat: &proverpb.Heartbeat{JobId: job.JobId}}}); err != nil {
				return err
			}
		case err := <-recvErr:
			return err
		case <-ctx.Done():
			w.log.Info("shutting down: handing the job back", "block", job.JobId)
			return stream.Send(&proverpb.WorkerMessage{Msg: &proverpb.WorkerMessage_Failure{Failure: &proverpb.Failure{JobId: job.JobId, Reason: "worker shutting down"}}})
		}
	}
}

// FetchKeys downloads the server's key files into dir, checking each
// against the SHA-256 the server sends; the manifest is written last.
func FetchKeys(ctx context.Context, server, dir string) error {
	conn, err := grpc.NewClient(server, grpc.WithTransportCredentials(insecure.NewCredentials()),
		grpc.WithDefaultCallOptions(grpc.MaxCallRecvMsgSize(64<<20)))
	if err != nil {
		return err
	}
	defer conn.Close()
	stream, err := proverpb.NewProverClient(conn).Keys(ctx, &proverpb.KeysRequest{})
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	files := map[string]*bytes.Buffer{}
	sums := map[string]string{}
	var order []string
	for {
		c, err := stream.Recv()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return fmt.Errorf("fetch keys from %s: %w", server, err)
		}
		if _, ok := files[c.Name]; !ok {
			files[c.Name], sums[c.Name] = &bytes.Buffer{}, c.Sha256
			order = append(order, c.Name)
		}
		files[c.Name].Write(c.Data)
	}
	for _, name := range order { // every file checked before any is written
		if _, err := keyPath(dir, name); err != nil {
			return err
		}
		sum := sha256.Sum256(files[name].Bytes())
		if hex.EncodeToString(sum[:]) != sums[name] {
			return fmt.Errorf("fetched %s does not match its SHA-256: not using it", name)
		}
	}
	for _, name := range order { // each manifest.json comes after its keys from the server
		path, err := keyPath(dir, name)
		if err != nil {
			return err
		}
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(path, files[name].Bytes(), 0o600); err != nil {
			return err
		}
	}
	return nil
}

// keyPath places a fetched key file under dir: a key file's name, alone or
// in a shape's "<slots>-slots/" directory; anything else is refused, so a
// server cannot write elsewhere.
func keyPath(dir, name string) (string, error) {
	sub, base, found := strings.Cut(name, "/")
	if !found {
		sub, base = "", name
	}
	okBase := base == "block.pk" || base == "block.vk" || base == "manifest.json"
	n, okSub := strings.CutSuffix(sub, "-slots")
	if okSub {
		_, err := strconv.ParseUint(n, 10, 16)
		okSub = err == nil && n != "" && n[0] != '0'
	}
	if !okBase || (found && !okSub) {
		return "", fmt.Errorf("the prover server sent a key file named %q: not a key file", name)
	}
	return filepath.Join(dir, sub, base), nil
}
