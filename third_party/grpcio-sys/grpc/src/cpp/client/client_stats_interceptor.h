//
//
// Copyright 2023 gRPC authors.
//
// Licensed under the Apache License, Version 2.0 (the "License");
// you may not use this file except in compliance with the License.
// You may obtain a copy of the License at
//
//     http://www.apache.org/licenses/LICENSE-2.0
//
// Unless required by applicable law or agreed to in writing, software
// distributed under the License is distributed on an "AS IS" BASIS,
// WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
// See the License for the specific language governing permissions and
// limitations under the License.
//
//

#ifndef GRPC_SRC_CPP_CLIENT_CLIENT_STATS_INTERCEPTOR_H
#define GRPC_SRC_CPP_CLIENT_CLIENT_STATS_INTERCEPTOR_H

#include <grpcpp/support/client_interceptor.h>

namespace grpc {
namespace internal {

void RegisterGlobalClientStatsInterceptorFactory(
    grpc::experimental::ClientInterceptorFactoryInterface* factory);

}
}  // namespace grpc

#endif  // GRPC_SRC_CPP_CLIENT_CLIENT_STATS_INTERCEPTOR_H
