//! The server: binds a port, builds the site, serves it and rebuilds it after edits until it is
//! told to stop.

use std::future::Future;
use std::io;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;
use tokio::sync::{broadcast, watch};

use crate::change_watcher::{ChangeWatcher, guarded};
use crate::live_site::LiveSite;
use crate::responder::Responder;
use crate::router::router;
use crate::serve_error::ServeError;
use crate::serve_event::{BuildReport, ServeEvent};
use crate::serve_options::ServeOptions;
use crate::site_builder::SiteBuilder;

/// How many ports after the default one are tried when it is taken.
const PORTS_TO_TRY: u16 = 50;

/// A bound, built server, ready to [`run`](Server::run).
#[derive(Debug)]
pub struct Server {
    listener: TcpListener,
    local_addr: SocketAddr,
    site: Arc<LiveSite>,
    watcher: Option<ChangeWatcher>,
    options: ServeOptions,
    first_build: BuildReport,
    reports: broadcast::Sender<ServeEvent>,
    search: Option<Arc<dyn crate::SiteSearch>>,
}

impl Server {
    /// Binds the port, builds the site and starts watching for edits.
    ///
    /// A site that fails to build still gets a server: its pages show the problems until an
    /// edit fixes them. [`first_build`](Server::first_build) says how the build went.
    ///
    /// # Errors
    /// The port cannot be bound (an explicit one is taken, or none in the range is free), a
    /// watched folder cannot be watched, or the build thread died.
    pub async fn bind(builder: impl SiteBuilder, options: ServeOptions) -> Result<Self, ServeError> {
        let listener = listen(&options).await?;
        let local_addr = listener.local_addr().map_err(|error| ServeError::Internal(error.to_string()))?;
        let site = Arc::new(LiveSite::new());
        let search = builder.search();
        let mut builder: Box<dyn SiteBuilder> = Box::new(builder);
        let (builder, result, elapsed) = tokio::task::spawn_blocking(move || {
            let started = Instant::now();
            let (result, _) = guarded(|| builder.build());
            (builder, result, started.elapsed())
        })
        .await
        .map_err(|error| ServeError::Internal(format!("the build thread died: {error}")))?;
        let outcome = site.publish(result);
        let first_build = BuildReport { changed: Vec::new(), elapsed, outcome };
        let (reports, _) = broadcast::channel(64);
        let watcher = ChangeWatcher::start(builder, Arc::clone(&site), reports.clone(), options.debounce)?;
        Ok(Self { listener, local_addr, site, watcher, options, first_build, reports, search })
    }

    /// The address the server listens on (with the port actually bound).
    pub fn local_addr(&self) -> SocketAddr {
        self.local_addr
    }

    /// How the build at start went.
    pub fn first_build(&self) -> &BuildReport {
        &self.first_build
    }

    /// Reports of the rebuilds to come, for printing or waiting on.
    pub fn subscribe(&self) -> broadcast::Receiver<ServeEvent> {
        self.reports.subscribe()
    }

    /// Serves until Ctrl-C or SIGTERM, then shuts down gracefully.
    ///
    /// # Errors
    /// See [`run_until`](Server::run_until).
    pub async fn run(self) -> Result<(), ServeError> {
        self.run_until(shutdown_signal()).await
    }

    /// Serves until `shutdown` completes. Then it stops accepting connections, ends the open
    /// pages' event streams, stops the watcher (a rebuild in progress finishes), and lets
    /// requests in flight finish, waiting at most [`ServeOptions::shutdown_grace`].
    ///
    /// # Errors
    /// None today; the type leaves room for failures of the listener.
    pub async fn run_until(self, shutdown: impl Future<Output = ()> + Send) -> Result<(), ServeError> {
        let Self { listener, site, watcher, options, search, .. } = self;
        let (stop_streams, streams_stopped) = watch::channel(false);
        let service = TowerToHyperService::new(router(Arc::new(
            Responder::new(site, streams_stopped).with_search(search),
        )));
        let mut http = http1::Builder::new();
        http.timer(TokioTimer::new())
            .header_read_timeout(options.header_read_timeout)
            .max_header_size(options.max_header_bytes);
        let graceful = GracefulShutdown::new();

        tokio::pin!(shutdown);
        loop {
            tokio::select! {
                () = &mut shutdown => break,
                accepted = listener.accept() => match accepted {
                    Ok((stream, _peer)) => {
                        // Small answers go out at once instead of waiting for more to send.
                        let _ = stream.set_nodelay(true);
                        let connection = http.serve_connection(TokioIo::new(stream), service.clone());
                        let connection = graceful.watch(connection);
                        tokio::spawn(async move {
                            // A client that hangs up or sends garbage ends its own connection only.
                            let _ = connection.await;
                        });
                    }
                    Err(error) if is_per_connection(&error) => {}
                    Err(_) => {
                        // Out of file descriptors or similar: give closing connections a moment
                        // instead of spinning.
                        tokio::time::sleep(Duration::from_millis(50)).await;
                    }
                },
            }
        }

        drop(listener);
        let _ = stop_streams.send(true);
        let stop_watcher = tokio::task::spawn_blocking(move || drop(watcher));
        let drain = tokio::time::timeout(options.shutdown_grace, graceful.shutdown());
        let (_, _) = tokio::join!(stop_watcher, drain);
        Ok(())
    }
}

/// Binds, builds and serves until Ctrl-C or SIGTERM; `on_ready` gets the bound address once
/// the site is built and requests are about to be answered.
///
/// # Errors
/// See [`Server::bind`] and [`Server::run`].
pub async fn serve(
    builder: impl SiteBuilder,
    options: ServeOptions,
    on_ready: impl FnOnce(SocketAddr),
) -> Result<(), ServeError> {
    let server = Server::bind(builder, options).await?;
    on_ready(server.local_addr());
    server.run().await
}

/// Completes on Ctrl-C or, on Unix, SIGTERM.
pub async fn shutdown_signal() {
    let interrupt = async {
        if tokio::signal::ctrl_c().await.is_err() {
            // Without a handler, only SIGTERM (or nothing) can stop the server.
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = interrupt => {}
        () = terminate => {}
    }
}

/// Binds the asked-for port, or the first free one from the default on.
async fn listen(options: &ServeOptions) -> Result<TcpListener, ServeError> {
    let tries = if options.port_is_explicit || options.port == 0 { 1 } else { PORTS_TO_TRY };
    let mut offset = 0;
    loop {
        let port = options.port.saturating_add(offset);
        let addr = SocketAddr::new(options.bind, port);
        match TcpListener::bind(addr).await {
            Ok(listener) => return Ok(listener),
            Err(error)
                if error.kind() == io::ErrorKind::AddrInUse && offset + 1 < tries && port < u16::MAX =>
            {
                offset += 1;
            }
            Err(source) => return Err(ServeError::Bind { addr, source }),
        }
    }
}

/// Accept errors that concern one connection only; the listener is fine.
fn is_per_connection(error: &io::Error) -> bool {
    matches!(
        error.kind(),
        io::ErrorKind::ConnectionAborted | io::ErrorKind::ConnectionReset | io::ErrorKind::ConnectionRefused
    )
}
