//! The sending half of a client-push or both-ways call, on the client's poll
//! thread: the caller is not woken once per message sent.

use futures::channel::oneshot;
use futures::future::{self, Either};
use futures::sink::SinkExt;
use futures::stream::{Stream, StreamExt};
use grpcio::{RpcStatusCode, StreamingCallSink};

use crate::coalesce::Coalesced;
use crate::error::Error;

/// A call's requests being sent, and how that went.
pub(super) struct Sending {
    /// How sending ended (set once it has).
    outcome: oneshot::Receiver<grpcio::Result<()>>,
    /// Dropped by the caller: stop sending (and let the call go).
    _stop: oneshot::Sender<()>,
}

impl Sending {
    /// Sends `requests` then half-closes, under flow control.
    pub(super) fn spawn<Req, S>(
        spawner: &grpcio::Client,
        mut sink: StreamingCallSink<Req>,
        requests: S,
    ) -> Sending
    where
        Req: Send + 'static,
        S: Stream<Item = Req> + Send + 'static,
    {
        let (sent_tx, outcome) = oneshot::channel();
        let (stop, mut stopped) = oneshot::channel::<()>();
        spawner.spawn(async move {
            let sending = Box::pin(send_and_close(&mut sink, requests));
            // The caller going away ends sending at once, even while
            // `requests` has nothing ready.
            let sent = match future::select(sending, &mut stopped).await {
                Either::Left((sent, _)) => sent,
                Either::Right(_) => return,
            };
            let keep_call_open = matches!(&sent, Err(e) if !failed_locally(e));
            let _ = sent_tx.send(sent);
            if keep_call_open {
                // The server ended the call: keep the sink (dropping it
                // cancels) until the caller has read the status.
                let _ = stopped.await;
            }
            // A local failure drops the sink here, which cancels the call.
        });
        Sending {
            outcome,
            _stop: stop,
        }
    }

    /// The error the call ended with: the server's status, unless we
    /// cancelled the call ourselves because sending failed.
    pub(super) fn failure(&mut self, e: grpcio::Error) -> Error {
        if is_cancelled(&e) {
            if let Ok(Some(Err(send_error))) = self.outcome.try_recv() {
                return send_error.into();
            }
        }
        e.into()
    }
}

/// Sends every message under flow control, coalescing writes, then half-closes.
async fn send_and_close<Req, S>(
    sink: &mut StreamingCallSink<Req>,
    requests: S,
) -> grpcio::Result<()>
where
    S: Stream<Item = Req>,
{
    let requests = requests.map(Ok);
    futures::pin_mut!(requests);
    Coalesced::new(sink, |sink, bytes| sink.frame_batches(Some(bytes)))
        .send_all(&mut requests)
        .await?;
    half_close(sink).await
}

/// Closes the sending half of a client-push or both-ways call made with a
/// grpcio stub (no more requests), as `sink.close()` does, except that a
/// call the server has already ended with OK counts as closed: grpcio says
/// `RpcFinished` when the server's OK (which it may send on seeing the
/// half-close) arrives before the half-close's own completion, which a fast
/// server makes common.
pub async fn half_close<Req>(sink: &mut StreamingCallSink<Req>) -> grpcio::Result<()> {
    match sink.close().await {
        Err(grpcio::Error::RpcFinished(None)) => Ok(()),
        Err(grpcio::Error::RpcFinished(Some(status))) if status.code() == RpcStatusCode::OK => {
            Ok(())
        }
        closed => closed,
    }
}

/// A send error that leaves the call open (the message could not be encoded),
/// as opposed to one that reports the call's end.
fn failed_locally(e: &grpcio::Error) -> bool {
    !matches!(
        e,
        grpcio::Error::RpcFailure(_) | grpcio::Error::RpcFinished(_) | grpcio::Error::RemoteStopped
    )
}

fn is_cancelled(e: &grpcio::Error) -> bool {
    matches!(e, grpcio::Error::RpcFailure(status) if status.code() == RpcStatusCode::CANCELLED)
}
