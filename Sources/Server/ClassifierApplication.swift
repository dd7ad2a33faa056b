import Core
import HTTPTypes
import Hummingbird
import NIOCore
import Logging

/// The HTTP application of `classify serve`: the API under `/v1`, `/healthz`, `/openapi.yaml`
/// and the recruiters' page, with a structured access log, the token rule and JSON errors.
public func buildApplication(
    configuration: ServerConfiguration, classifier: Classifier, store: TagStore, logger: Logger
) -> some ApplicationProtocol {
    let service = ClassifierService(classifier: classifier, store: store, configuration: configuration)
    let router = Router(context: BasicRequestContext.self)
    router.add(middleware: LogRequestsMiddleware(.info))
    router.add(middleware: ErrorMiddleware())
    router.add(middleware: TokenMiddleware(token: configuration.token))
    APIRoutes(service: service).register(on: router)
    TagRoutes(service: service).register(on: router)
    PageRoutes(service: service).register(on: router)
    return Application(
        router: router,
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "classify"),
        logger: logger
    )
}

/// Builds the application and runs it until SIGINT or SIGTERM, then shuts down gracefully
/// (requests in flight finish).
public func runServer(configuration: ServerConfiguration, classifier: Classifier, store: TagStore, logger: Logger) async throws {
    try await buildApplication(configuration: configuration, classifier: classifier, store: store, logger: logger).runService()
}
