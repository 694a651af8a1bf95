// Command ferretdb runs FerretDB's embeddable server with the SQLite backend for
// this project's development, demo and test database.
//
// Why a wrapper and not `go install github.com/FerretDB/FerretDB/cmd/ferretdb`:
// the module zips served by the Go proxy lack build/version/version.txt, so
// the stock binary panics at start-up when it is built by `go install`. The
// embeddable package (github.com/FerretDB/FerretDB/ferretdb) is the same
// server, and it never creates the telemetry reporter (it also marks telemetry
// disabled and locked), so nothing can leave the machine. The listener is
// restricted to loopback addresses below.
package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"syscall"

	"github.com/FerretDB/FerretDB/ferretdb"
)

func main() {
	listen := flag.String("listen-addr", "127.0.0.1:27017", "loopback TCP address to listen on")
	sqliteURL := flag.String("sqlite-url", "file:data/", "SQLite URI of the data directory (must end with /)")
	postgresURL := flag.String("postgresql-url", "", "PostgreSQL URL; when set, the PostgreSQL backend is used instead of SQLite")
	logLevel := flag.String("log-level", "error", "debug, info, warn or error")
	flag.Parse()

	if err := requireLoopback(*listen); err != nil {
		fmt.Fprintln(os.Stderr, "ferretdb:", err)
		os.Exit(2)
	}

	var level slog.Level
	if err := level.UnmarshalText([]byte(*logLevel)); err != nil {
		fmt.Fprintln(os.Stderr, "ferretdb: bad --log-level:", err)
		os.Exit(2)
	}
	logger := slog.New(slog.NewJSONHandler(os.Stderr, &slog.HandlerOptions{Level: level}))

	config := &ferretdb.Config{
		Listener:  ferretdb.ListenerConfig{TCP: *listen},
		Handler:   "sqlite",
		SQLiteURL: *sqliteURL,
		Logger:    logger,
	}
	// The PostgreSQL backend answers simple equality filters from the database itself; the benchmark
	// can use it where a PostgreSQL server runs (npm start and the tests use SQLite).
	if *postgresURL != "" {
		config.Handler = "postgresql"
		config.PostgreSQLURL = *postgresURL
	}
	f, err := ferretdb.New(config)
	if err != nil {
		fmt.Fprintln(os.Stderr, "ferretdb:", err)
		os.Exit(1)
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	// The parent process waits for this line before it connects.
	fmt.Println("ferretdb ready on", *listen)
	if err := f.Run(ctx); err != nil && ctx.Err() == nil {
		fmt.Fprintln(os.Stderr, "ferretdb:", err)
		os.Exit(1)
	}
}

// requireLoopback refuses any address that is not on the loopback interface:
// the embedded database serves this machine only.
func requireLoopback(addr string) error {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("bad --listen-addr %q: %w", addr, err)
	}
	if host == "localhost" {
		return nil
	}
	ip := net.ParseIP(host)
	if ip == nil || !ip.IsLoopback() {
		return fmt.Errorf("--listen-addr %q is not a loopback address", addr)
	}
	return nil
}
