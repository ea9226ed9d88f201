// Package proverserver is the node's side of the prover cluster: a gRPC
// service (proverpb) where stateless prover workers dial in and hold one
// stream each. It hands out the aggregator's proof requests from the SQL
// job queue under a lease the worker's heartbeats extend, verifies every
// proof against the verifying key and the block's commitment before
// storing it, and returns the job of a worker that fails, lies or goes
// away to the queue.
package proverserver

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"time"

	"google.golang.org/grpc"

	"github.com/zkrollup/zkrollup/keys"
	"github.com/zkrollup/zkrollup/proofqueue"
	"github.com/zkrollup/zkrollup/proverpb"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/store"
)

// Config tunes the server.
type Config struct {
	Addr      string        // listen address
	Lease     time.Duration // a job without a heartbeat for this long goes back to the queue
	Heartbeat time.Duration // how often workers are told to send heartbeats
	Retry     proofqueue.Retry
	Poll      time.Duration // how often an idle worker's request looks at the queue
	KeysDir   string        // the key files served by Keys
	Profile   string        // the key profile workers must have
	Params    rollup.Params // its ladder of block shapes: one key set each
}

// Server serves provers.
type Server struct {
	cfg   Config
	db    *store.DB
	q     *proofqueue.Queue
	pkSum string
	log   *slog.Logger
	gs    *grpc.Server
	ln    net.Listener
	now   func() time.Time

	m       *metrics
	mu      sync.Mutex
	workers map[string]string // boot id -> name, connected now

	proverpb.UnimplementedProverServer
}

// New returns a server for the keys in cfg.KeysDir, one set per shape of
// cfg.Params' ladder (their verifying keys verify proofs; pkSum is
// keys.LadderSum of the directory, which workers must match).
func New(cfg Config, db *store.DB, ladder *keys.Ladder, pkSum string, log *slog.Logger) *Server {
	s := &Server{cfg: cfg, db: db, pkSum: pkSum, log: log, now: time.Now, workers: map[string]string{}, m: newMetrics()}
	s.q = proofqueue.New(cfg.Retry, db, cfg.Params, ladder, func() time.Time { return s.now() })
	return s
}

// Start listens and serves until Stop.
func (s *Server) Start(context.Context) error {
	ln, err := net.Listen("tcp", s.cfg.Addr)
	if err != nil {
		return fmt.Errorf("prover server: %w", err)
	}
	s.ln = ln
	s.gs = grpc.NewServer(grpc.MaxRecvMsgSize(64<<20), grpc.MaxSendMsgSize(64<<20))
	proverpb.RegisterProverServer(s.gs, s)
	go s.gs.Serve(ln)
	s.log.Info("prover server listening", "addr", ln.Addr().String())
	return nil
}

// Addr is the address it listens on.
func (s *Server) Addr() string { return s.ln.Addr().String() }

// Stop ends every session; the workers' jobs go back to the queue.
func (s *Server) Stop(context.Context) error {
	s.gs.Stop()
	return nil
}

// Workers is the number of workers connected now.
func (s *Server) Workers() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.workers)
}

// WorkerNames are the names the connected workers gave, sorted.
func (s *Server) WorkerNames() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]string, 0, len(s.workers))
	for _, n := range s.workers {
		out = append(out, n)
	}
	slices.Sort(out)
	return out
}

var errProtocol = errors.New("prover protocol")

// Connect is one worker's session.
func (s *Server) Connect(stream proverpb.Prover_ConnectServer) error {
	ctx := stream.Context()
	first, err := stream.Recv()
	if err != nil {
		return err
	}
	reg := first.GetRegister()
	if reg == nil || reg.BootId == "" {
		return s.reject(stream, "the first message must be Register with a boot id")
	}
	if reg.KeyProfile != s.cfg.Profile || (reg.KeySha256 != "" && reg.KeySha256 != s.pkSum) {
		return s.reject(stream, fmt.Sprintf("this server proves profile %s with proving key %s; the worker has %s %s",
			s.cfg.Profile, s.pkSum, reg.KeyProfile, reg.KeySha256))
	}
	owner := reg.BootId
	log := s.log.With("worker", reg.Name, "boot_id", owner)
	s.mu.Lock()
	s.workers[owner] = reg.Name
	s.m.workers.Set(float64(len(s.workers)))
	s.mu.Unlock()
	log.Info("prover connected", "cores", reg.Cores, "memory", reg.MemoryBytes)
	var job store.ProofRequest // the request being proven; Block 0 for none
	var sent time.Time
	defer func() {
		s.mu.Lock()
		delete(s.workers, owner)
		s.m.workers.Set(float64(len(s.workers)))
		s.mu.Unlock()
		if job.Block != 0 {
			// the worker went away mid-proof: its job goes back at once
			s.m.failures.WithLabelValues("disconnect").Inc()
			err := s.q.HandBack(context.Background(), job, "prover "+reg.Name+" disconnected")
			switch {
			case err == nil:
				log.Warn("prover left with a job: back in the queue", "block", job.Block)
			case errors.Is(err, store.ErrLeaseLost):
				log.Info("prover left with a job it no longer held", "block", job.Block)
			default:
				log.Error("prover left with a job; handing it back failed: it returns when its lease ends", "block", job.Block, "err", err)
			}
		}
		log.Info("prover disconnected")
	}()
	if err := stream.Send(&proverpb.ServerMessage{Msg: &proverpb.ServerMessage_Registered{Registered: &proverpb.Registered{
		KeyProfile: s.cfg.Profile, KeySha256: s.pkSum, HeartbeatMs: uint32(s.cfg.Heartbeat.Milliseconds())}}}); err != nil {
		return err
	}
	for {
		m, err := stream.Recv()
		if err != nil {
			if errors.Is(err, io.EOF) {
				return nil
			}
			return err
		}
		now := s.now().UnixMilli()
		switch msg := m.Msg.(type) {
		case *proverpb.WorkerMessage_Ready:
			if job.Block != 0 {
				return s.reject(stream, "Ready while a job is open")
			}
			r, err := s.nextJob(ctx, owner)
			if err != nil {
				return err
			}
			witness := r.Witness
			r.Witness = nil // not kept for the length of the proof
			job, sent = r, s.now()
			log.Info("job sent", "block", r.Block, "attempt", r.Attempts)
			if err := stream.Send(&proverpb.ServerMessage{Msg: &proverpb.ServerMessage_Job{Job: &proverpb.Job{JobId: r.Block, Witness: witness}}}); err != nil {
				return err
			}
		case *proverpb.WorkerMessage_Heartbeat:
			if msg.Heartbeat.JobId != job.Block || job.Block == 0 {
				return s.reject(stream, "heartbeat for a job the worker does not hold")
			}
			if err := s.db.HeartbeatProof(ctx, job.Block, owner, now, s.cfg.Lease.Milliseconds()); err != nil {
				return err // lease lost: the session ends, the worker reconnects
			}
		case *proverpb.WorkerMessage_Result:
			if msg.Result.JobId != job.Block || job.Block == 0 {
				return s.reject(stream, "result for a job the worker does not hold")
			}
			ok, err := s.complete(ctx, job, reg.Name, msg.Result.Proof, log)
			if err != nil {
				return err
			}
			if ok {
				s.m.duration.Observe(s.now().Sub(sent).Seconds())
			}
			job = store.ProofRequest{}
		case *proverpb.WorkerMessage_Failure:
			if msg.Failure.JobId != job.Block || job.Block == 0 {
				return s.reject(stream, "failure for a job the worker does not hold")
			}
			s.m.failures.WithLabelValues("failure").Inc()
			if err := s.fail(ctx, job, "prover "+reg.Name+": "+msg.Failure.Reason, log); err != nil {
				return err
			}
			job = store.ProofRequest{}
		default:
			return s.reject(stream, fmt.Sprintf("unexpected message %T", m.Msg))
		}
	}
}

func (s *Server) reject(stream proverpb.Prover_ConnectServer, reason string) error {
	_ = stream.Send(&proverpb.ServerMessage{Msg: &proverpb.ServerMessage_Rejected{Rejected: &proverpb.Rejected{Reason: reason}}})
	return fmt.Errorf("%w: %s", errProtocol, reason)
}

// nextJob waits for a request with a witness and leases it to owner.
func (s *Server) nextJob(ctx context.Context, owner string) (store.ProofRequest, error) {
	for {
		r, found, err := s.db.ClaimProvingJob(ctx, owner, s.now().UnixMilli(), s.cfg.Lease.Milliseconds(), s.cfg.Retry.MaxAttempts)
		if err != nil || found {
			return r, err
		}
		select {
		case <-ctx.Done():
			return r, ctx.Err()
		case <-time.After(s.cfg.Poll):
		}
	}
}

// complete verifies and stores a worker's proof (ok), or records the
// attempt as failed when the proof is invalid.
func (s *Server) complete(ctx context.Context, job store.ProofRequest, name string, proof []byte, log *slog.Logger) (ok bool, _ error) {
	err := s.q.Complete(ctx, job, proof)
	if errors.Is(err, proofqueue.ErrInvalidProof) {
		log.Warn("proof rejected", "block", job.Block, "err", err)
		s.m.failures.WithLabelValues("invalid").Inc()
		return false, s.fail(ctx, job, fmt.Sprintf("invalid proof from prover %s: %v", name, err), log)
	}
	if err != nil {
		return false, err
	}
	log.Info("block proven", "block", job.Block)
	return true, nil
}

func (s *Server) fail(ctx context.Context, job store.ProofRequest, reason string, log *slog.Logger) error {
	last, err := s.q.Fail(ctx, job, reason)
	if err == nil && last {
		s.m.gaveUp.Inc()
		log.Error("proof request failed for good", "block", job.Block, "attempts", job.Attempts, "reason", reason)
	}
	return err
}

// Keys streams the key files with their digests.
func (s *Server) Keys(_ *proverpb.KeysRequest, stream proverpb.Prover_KeysServer) error {
	for _, name := range keys.LadderFiles(s.cfg.Params) {
		b, err := os.ReadFile(filepath.Join(s.cfg.KeysDir, name))
		if err != nil {
			return err
		}
		sum := sha256.Sum256(b)
		const chunk = 4 << 20
		for off := 0; off == 0 || off < len(b); off += chunk {
			c := &proverpb.KeyChunk{Name: name, Data: b[off:min(off+chunk, len(b))]}
			if off == 0 {
				c.Sha256, c.Size = hex.EncodeToString(sum[:]), uint64(len(b))
			}
			if err := stream.Send(c); err != nil {
				return err
			}
		}
	}
	return nil
}
