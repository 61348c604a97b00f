//! gRPC server reflection (`grpc.reflection.v1` and `grpc.reflection.v1alpha`):
//! what grpcurl, evans, Postman and grpcui ask a server before anything else.
//!
//! The server answers from descriptor sets (`protoc --include_imports
//! --descriptor_set_out`, which `build.rs` writes for every proto group): the
//! engine's own (health, reflection) and those of the hosted services. The two
//! versions have the same messages field for field, so one handler serves
//! both under their two method names.

use std::collections::HashMap;
use std::sync::Arc;

use futures::stream::StreamExt;
use grpcio::{Marshaller, Method, MethodType, RpcStatusCode, ServiceBuilder};
use protobuf::descriptor::{DescriptorProto, FileDescriptorProto, FileDescriptorSet};
use protobuf::Message;

use crate::error::Error;
use crate::serve;

#[allow(warnings, clippy::all, clippy::pedantic, missing_docs)]
mod generated {
    include!(concat!(env!("OUT_DIR"), "/engine.rs"));
}

use generated::reflection::{
    ErrorResponse, ExtensionNumberResponse, FileDescriptorResponse, ListServiceResponse,
    ServerReflectionRequest, ServerReflectionRequest_oneof_message_request as Question,
    ServerReflectionResponse, ServiceResponse,
};

/// The descriptors of what the engine itself serves: `grpc.health.v1` and
/// both reflection versions.
pub(crate) const ENGINE_DESCRIPTORS: &[u8] =
    include_bytes!(concat!(env!("OUT_DIR"), "/engine.desc"));

/// The engine's own services, as reflection lists them.
pub(crate) const ENGINE_SERVICES: [&str; 3] = [
    "grpc.health.v1.Health",
    "grpc.reflection.v1.ServerReflection",
    "grpc.reflection.v1alpha.ServerReflection",
];

/// The reflection method under each version's name, on the v1 messages.
fn method(name: &'static str) -> Method<ServerReflectionRequest, ServerReflectionResponse> {
    Method {
        ty: MethodType::Duplex,
        name,
        req_mar: Marshaller {
            ser: grpcio::pb_ser,
            de: crate::wire::decode_logged,
        },
        resp_mar: Marshaller {
            ser: grpcio::pb_ser,
            de: grpcio::pb_de,
        },
    }
}

/// The reflection service (both versions) answering from `index`.
pub(crate) fn service(index: Index) -> grpcio::Service {
    let index = Arc::new(index);
    let mut builder = ServiceBuilder::new();
    for name in [
        "/grpc.reflection.v1.ServerReflection/ServerReflectionInfo",
        "/grpc.reflection.v1alpha.ServerReflection/ServerReflectionInfo",
    ] {
        let index = Arc::clone(&index);
        builder =
            builder.add_duplex_streaming_handler(&method(name), move |ctx, requests, sink| {
                let index = Arc::clone(&index);
                serve::duplex(ctx, requests, sink, move |_call, requests| {
                    requests.map(move |request| request.map(|request| index.answer(request)))
                });
            });
    }
    builder.build()
}

/// What reflection knows: files, the symbols they declare, the hosted services.
#[derive(Default)]
pub(crate) struct Index {
    /// Names `list_services` answers, in order.
    services: Vec<String>,
    /// Each file by name: its encoded `FileDescriptorProto` and its imports.
    files: HashMap<String, (Vec<u8>, Vec<String>)>,
    /// Fully-qualified name (no leading dot) of every service, method,
    /// message, enum and extension → the file declaring it.
    symbols: HashMap<String, String>,
    /// Extended message type → (extension number, file declaring it).
    extensions: HashMap<String, Vec<(i32, String)>>,
}

impl Index {
    /// An index of `descriptor_sets`, listing `services`.
    pub(crate) fn new<'a>(
        services: impl IntoIterator<Item = String>,
        descriptor_sets: impl IntoIterator<Item = &'a [u8]>,
    ) -> Result<Index, Error> {
        let mut index = Index {
            services: services.into_iter().collect(),
            ..Index::default()
        };
        for set in descriptor_sets {
            let set = FileDescriptorSet::parse_from_bytes(set).map_err(|e| {
                Error::Config(format!("a file descriptor set does not decode: {e}"))
            })?;
            for file in set.file.iter() {
                index.add(file)?;
            }
        }
        Ok(index)
    }

    fn add(&mut self, file: &FileDescriptorProto) -> Result<(), Error> {
        let name = file.get_name().to_string();
        if self.files.contains_key(&name) {
            return Ok(()); // imported by more than one set
        }
        let bytes = file
            .write_to_bytes()
            .map_err(|e| Error::Config(format!("the descriptor of {name} does not encode: {e}")))?;
        self.files
            .insert(name.clone(), (bytes, file.dependency.to_vec()));
        let package = file.get_package();
        let mut declare = |symbol: String| {
            self.symbols.insert(symbol, name.clone());
        };
        for service in file.service.iter() {
            let service_name = qualified(package, service.get_name());
            for method in service.method.iter() {
                declare(format!("{service_name}.{}", method.get_name()));
            }
            declare(service_name);
        }
        for enumeration in file.enum_type.iter() {
            declare(qualified(package, enumeration.get_name()));
        }
        let mut extensions = file.extension.to_vec();
        for message in file.message_type.iter() {
            declare_message(package, message, &mut declare, &mut extensions);
        }
        for extension in extensions {
            let extended = extension.get_extendee().trim_start_matches('.').to_string();
            self.extensions
                .entry(extended)
                .or_default()
                .push((extension.get_number(), name.clone()));
        }
        Ok(())
    }

    /// The answer to one question.
    fn answer(&self, request: ServerReflectionRequest) -> ServerReflectionResponse {
        let mut response = ServerReflectionResponse::new();
        response.valid_host = request.host.clone();
        match &request.message_request {
            Some(Question::list_services(_)) => {
                let mut list = ListServiceResponse::new();
                for name in &self.services {
                    let mut service = ServiceResponse::new();
                    service.name = name.clone();
                    list.service.push(service);
                }
                response.set_list_services_response(list);
            }
            Some(Question::file_by_filename(name)) => match self.files.get(name) {
                Some(_) => response.set_file_descriptor_response(self.with_imports(name)),
                None => response.set_error_response(not_found(&format!("no file {name:?}"))),
            },
            Some(Question::file_containing_symbol(symbol)) => {
                match self.symbols.get(symbol.trim_start_matches('.')) {
                    Some(file) => response.set_file_descriptor_response(self.with_imports(file)),
                    None => {
                        response.set_error_response(not_found(&format!("no symbol {symbol:?}")))
                    }
                }
            }
            Some(Question::file_containing_extension(wanted)) => {
                let file = self
                    .extensions
                    .get(wanted.get_containing_type().trim_start_matches('.'))
                    .and_then(|all| {
                        all.iter()
                            .find(|(n, _)| *n == wanted.get_extension_number())
                    });
                match file {
                    Some((_, file)) => {
                        response.set_file_descriptor_response(self.with_imports(file))
                    }
                    None => response.set_error_response(not_found(&format!(
                        "no extension {} of {:?}",
                        wanted.get_extension_number(),
                        wanted.get_containing_type()
                    ))),
                }
            }
            Some(Question::all_extension_numbers_of_type(type_name)) => {
                let type_name = type_name.trim_start_matches('.');
                if self.symbols.contains_key(type_name) {
                    let mut numbers = ExtensionNumberResponse::new();
                    numbers.base_type_name = type_name.to_string();
                    if let Some(all) = self.extensions.get(type_name) {
                        numbers.extension_number = all.iter().map(|(n, _)| *n).collect();
                    }
                    response.set_all_extension_numbers_response(numbers);
                } else {
                    response.set_error_response(not_found(&format!("no type {type_name:?}")));
                }
            }
            None => {
                let mut error = ErrorResponse::new();
                error.error_code = i32::from(RpcStatusCode::INVALID_ARGUMENT);
                error.error_message = "the request asks nothing".into();
                response.set_error_response(error);
            }
        }
        response.set_original_request(request);
        response
    }

    /// `name`'s descriptor, then those of everything it imports, transitively.
    fn with_imports(&self, name: &str) -> FileDescriptorResponse {
        let mut response = FileDescriptorResponse::new();
        let mut seen = vec![name.to_string()];
        let mut next = 0;
        while let Some(file) = seen.get(next).cloned() {
            next += 1;
            if let Some((bytes, imports)) = self.files.get(&file) {
                response.file_descriptor_proto.push(bytes.clone());
                for import in imports {
                    if !seen.contains(import) {
                        seen.push(import.clone());
                    }
                }
            }
        }
        response
    }
}

/// Declares a message, its nested messages and enums, and collects the
/// extensions declared inside it.
fn declare_message(
    scope: &str,
    message: &DescriptorProto,
    declare: &mut impl FnMut(String),
    extensions: &mut Vec<protobuf::descriptor::FieldDescriptorProto>,
) {
    let name = qualified(scope, message.get_name());
    for nested in message.nested_type.iter() {
        declare_message(&name, nested, declare, extensions);
    }
    for enumeration in message.enum_type.iter() {
        declare(qualified(&name, enumeration.get_name()));
    }
    extensions.extend(message.extension.iter().cloned());
    declare(name);
}

fn qualified(scope: &str, name: &str) -> String {
    if scope.is_empty() {
        name.to_string()
    } else {
        format!("{scope}.{name}")
    }
}

fn not_found(message: &str) -> ErrorResponse {
    let mut error = ErrorResponse::new();
    error.error_code = i32::from(RpcStatusCode::NOT_FOUND);
    error.error_message = message.to_string();
    error
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index() -> Index {
        Index::new(
            ENGINE_SERVICES.iter().map(|s| s.to_string()),
            [ENGINE_DESCRIPTORS],
        )
        .unwrap()
    }

    fn ask(index: &Index, question: Question) -> ServerReflectionResponse {
        let mut request = ServerReflectionRequest::new();
        request.host = "h".into();
        request.message_request = Some(question);
        index.answer(request)
    }

    #[test]
    fn lists_the_services_and_finds_their_files() {
        let index = index();
        let listed = ask(&index, Question::list_services(String::new()));
        let names: Vec<_> = listed
            .get_list_services_response()
            .service
            .iter()
            .map(|s| s.name.as_str())
            .collect();
        assert_eq!(names, ENGINE_SERVICES);
        assert_eq!(listed.valid_host, "h");
        for symbol in [
            "grpc.health.v1.Health",
            "grpc.health.v1.Health.Watch",
            ".grpc.health.v1.HealthCheckResponse",
            "grpc.health.v1.HealthCheckResponse.ServingStatus",
        ] {
            let found = ask(&index, Question::file_containing_symbol(symbol.into()));
            let files = &found.get_file_descriptor_response().file_descriptor_proto;
            assert_eq!(files.len(), 1, "{symbol}");
            let file = FileDescriptorProto::parse_from_bytes(&files[0]).unwrap();
            assert_eq!(file.get_name(), "grpc/health/v1/health.proto");
        }
    }

    #[test]
    fn unknown_things_are_not_found() {
        let index = index();
        for question in [
            Question::file_containing_symbol("no.Such".into()),
            Question::file_by_filename("none.proto".into()),
            Question::all_extension_numbers_of_type("no.Such".into()),
        ] {
            let answer = ask(&index, question);
            assert_eq!(
                answer.get_error_response().error_code,
                i32::from(RpcStatusCode::NOT_FOUND)
            );
        }
    }

    #[test]
    fn a_file_comes_with_its_imports_once_each() {
        let mut index = index();
        let mut a = FileDescriptorProto::new();
        a.set_name("a.proto".into());
        a.dependency.push("grpc/health/v1/health.proto".into());
        let mut b = FileDescriptorProto::new();
        b.set_name("b.proto".into());
        b.dependency.push("a.proto".into());
        b.dependency.push("grpc/health/v1/health.proto".into());
        index.add(&a).unwrap();
        index.add(&b).unwrap();
        let names: Vec<String> = index
            .with_imports("b.proto")
            .file_descriptor_proto
            .iter()
            .map(|bytes| {
                FileDescriptorProto::parse_from_bytes(bytes)
                    .unwrap()
                    .get_name()
                    .to_string()
            })
            .collect();
        assert_eq!(names, ["b.proto", "a.proto", "grpc/health/v1/health.proto"]);
    }

    #[test]
    fn garbage_is_refused() {
        assert!(Index::new(Vec::new(), [&b"\xff\xff"[..]]).is_err());
    }
}
