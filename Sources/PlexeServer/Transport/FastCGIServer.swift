import CFastCGI
import Foundation
package import Logging

/// The FastCGI transport: a fixed pool of threads, each accepting requests from the
/// listening socket spawn-fcgi hands over as fd 0, and a main thread that waits for a
/// termination signal.
///
/// Why it is shaped like this (measured, see the project's field notes):
/// - Debian's libfcgi has no accept lock, so every thread can sit in `FCGX_Accept_r` at once.
/// - libfcgi's reads and writes do not retry on EINTR, so the workers block SIGTERM/SIGINT/
///   SIGHUP and only the main thread receives them, through `sigwait`.
/// - A blocked `accept()` is not woken by a signal; `shutdown(0, SHUT_RDWR)` on the listening
///   socket makes every accept return, while requests in flight finish normally.
/// - `FCGX_Request` keeps back-pointers into itself, so each thread allocates one that
///   never moves.
package final class FastCGIServer: Sendable {
    let responder: any Responder
    let threadCount: Int
    let logger: Logger
    let maxBodyBytes: Int
    /// Run on SIGHUP (reopen the log file); without it SIGHUP stops the server.
    let onHangup: (@Sendable () -> Void)?

    package init(responder: any Responder, threads: Int, maxBodyBytes: Int, logger: Logger, onHangup: (@Sendable () -> Void)? = nil) {
        self.responder = responder
        self.onHangup = onHangup
        self.maxBodyBytes = maxBodyBytes
        self.threadCount = max(1, threads)
        self.logger = logger
    }

    /// Serves until SIGTERM or SIGINT (or SIGHUP when there is no `onHangup`), then waits for requests in flight and returns.
    package func run() {
        FCGX_Init()
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGTERM)
        sigaddset(&signals, SIGINT)
        sigaddset(&signals, SIGHUP)
        pthread_sigmask(SIG_BLOCK, &signals, nil)

        let finished = DispatchGroup()
        for index in 0..<threadCount {
            finished.enter()
            let thread = Thread { [self] in
                self.acceptLoop()
                finished.leave()
            }
            thread.name = "fcgi-\(index)"
            thread.stackSize = 1 << 20 * 4
            thread.start()
        }
        logger.info("serving", metadata: ["threads": "\(threadCount)"])

        var received: Int32 = 0
        while true {
            sigwait(&signals, &received)
            guard received == SIGHUP, let onHangup else { break }
            onHangup()
        }
        logger.info("shutting down", metadata: ["signal": "\(received)"])
        FCGX_ShutdownPending()
        shutdown(0, Int32(SHUT_RDWR))
        finished.wait()
        logger.info("stopped")
    }

    private func acceptLoop() {
        let request = UnsafeMutablePointer<FCGX_Request>.allocate(capacity: 1)
        defer { request.deallocate() }
        FCGX_InitRequest(request, 0, 0)
        while FCGX_Accept_r(request) >= 0 {
            let httpRequest = FastCGIExchange.readRequest(request, maxBodyBytes: maxBodyBytes)
            let response = responder.respond(to: httpRequest)
            FastCGIExchange.write(response, to: request)
            FCGX_Finish_r(request)
        }
    }
}
