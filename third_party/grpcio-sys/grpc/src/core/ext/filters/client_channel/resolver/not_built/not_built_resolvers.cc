//
// grpc-stream: this build of the core leaves out xDS (third_party patch
// 0015). Its target schemes stay known, so that a channel to one fails its
// calls at once with UNAVAILABLE saying so, as the full core does when xDS
// is not configured, instead of the target falling back to DNS
// (`dns:///xds:///name`, a lookup of the host "xds").
//

#include <grpc/support/port_platform.h>

#include <memory>
#include <string>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"

#include <grpc/support/log.h>

#include "src/core/lib/channel/channel_args.h"
#include "src/core/lib/config/core_configuration.h"
#include "src/core/lib/gprpp/orphanable.h"
#include "src/core/lib/resolver/resolver.h"
#include "src/core/lib/resolver/resolver_factory.h"
#include "src/core/lib/uri/uri_parser.h"

namespace grpc_core {

namespace {

// Reports one result: no addresses, the reason.
class NotBuiltResolver : public Resolver {
 public:
  NotBuiltResolver(ResolverArgs args, std::string reason)
      : result_handler_(std::move(args.result_handler)),
        args_(std::move(args.args)),
        reason_(std::move(reason)) {}

  void StartLocked() override {
    gpr_log(GPR_ERROR, "%s", reason_.c_str());
    Result result;
    result.addresses = absl::UnavailableError(reason_);
    result.service_config = absl::UnavailableError(reason_);
    result.args = args_;
    result_handler_->ReportResult(std::move(result));
  }

  void ShutdownLocked() override {}

 private:
  std::unique_ptr<ResultHandler> result_handler_;
  ChannelArgs args_;
  std::string reason_;
};

class NotBuiltResolverFactory : public ResolverFactory {
 public:
  explicit NotBuiltResolverFactory(absl::string_view scheme)
      : scheme_(scheme) {}

  absl::string_view scheme() const override { return scheme_; }

  bool IsValidUri(const URI& /*uri*/) const override { return true; }

  OrphanablePtr<Resolver> CreateResolver(ResolverArgs args) const override {
    std::string reason =
        absl::StrCat(scheme_, ": targets are not supported: this gRPC core ",
                     "is built without xDS (target ", args.uri.scheme(), "://",
                     args.uri.authority(), args.uri.path(), ")");
    return MakeOrphanable<NotBuiltResolver>(std::move(args), std::move(reason));
  }

 private:
  std::string scheme_;
};

}  // namespace

void RegisterNotBuiltResolvers(CoreConfiguration::Builder* builder) {
  for (absl::string_view scheme : {"xds", "google-c2p"}) {
    builder->resolver_registry()->RegisterResolverFactory(
        std::make_unique<NotBuiltResolverFactory>(scheme));
  }
}

}  // namespace grpc_core
