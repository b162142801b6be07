import Testing

@testable import PlexeNotify

@Suite struct SMTPConfigurationTests {
    @Test func noHostMeansNoRelay() throws {
        #expect(try SMTPConfiguration.fromEnvironment([:]) == nil)
        #expect(try SMTPConfiguration.fromEnvironment(["PLEXE_SMTP_HOST": "  ", "PLEXE_SMTP_PORT": "25"]) == nil)
    }

    @Test func fullEnvironment() throws {
        let config = try #require(
            try SMTPConfiguration.fromEnvironment([
                "PLEXE_SMTP_HOST": "smtp.example.com", "PLEXE_SMTP_PORT": "2587", "PLEXE_SMTP_SECURITY": "STARTTLS",
                "PLEXE_SMTP_USERNAME": "ada", "PLEXE_SMTP_PASSWORD": "s3cret pass",
                "PLEXE_SMTP_FROM": "\"Plexe Reports\" <reports@example.com>", "PLEXE_SMTP_VERIFY": "false",
                "PLEXE_SMTP_HELO": "api.example.com", "PLEXE_SMTP_TIMEOUT": "2.5",
            ]))
        #expect(config.host == "smtp.example.com")
        #expect(config.port == 2587)
        #expect(config.security == .startTLS)
        #expect(config.username == "ada" && config.password == "s3cret pass")
        #expect(config.sender.value == "reports@example.com" && config.senderName == "Plexe Reports")
        #expect(config.verifyCertificates == false)
        #expect(config.heloName == "api.example.com")
        #expect(config.timeout == 2.5)
        #expect(config.allowsCredentialsWithoutTLS == false)
        #expect(!config.description.contains("s3cret"), "the password never reaches a log line")
    }

    @Test func securityAndPortDefaultEachOther() throws {
        func config(_ env: [String: String]) throws -> SMTPConfiguration {
            try #require(try SMTPConfiguration.fromEnvironment(env.merging(["PLEXE_SMTP_HOST": "relay"]) { a, _ in a }))
        }
        #expect(try config([:]).port == 25)
        #expect(try config([:]).security == SMTPConfiguration.Security.none)
        #expect(try config(["PLEXE_SMTP_PORT": "465"]).security == .implicitTLS)
        #expect(try config(["PLEXE_SMTP_PORT": "587"]).security == .startTLS)
        #expect(try config(["PLEXE_SMTP_SECURITY": "tls"]).port == 465)
        #expect(try config(["PLEXE_SMTP_SECURITY": "starttls"]).port == 587)
        #expect(try config([:]).verifyCertificates == true)
    }

    @Test(arguments: [
        ("PLEXE_SMTP_PORT", "smtp"), ("PLEXE_SMTP_PORT", "70000"), ("PLEXE_SMTP_SECURITY", "ssl3"),
        ("PLEXE_SMTP_VERIFY", "maybe"), ("PLEXE_SMTP_TIMEOUT", "-1"), ("PLEXE_SMTP_FROM", "not an address"),
        ("PLEXE_SMTP_USERNAME", "ada"), ("PLEXE_SMTP_CA_FILE", "/nonexistent/ca.pem"),
    ])
    func wrongValuesAreErrorsNamingTheVariable(variable: String, value: String) {
        do {
            _ = try SMTPConfiguration.fromEnvironment(["PLEXE_SMTP_HOST": "relay", variable: value])
            Issue.record("\(variable)=\(value) was accepted")
        } catch {
            #expect(error.description.contains("PLEXE_SMTP_"))
            #expect(!error.reason.isEmpty)
        }
    }

    @Test func senderWithoutRelay() throws {
        let sender = try #require(try SMTPConfiguration.senderFromEnvironment(["PLEXE_SMTP_FROM": "Plexe <noreply@plexe.test>"]))
        #expect(sender.address.value == "noreply@plexe.test")
        #expect(sender.name == "Plexe")
        #expect(try SMTPConfiguration.senderFromEnvironment(["PLEXE_SMTP_FROM": "bare@plexe.test"])?.name == nil)
    }
}
