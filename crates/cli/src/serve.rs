//! `kroniek serve`: start the server on the archive (or the demo) and report builds as they go.

use std::net::IpAddr;
use std::path::Path;
use std::process::ExitCode;

use kroniek_driver::{ArchiveLocation, Session};
use kroniek_serve::{BuildOutcome, ServeEvent, ServeOptions, Server, shutdown_signal};

use crate::live::LiveArchive;

pub(crate) fn run(dir: Option<&Path>, port: Option<u16>, bind: IpAddr) -> anyhow::Result<ExitCode> {
    let location = ArchiveLocation::resolve(dir)?;
    crate::commands::announce_demo(&location);
    let session = Session::open(location)?;
    let options = ServeOptions {
        bind,
        port: port.unwrap_or(ServeOptions::DEFAULT_PORT),
        port_is_explicit: port.is_some(),
        ..ServeOptions::default()
    };
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    runtime.block_on(async move {
        let server = Server::bind(LiveArchive::new(session), options).await?;
        let address = server.local_addr();
        if address.port() != ServeOptions::DEFAULT_PORT && port.is_none() {
            eprintln!("port {} is taken: using {} instead", ServeOptions::DEFAULT_PORT, address.port());
        }
        report(&ServeEvent::Built(server.first_build().clone()));
        eprintln!("serving on http://{address}/  (Ctrl-C stops)");
        let mut events = server.subscribe();
        tokio::spawn(async move {
            while let Ok(event) = events.recv().await {
                report(&event);
            }
        });
        server.run_until(shutdown_signal()).await?;
        eprintln!("stopped");
        anyhow::Ok(ExitCode::SUCCESS)
    })
}

fn report(event: &ServeEvent) {
    match event {
        ServeEvent::Built(build) => match &build.outcome {
            BuildOutcome::Swapped { files, warnings } => {
                for warning in warnings {
                    eprintln!("{warning}\n");
                }
                eprintln!("built {files} files in {} ms", build.elapsed.as_millis());
            }
            BuildOutcome::Broken { diagnostics } => {
                for diagnostic in diagnostics {
                    eprintln!("{diagnostic}\n");
                }
                eprintln!("the edit broke the build: still serving the last good site");
            }
        },
        ServeEvent::WatchFailed { message } => eprintln!("watching for edits failed: {message}"),
        // The server may learn new events; older front-ends have nothing to say about them.
        _ => {}
    }
}
