//! Calling the three contract services: [`StreamClient`], the engine's
//! [`Client`] with the three generated clients. Nothing here prints; the
//! example programs do.
//!
//! ```no_run
//! use futures::StreamExt;
//! use grpc_stream::contract::StreamClient;
//! use grpc_stream_engine::ClientConfig;
//!
//! futures_executor::block_on(async {
//!     let client = StreamClient::connect("localhost:50053", &ClientConfig::default()).await?;
//!     let mut responses = client.server_stream("1".into())?;
//!     while let Some(response) = responses.next().await {
//!         println!("{}", response?.data);
//!     }
//!     Ok::<_, grpc_stream_engine::Error>(())
//! })?;
//! # Ok::<_, grpc_stream_engine::Error>(())
//! ```

use std::future::Future;
use std::ops::Deref;
use std::time::Duration;

use futures::stream::Stream;
use grpcio::Channel;

use super::helloworld::{
    AllStreamReq, AllStreamResp, AllStreamServerClient, ClientStreamReq, ClientStreamResp,
    ClientStreamServerClient, ServerStreamReq, ServerStreamResp, ServerStreamServerClient,
};
use grpc_stream_engine::{Client, ClientConfig, Error, ResponseStream};

/// A connection to a server hosting any of the three services. Derefs to the
/// engine's [`Client`] (channel, deadline, `run`).
#[derive(Clone)]
pub struct StreamClient {
    client: Client,
    server_stream: ServerStreamServerClient,
    client_stream: ClientStreamServerClient,
    all_stream: AllStreamServerClient,
}

impl From<Client> for StreamClient {
    /// The three services' stubs on `client`'s channel.
    fn from(client: Client) -> StreamClient {
        let channel = client.channel().clone();
        StreamClient {
            server_stream: ServerStreamServerClient::new(channel.clone()),
            client_stream: ClientStreamServerClient::new(channel.clone()),
            all_stream: AllStreamServerClient::new(channel),
            client,
        }
    }
}

impl StreamClient {
    /// Connects like [`Client::connect`].
    pub async fn connect(target: &str, config: &ClientConfig) -> Result<StreamClient, Error> {
        Client::connect(target, config)
            .await
            .map(StreamClient::from)
    }

    /// A client over a channel you built yourself (no connect wait).
    pub fn from_channel(channel: Channel) -> StreamClient {
        StreamClient::from(Client::from_channel(channel))
    }

    /// Sets the deadline of every later call (`None`: no deadline).
    pub fn call_timeout(self, timeout: Option<Duration>) -> StreamClient {
        StreamClient::from(self.client.call_timeout(timeout))
    }

    /// Server push: sends `request`, returns the server's responses. The
    /// stream ends when the server ends the call with OK, or yields one error
    /// and ends. Dropping it cancels the call.
    pub fn server_stream(
        &self,
        request: ServerStreamReq,
    ) -> Result<ResponseStream<ServerStreamResp>, Error> {
        let call = self
            .server_stream
            .server_stream_opt(&request, self.call_options())?;
        Ok(self.client.server_streaming(call))
    }

    /// Client push: sends every message of `requests` (on the client's poll
    /// thread), half-closes, and returns the server's single response.
    pub fn client_stream<S>(
        &self,
        requests: S,
    ) -> impl Future<Output = Result<ClientStreamResp, Error>> + '_
    where
        S: Stream<Item = ClientStreamReq> + Send + 'static,
    {
        let call = self.client_stream.client_stream_opt(self.call_options());
        async move { self.client.client_streaming(call?, requests).await }
    }

    /// Both ways: sends `requests` (then half-closes) while the returned
    /// stream yields the server's responses; the two run independently, the
    /// sending on the client's poll thread. The stream ends when the server
    /// ends the call. Dropping it cancels the call and stops the sending.
    pub fn all_stream<S>(&self, requests: S) -> Result<ResponseStream<AllStreamResp>, Error>
    where
        S: Stream<Item = AllStreamReq> + Send + 'static,
    {
        let call = self.all_stream.all_stream_opt(self.call_options())?;
        Ok(self.client.duplex(call, requests))
    }
}

impl Deref for StreamClient {
    type Target = Client;

    fn deref(&self) -> &Client {
        &self.client
    }
}
