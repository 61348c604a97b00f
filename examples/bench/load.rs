//! The load: calls of each pattern through grpc-stream's client, every
//! message checked, every call timed; round trips over unary calls and over
//! one stream; and raw loopback TCP for reference.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::time::{Duration, Instant};

use crate::echo::proto::{EchoClient, EchoMsg};
use futures::sink::SinkExt;
use futures::stream::{self, StreamExt, TryStreamExt};
use futures_executor::block_on;
use grpc_stream::contract::helloworld::{AllStreamReq, ClientStreamReq};
use grpc_stream::contract::StreamClient;
use grpc_stream_engine::{ClientConfig, ResponseStream};
use grpcio::WriteFlags;

/// What one run moved, and how long each of its calls took.
pub struct Run {
    pub messages: u64,
    pub bytes: u64,
    pub seconds: f64,
    pub call_ms: Vec<f64>,
}

/// The client every run uses (a fresh channel per run).
pub fn connect(addr: &str, poll_threads: usize) -> Result<StreamClient, String> {
    let config = ClientConfig {
        call_timeout: Some(Duration::from_secs(600)),
        max_receive_message: 64 << 20,
        poll_threads,
        ..ClientConfig::default()
    };
    block_on(StreamClient::connect(addr, &config)).map_err(|e| e.to_string())
}

/// Times `calls` (run `concurrency` at a time, each on the client's poll
/// thread); each yields (messages, bytes).
fn timed<F>(client: &StreamClient, calls: Vec<F>, concurrency: usize) -> Result<Run, String>
where
    F: std::future::Future<Output = Result<(u64, u64), String>> + Send + 'static,
{
    let started = Instant::now();
    let results: Vec<Result<(u64, u64, f64), String>> = block_on(
        stream::iter(calls)
            .map(|call| async move {
                let call_started = Instant::now();
                let (messages, bytes) = client.run(call).await.map_err(|e| e.to_string())??;
                Ok((messages, bytes, call_started.elapsed().as_secs_f64() * 1e3))
            })
            .buffer_unordered(concurrency)
            .collect(),
    );
    let seconds = started.elapsed().as_secs_f64();
    let mut run = Run {
        messages: 0,
        bytes: 0,
        seconds,
        call_ms: Vec::new(),
    };
    for result in results {
        let (messages, bytes, ms) = result?;
        run.messages += messages;
        run.bytes += bytes;
        run.call_ms.push(ms);
    }
    Ok(run)
}

/// `calls` ServerStream calls, `concurrency` at a time, each receiving
/// `per_call` copies of a `payload`-byte request.
pub fn server_push(
    client: &StreamClient,
    payload: usize,
    calls: usize,
    concurrency: usize,
    per_call: usize,
) -> Result<Run, String> {
    let data = "s".repeat(payload);
    let calls: Vec<_> = (0..calls)
        .map(|_| {
            let (data, client) = (data.clone(), client.clone());
            async move {
                let responses = client
                    .server_stream(data.as_str().into())
                    .map_err(|e| e.to_string())?;
                let messages = receive_all(responses, per_call, |r| r.data == data).await?;
                Ok((messages, messages * payload as u64))
            }
        })
        .collect();
    timed(client, calls, concurrency)
}

/// Takes every response, checking each with `good`, and that there were
/// `expected` of them; returns how many.
async fn receive_all<T>(
    mut responses: ResponseStream<T>,
    expected: usize,
    good: impl Fn(&T) -> bool,
) -> Result<u64, String> {
    let mut received = 0u64;
    while let Some(response) = responses.next().await {
        if !good(&response.map_err(|e| e.to_string())?) {
            return Err(format!("response {received} is not what was expected"));
        }
        received += 1;
    }
    if received != expected as u64 {
        return Err(format!("{received} messages instead of {expected}"));
    }
    Ok(received)
}

/// `calls` ClientStream calls, `streams` at a time, each sending `per_call`
/// messages of `payload` bytes and checking the joined reply.
pub fn client_push(
    client: &StreamClient,
    payload: usize,
    calls: usize,
    concurrency: usize,
    per_call: usize,
) -> Result<Run, String> {
    let data = "c".repeat(payload);
    let expected_reply = per_call * payload + per_call.saturating_sub(1);
    let calls: Vec<_> = (0..calls)
        .map(|_| {
            let (data, client) = (data.clone(), client.clone());
            async move {
                let requests =
                    stream::iter(0..per_call).map(move |_| ClientStreamReq::from(data.as_str()));
                let reply = client
                    .client_stream(requests)
                    .await
                    .map_err(|e| e.to_string())?;
                if reply.data.len() != expected_reply {
                    return Err(format!(
                        "a {}-byte reply instead of {expected_reply}",
                        reply.data.len()
                    ));
                }
                Ok((per_call as u64, (per_call * payload) as u64))
            }
        })
        .collect();
    timed(client, calls, concurrency)
}

/// `calls` AllStream calls, `concurrency` at a time, each sending
/// `per_call` messages of `payload` bytes (payload 0: the message's index,
/// as the peers' load clients send) while receiving the server's `per_call`
/// (our servers' are `--size` bytes, the peers' are their index). Counts
/// both directions.
pub fn both_ways(
    client: &StreamClient,
    payload: usize,
    calls: usize,
    concurrency: usize,
    per_call: usize,
) -> Result<Run, String> {
    let data = "b".repeat(payload);
    let calls: Vec<_> = (0..calls)
        .map(|_| {
            let (data, client) = (data.clone(), client.clone());
            async move {
                let requests = stream::iter(0..per_call).map(move |i: usize| match payload {
                    0 => AllStreamReq::from(i.to_string()),
                    _ => AllStreamReq::from(data.as_str()),
                });
                let responses = client.all_stream(requests).map_err(|e| e.to_string())?;
                receive_all(responses, per_call, |r| !r.data.is_empty()).await?;
                let messages = 2 * per_call as u64;
                Ok((messages, messages * payload.max(1) as u64))
            }
        })
        .collect();
    timed(client, calls, concurrency)
}

/// Latencies (µs) of `round_trips` round trips of a `payload`-byte message,
/// as that many unary calls (`stream` false) or over one stream.
pub fn round_trips(
    client: &StreamClient,
    payload: usize,
    round_trips: usize,
    stream: bool,
) -> Result<Vec<f64>, String> {
    let echo = EchoClient::new(client.channel().clone());
    let mut message = EchoMsg::new();
    message.data = vec![b'e'; payload];
    let mut latencies = Vec::with_capacity(round_trips);
    block_on(async {
        if stream {
            let (mut sink, mut replies) = echo.stream_echo().map_err(|e| e.to_string())?;
            for _ in 0..round_trips {
                let started = Instant::now();
                sink.send((message.clone(), WriteFlags::default()))
                    .await
                    .map_err(|e| format!("sending a stream echo: {e}"))?;
                let reply = replies
                    .try_next()
                    .await
                    .map_err(|e| format!("reading a stream echo: {e}"))?;
                if reply.map(|r| r.data.len()) != Some(payload) {
                    return Err("a wrong echo".to_string());
                }
                latencies.push(started.elapsed().as_secs_f64() * 1e6);
            }
            grpc_stream_engine::half_close(&mut sink)
                .await
                .map_err(|e| format!("closing the echo stream: {e}"))?;
        } else {
            for _ in 0..round_trips {
                let started = Instant::now();
                let reply = echo
                    .unary_echo_async(&message)
                    .map_err(|e| e.to_string())?
                    .await
                    .map_err(|e| e.to_string())?;
                if reply.data.len() != payload {
                    return Err("a wrong echo".to_string());
                }
                latencies.push(started.elapsed().as_secs_f64() * 1e6);
            }
        }
        Ok(latencies)
    })
}

/// `count` AllStream calls held open and idle (each got its first message);
/// returns them, to be dropped when the measurement is done.
pub fn idle_streams(
    client: &StreamClient,
    count: usize,
) -> Result<
    Vec<grpc_stream_engine::ResponseStream<grpc_stream::contract::helloworld::AllStreamResp>>,
    String,
> {
    let mut open = Vec::with_capacity(count);
    for _ in 0..count {
        open.push(
            client
                .all_stream(stream::pending())
                .map_err(|e| e.to_string())?,
        );
    }
    block_on(async {
        for call in &mut open {
            call.next()
                .await
                .ok_or("a call ended")?
                .map_err(|e| e.to_string())?;
        }
        Ok::<_, String>(())
    })?;
    Ok(open)
}

/// Raw loopback TCP: bytes/s from one thread writing 1 MiB buffers to
/// another reading them, `total` bytes.
pub fn raw_tcp(total: usize) -> Result<f64, String> {
    let listener = TcpListener::bind("127.0.0.1:0").map_err(|e| e.to_string())?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    let reader = std::thread::spawn(move || -> std::io::Result<(usize, Duration)> {
        let (mut socket, _) = listener.accept()?;
        let mut buf = vec![0u8; 1 << 20];
        let (mut got, started) = (0usize, Instant::now());
        loop {
            match socket.read(&mut buf)? {
                0 => return Ok((got, started.elapsed())),
                n => got += n,
            }
        }
    });
    let mut socket = TcpStream::connect(addr).map_err(|e| e.to_string())?;
    let chunk = vec![b't'; 1 << 20];
    for _ in 0..total / chunk.len() {
        socket.write_all(&chunk).map_err(|e| e.to_string())?;
    }
    drop(socket);
    let (got, took) = reader
        .join()
        .map_err(|_| "reader panicked")?
        .map_err(|e| e.to_string())?;
    Ok(got as f64 / took.as_secs_f64())
}
