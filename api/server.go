package api

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/zkrollup/zkrollup/explorer"
	"github.com/zkrollup/zkrollup/orderflow"
	"github.com/zkrollup/zkrollup/orders"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/sequencer"
	"github.com/zkrollup/zkrollup/store"
)

// Config is the API's listener.
type Config struct {
	Addr         string // host:port
	MaxBodyBytes int    // largest request body
	// Where the rollup lives on L1, reported by zkr_params (zero: no L1).
	Contract  common.Address
	L1ChainID uint64
	// The exchange, when the node runs one (zkr_placeOrder, zkr_book, ...).
	Exchange *orderflow.Exchange
	// The provers this process knows, for zkr_provers: the in-process
	// prover's name ("" for none) and the prover server's workers (nil
	// when it runs elsewhere).
	LocalProver string
	Workers     Workers
}

// Server serves JSON-RPC over HTTP (POST) and WebSocket, and the explorer
// (GET), on one port.
type Server struct {
	cfg  Config
	log  *slog.Logger
	rpc  *rpc.Server
	http *http.Server
	ln   net.Listener
}

// New builds the server; Start listens.
func New(cfg Config, p rollup.Params, seq *sequencer.Sequencer, db *store.DB, log *slog.Logger) (*Server, error) {
	r := rpc.NewServer()
	r.SetHTTPBodyLimit(cfg.MaxBodyBytes)
	r.SetWebsocketReadLimit(int64(cfg.MaxBodyBytes))
	r.SetBatchLimits(100, 10<<20)
	book := orders.New(p, db, seq)
	if cfg.Exchange != nil {
		book = cfg.Exchange.Book
	}
	svc := &service{seq: seq, db: db, p: p, cfg: cfg, orders: book, ex: cfg.Exchange}
	svc.changes.s = svc
	if err := r.RegisterName("zkr", svc); err != nil {
		return nil, err
	}
	if err := r.RegisterName("zkr", &subscriptions{s: svc}); err != nil {
		return nil, err
	}
	ws := r.WebsocketHandler([]string{"*"})
	pages, err := explorer.Handler()
	if err != nil {
		return nil, fmt.Errorf("api: the explorer's pages: %w", err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, req *http.Request) {
		switch {
		case strings.EqualFold(req.Header.Get("Upgrade"), "websocket"):
			ws.ServeHTTP(w, req)
		case req.Method == http.MethodGet || req.Method == http.MethodHead:
			pages.ServeHTTP(w, req) // the explorer; JSON-RPC is POST
		default:
			r.ServeHTTP(w, req)
		}
	})
	return &Server{cfg: cfg, log: log, rpc: r, http: &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}}, nil
}

// Start listens and serves in the background.
func (s *Server) Start(ctx context.Context) error {
	ln, err := net.Listen("tcp", s.cfg.Addr)
	if err != nil {
		return fmt.Errorf("api: listen on %s: %w", s.cfg.Addr, err)
	}
	s.ln = ln
	go func() {
		if err := s.http.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			s.log.Error("api server stopped", "err", err)
		}
	}()
	s.log.Info("JSON-RPC listening", "http", "http://"+ln.Addr().String(), "ws", "ws://"+ln.Addr().String())
	return nil
}

// Addr is the address it listens on (after Start).
func (s *Server) Addr() string { return s.ln.Addr().String() }

// Stop closes connections and the listener.
func (s *Server) Stop(ctx context.Context) error {
	s.rpc.Stop()
	return s.http.Shutdown(ctx)
}
