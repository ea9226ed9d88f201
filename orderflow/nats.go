package orderflow

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// NATSConfig says where the streams live: an external NATS server or
// cluster by URL, or a server embedded in this process with JetStream on
// disk in Dir.
type NATSConfig struct {
	URL      string // nats://host:port[,...]; empty: embedded
	Dir      string // embedded: JetStream's storage directory
	Listen   string // embedded: host:port to serve other processes too ("": in process only)
	Prefix   string // stream and subject name prefix (default "ZKR"), so several rollups share a server
	Replicas int    // stream replicas on a cluster (default 1)
	// NoSync leaves fsync to the server's interval (embedded: 2 min)
	// instead of syncing every append before it is acknowledged.
	NoSync bool
}

// Conn is a connection to the order flow's two streams.
type Conn struct {
	nc     *nats.Conn
	js     jetstream.JetStream
	orders jetstream.Stream
	fills  jetstream.Stream
	srv    *server.Server // embedded, or nil
	prefix string
}

// Connect starts the embedded server (cfg.URL empty) or dials cfg.URL,
// and creates the streams if they do not exist.
func Connect(ctx context.Context, cfg NATSConfig, log *slog.Logger) (*Conn, error) {
	c := &Conn{prefix: cfg.Prefix}
	if c.prefix == "" {
		c.prefix = "ZKR"
	}
	opts := []nats.Option{nats.Name("zkrollup"), nats.MaxReconnects(-1), nats.ReconnectWait(250 * time.Millisecond)}
	url := cfg.URL
	if url == "" {
		if cfg.Dir == "" {
			return nil, errors.New("orderflow: an embedded NATS server needs a storage directory")
		}
		so := &server.Options{JetStream: true, StoreDir: cfg.Dir, NoSigs: true, NoLog: true, SyncAlways: !cfg.NoSync,
			ServerName: "zkrollup", DontListen: cfg.Listen == ""}
		if cfg.Listen != "" {
			host, port, err := splitHostPort(cfg.Listen)
			if err != nil {
				return nil, err
			}
			so.Host, so.Port = host, port
		}
		srv, err := server.NewServer(so)
		if err != nil {
			return nil, fmt.Errorf("orderflow: embedded NATS: %w", err)
		}
		srv.Start()
		if !srv.ReadyForConnections(30 * time.Second) {
			srv.Shutdown()
			return nil, errors.New("orderflow: the embedded NATS server did not start within 30s")
		}
		c.srv = srv
		opts = append(opts, nats.InProcessServer(srv))
		url = "nats://in-process"
		if cfg.Listen != "" {
			url = srv.ClientURL()
		}
	}
	nc, err := nats.Connect(url, opts...)
	if err != nil {
		c.Close()
		return nil, fmt.Errorf("orderflow: connect to NATS at %s: %w", url, err)
	}
	c.nc = nc
	if c.js, err = jetstream.New(nc); err != nil {
		c.Close()
		return nil, err
	}
	replicas := max(cfg.Replicas, 1)
	for _, s := range []struct {
		name string
		dst  *jetstream.Stream
	}{{"ORDERS", &c.orders}, {"FILLS", &c.fills}} {
		st, err := c.js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
			Name: c.prefix + "_" + s.name, Subjects: []string{c.subject(s.name)}, Storage: jetstream.FileStorage,
			Duplicates: 2 * time.Minute, Replicas: replicas, Discard: jetstream.DiscardNew,
		})
		if err != nil {
			c.Close()
			return nil, fmt.Errorf("orderflow: stream %s_%s: %w", c.prefix, s.name, err)
		}
		*s.dst = st
	}
	if log != nil {
		where := "embedded (" + cfg.Dir + ")"
		if cfg.URL != "" {
			where = cfg.URL
		}
		log.Info("order flow streams ready", "nats", where, "prefix", c.prefix)
	}
	return c, nil
}

func (c *Conn) subject(stream string) string {
	return strings.ToLower(c.prefix) + "." + strings.ToLower(stream)
}

// ClientURL is the embedded server's address for other processes ("" if
// it serves this process only or is not embedded).
func (c *Conn) ClientURL() string {
	if c.srv == nil || c.srv.Addr() == nil {
		return ""
	}
	return c.srv.ClientURL()
}

// Close closes the connection and stops an embedded server.
func (c *Conn) Close() {
	if c.nc != nil {
		c.nc.Close()
	}
	if c.srv != nil {
		c.srv.Shutdown()
		c.srv.WaitForShutdown()
	}
}

// lastSeq is a stream's last sequence number.
func lastSeq(ctx context.Context, s jetstream.Stream) (uint64, error) {
	info, err := s.Info(ctx)
	if err != nil {
		return 0, err
	}
	return info.State.LastSeq, nil
}

func splitHostPort(addr string) (string, int, error) {
	i := strings.LastIndexByte(addr, ':')
	if i < 0 {
		return "", 0, fmt.Errorf("orderflow: listen address %q is not host:port", addr)
	}
	var port int
	if _, err := fmt.Sscanf(addr[i+1:], "%d", &port); err != nil {
		return "", 0, fmt.Errorf("orderflow: listen address %q: %w", addr, err)
	}
	return addr[:i], port, nil
}

// Seqs are the last sequences of ORDERS and FILLS.
func (c *Conn) Seqs(ctx context.Context) (orders, fills uint64, err error) {
	if orders, err = lastSeq(ctx, c.orders); err != nil {
		return 0, 0, err
	}
	fills, err = lastSeq(ctx, c.fills)
	return orders, fills, err
}

// consume reads a stream in order from sequence start (1: the first)
// and calls fn with each message, until ctx ends (nil) or fn fails.
// onStop, if set, runs when ctx ends (to wake what fn waits on).
func consume(ctx context.Context, s jetstream.Stream, name string, start uint64, batch int, onStop func(), fn func(jetstream.Msg) error) error {
	cfg := jetstream.OrderedConsumerConfig{}
	if start > 1 {
		cfg.DeliverPolicy, cfg.OptStartSeq = jetstream.DeliverByStartSequencePolicy, start
	}
	cons, err := s.OrderedConsumer(ctx, cfg)
	if err != nil {
		return fmt.Errorf("orderflow: consume %s: %w", name, err)
	}
	it, err := cons.Messages(jetstream.PullMaxMessages(batch))
	if err != nil {
		return err
	}
	stop := context.AfterFunc(ctx, func() {
		it.Stop()
		if onStop != nil {
			onStop()
		}
	})
	defer stop()
	for {
		msg, err := it.Next()
		if err != nil {
			if ctx.Err() != nil || errors.Is(err, jetstream.ErrMsgIteratorClosed) {
				return nil
			}
			return fmt.Errorf("orderflow: read %s: %w", name, err)
		}
		if err := fn(msg); err != nil {
			return err
		}
	}
}
