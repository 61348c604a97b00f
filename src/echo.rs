//! The benchmark's `Echo` service (`proto/bench.proto`): each message back as
//! it came, once as a unary call and once over a two-way stream, to compare
//! the two. Also the example of "your own service" beside the contract's in
//! the `all_services` program.

use futures::future::{self, FutureExt};
use futures::stream::StreamExt;
use grpcio::{DuplexSink, RequestStream, RpcContext, UnarySink};

use crate::call;
use crate::proto::bench::{create_echo, Echo, EchoMsg};

/// Full name of the service, as health checks know it.
pub const ECHO_SERVICE: &str = "bench.Echo";

/// The `Echo` service.
///
/// ```
/// use grpc_stream::echo::ECHO_SERVICE;
/// use grpc_stream::proto::bench::{EchoClient, EchoMsg};
/// use grpc_stream::{ClientConfig, EchoService, ServerBuilder, StreamClient};
///
/// let server = ServerBuilder::new("127.0.0.1:0")
///     .service(ECHO_SERVICE, EchoService.into_service())
///     .start()?;
/// futures_executor::block_on(async {
///     let channel = StreamClient::connect(server.addr(), &ClientConfig::default()).await?;
///     let echo = EchoClient::new(channel.channel().clone());
///     let mut message = EchoMsg::new();
///     message.data = b"ping".to_vec();
///     assert_eq!(echo.unary_echo_async(&message)?.await?.data, b"ping");
///     Ok::<_, grpc_stream::Error>(())
/// })?;
/// server.shutdown(std::time::Duration::from_secs(1));
/// # Ok::<_, grpc_stream::Error>(())
/// ```
#[derive(Clone, Copy, Debug, Default)]
pub struct EchoService;

impl EchoService {
    /// The grpcio service, ready for `ServerBuilder::register_service`.
    pub fn into_service(self) -> grpcio::Service {
        create_echo(self)
    }
}

impl Echo for EchoService {
    fn unary_echo(&mut self, ctx: RpcContext<'_>, request: EchoMsg, sink: UnarySink<EchoMsg>) {
        call::spawn_unary(&ctx, sink, move || future::ready(Ok(request)).boxed());
    }

    fn stream_echo(
        &mut self,
        ctx: RpcContext<'_>,
        requests: RequestStream<EchoMsg>,
        sink: DuplexSink<EchoMsg>,
    ) {
        call::spawn_duplex(&ctx, requests, sink, |incoming| incoming.boxed());
    }
}
