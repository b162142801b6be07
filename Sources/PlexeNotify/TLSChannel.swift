import CLibSSL

#if canImport(Glibc)
    import Glibc
#endif

/// An OpenSSL client session over memory BIOs: ciphertext in through `supply`, out through
/// `takeOutgoing`; the socket belongs to `SMTPConnection`.
///
/// Certificate checking is OpenSSL's own: chain to the system roots (or `caFile`), and the
/// host name (or IP address) of the relay must match the certificate. TLS 1.2 is the
/// minimum.
final class TLSChannel {
    /// What an operation needs next.
    enum Step: Equatable {
        case done
        /// More ciphertext from the peer is needed (`supply`) before it can go on.
        case needsInput
        /// The peer ended the TLS session.
        case closed
        case failed(String)
    }

    private let context: OpaquePointer
    private let session: OpaquePointer
    /// Ciphertext from the peer, read by OpenSSL.
    private let incoming: OpaquePointer
    /// Ciphertext OpenSSL produced, to be sent to the peer.
    private let outgoing: OpaquePointer
    private let verifiesCertificates: Bool

    init(serverName: String, verifyCertificates: Bool, caFile: String?) throws(SMTPConnection.Failure) {
        guard let context = SSL_CTX_new(TLS_client_method()) else {
            throw SMTPConnection.Failure("cannot create a TLS context: \(TLSChannel.openSSLErrors())")
        }
        _ = SSL_CTX_ctrl(context, SSL_CTRL_SET_MIN_PROTO_VERSION, Int(TLS1_2_VERSION), nil)
        if verifyCertificates {
            SSL_CTX_set_verify(context, SSL_VERIFY_PEER, nil)
            if let caFile {
                guard SSL_CTX_load_verify_locations(context, caFile, nil) == 1 else {
                    SSL_CTX_free(context)
                    throw SMTPConnection.Failure("cannot load CA certificates from \(caFile): \(TLSChannel.openSSLErrors())")
                }
            } else {
                _ = SSL_CTX_set_default_verify_paths(context)
            }
        } else {
            SSL_CTX_set_verify(context, SSL_VERIFY_NONE, nil)
        }
        let session = SSL_new(context)
        let incoming = BIO_new(BIO_s_mem())
        let outgoing = BIO_new(BIO_s_mem())
        guard let session, let incoming, let outgoing else {
            let reason = TLSChannel.openSSLErrors()
            BIO_free(incoming)
            BIO_free(outgoing)
            SSL_free(session)
            SSL_CTX_free(context)
            throw SMTPConnection.Failure("cannot create a TLS session: \(reason)")
        }
        SSL_set_bio(session, incoming, outgoing)  // the session owns both BIOs from here on
        SSL_set_connect_state(session)

        if TLSChannel.isIPAddress(serverName) {
            if verifyCertificates { _ = X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(session), serverName) }
        } else {
            // SNI, so that a relay hosting several names presents the right certificate.
            _ = serverName.withCString {
                SSL_ctrl(session, SSL_CTRL_SET_TLSEXT_HOSTNAME, Int(TLSEXT_NAMETYPE_host_name), UnsafeMutableRawPointer(mutating: $0))
            }
            if verifyCertificates { _ = SSL_set1_host(session, serverName) }
        }
        self.context = context
        self.session = session
        self.incoming = incoming
        self.outgoing = outgoing
        self.verifiesCertificates = verifyCertificates
    }

    deinit {
        SSL_free(session)
        SSL_CTX_free(context)
    }

    func handshake() -> Step {
        ERR_clear_error()
        let result = SSL_connect(session)
        return result == 1 ? .done : step(after: result)
    }

    /// Ciphertext received from the peer.
    func supply(_ bytes: [UInt8]) {
        _ = bytes.withUnsafeBytes { BIO_write(incoming, $0.baseAddress, Int32($0.count)) }
    }

    /// Ciphertext waiting to be sent, or nil when there is none.
    func takeOutgoing() -> [UInt8]? {
        let pending = BIO_ctrl_pending(outgoing)
        guard pending > 0 else { return nil }
        var buffer = [UInt8](repeating: 0, count: Int(pending))
        let n = buffer.withUnsafeMutableBytes { BIO_read(outgoing, $0.baseAddress, Int32($0.count)) }
        return n > 0 ? Array(buffer[0..<Int(n)]) : nil
    }

    /// Encrypts `plain` (all of it, or nothing when the step is not `.done`).
    func encrypt(_ plain: ArraySlice<UInt8>) -> Step {
        ERR_clear_error()
        let n = plain.withUnsafeBytes { SSL_write(session, $0.baseAddress, Int32($0.count)) }
        return n > 0 ? .done : step(after: n)
    }

    /// Decrypted bytes available now, or the reason there are none.
    func decrypt() -> (Step, [UInt8]) {
        ERR_clear_error()
        var buffer = [UInt8](repeating: 0, count: 16_384)
        let n = buffer.withUnsafeMutableBytes { SSL_read(session, $0.baseAddress, Int32($0.count)) }
        if n > 0 { return (.done, Array(buffer[0..<Int(n)])) }
        return (step(after: n), [])
    }

    /// Queues a close_notify alert (sent by the caller's next `takeOutgoing`).
    func shutdown() {
        ERR_clear_error()
        _ = SSL_shutdown(session)
    }

    private func step(after result: Int32) -> Step {
        switch SSL_get_error(session, result) {
        case SSL_ERROR_WANT_READ: return .needsInput
        case SSL_ERROR_WANT_WRITE: return .needsInput  // memory BIOs never refuse writes; flush and go on
        case SSL_ERROR_ZERO_RETURN: return .closed
        default:
            let verdict = SSL_get_verify_result(session)
            if verifiesCertificates, verdict != Int(X509_V_OK) {
                return .failed("certificate verification failed: \(String(cString: X509_verify_cert_error_string(verdict)))")
            }
            return .failed(TLSChannel.openSSLErrors())
        }
    }

    /// OpenSSL's error queue as text (and emptied).
    static func openSSLErrors() -> String {
        var messages: [String] = []
        while true {
            let code = ERR_get_error()
            if code == 0 { break }
            var buffer = [CChar](repeating: 0, count: 256)
            ERR_error_string_n(code, &buffer, buffer.count)
            messages.append(String(decoding: buffer.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self))
        }
        return messages.isEmpty ? "unknown TLS error" : messages.joined(separator: "; ")
    }

    static func isIPAddress(_ text: String) -> Bool {
        var v4 = in_addr()
        var v6 = in6_addr()
        return inet_pton(AF_INET, text, &v4) == 1 || inet_pton(AF_INET6, text, &v6) == 1
    }
}
