//! Plain TCP and HTTP/1 on loopback: a byte-counting relay, and a GET for
//! the metrics endpoint and Prometheus' API.

use std::sync::Arc;

use crate::STEP;

/// A TCP relay on loopback that counts the bytes crossing it each way, to
/// see what really goes on the wire (compression, for one).
pub struct Relay {
    pub addr: String,
    /// Bytes from clients to the target.
    pub up: Arc<std::sync::atomic::AtomicU64>,
    /// Bytes from the target to clients.
    pub down: Arc<std::sync::atomic::AtomicU64>,
}

impl Relay {
    /// Relays every connection it accepts to `target`, for as long as the
    /// test process lives.
    pub fn start(target: &str) -> Relay {
        use std::net::{TcpListener, TcpStream};
        use std::sync::atomic::{AtomicU64, Ordering};
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind the relay");
        let addr = listener.local_addr().expect("relay address").to_string();
        let (up, down) = (Arc::new(AtomicU64::new(0)), Arc::new(AtomicU64::new(0)));
        let (up_total, down_total) = (Arc::clone(&up), Arc::clone(&down));
        let target = target.to_string();
        std::thread::spawn(move || {
            for client in listener.incoming().map_while(Result::ok) {
                let Ok(server) = TcpStream::connect(&target) else {
                    continue;
                };
                let copy = |mut from: TcpStream, mut to: TcpStream, total: Arc<AtomicU64>| {
                    std::thread::spawn(move || {
                        let mut buf = [0u8; 64 * 1024];
                        while let Ok(n @ 1..) = std::io::Read::read(&mut from, &mut buf) {
                            total.fetch_add(n as u64, Ordering::Relaxed);
                            if std::io::Write::write_all(&mut to, &buf[..n]).is_err() {
                                break;
                            }
                        }
                        let _ = to.shutdown(std::net::Shutdown::Write);
                    });
                };
                let (Ok(client_reader), Ok(server_reader)) =
                    (client.try_clone(), server.try_clone())
                else {
                    continue;
                };
                copy(client_reader, server, Arc::clone(&up_total));
                copy(server_reader, client, Arc::clone(&down_total));
            }
        });
        Relay { addr, up, down }
    }
}

/// `GET http://<addr><path>` (HTTP/1.0, no keep-alive): the status code and
/// body. For the metrics endpoint and Prometheus' API.
pub fn http_get(addr: &str, path: &str) -> std::io::Result<(u16, String)> {
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(addr)?;
    stream.set_read_timeout(Some(STEP))?;
    write!(stream, "GET {path} HTTP/1.0\r\nHost: {addr}\r\n\r\n")?;
    let mut response = String::new();
    stream.read_to_string(&mut response)?;
    let (head, body) = response.split_once("\r\n\r\n").unwrap_or((&response, ""));
    let code = head
        .split_whitespace()
        .nth(1)
        .and_then(|code| code.parse().ok())
        .unwrap_or(0);
    Ok((code, body.to_string()))
}
