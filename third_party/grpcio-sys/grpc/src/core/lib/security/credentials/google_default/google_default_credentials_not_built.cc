//
// grpc-stream: this build of the core leaves out the Google credentials
// (google_default, JWT, OAuth2, external account) and ALTS, which they need.
// grpc_google_default_credentials_create stays, so that callers get an error
// (NULL, which grpcio reports as GoogleAuthenticationFailed) and a log line
// instead of a link failure.
//

#include <grpc/support/port_platform.h>

#include <grpc/grpc.h>
#include <grpc/grpc_security.h>
#include <grpc/support/log.h>

grpc_channel_credentials* grpc_google_default_credentials_create(
    grpc_call_credentials* call_credentials) {
  gpr_log(GPR_ERROR,
          "Google default credentials are not built into this gRPC core "
          "(grpc-stream builds only TLS and insecure credentials)");
  if (call_credentials != nullptr) {
    grpc_call_credentials_release(call_credentials);
  }
  return nullptr;
}
