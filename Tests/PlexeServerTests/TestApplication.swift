import Foundation
import Logging
@testable import PlexeServer

/// An application over a fresh temporary PLEXE_HOME, for tests that need the services.
enum TestApplication {
    static func make(_ extra: [String: String] = [:]) throws -> Application {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("plexe-unit-\(UUID().uuidString)").path
        var env = ["PLEXE_HOME": home, "PLEXE_HTTPS_PORT": "9999"]
        env.merge(extra) { $1 }
        return try Application(config: try ServerConfig.fromEnvironment(env), logger: Logger(label: "test"))
    }
}
