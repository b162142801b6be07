import Foundation
import Testing

@testable import PlexeNotify

/// Splits a rendered message into header lines (unfolded) and body.
private func parse(_ rendered: String) -> (headers: [String: String], body: String) {
    let parts = rendered.components(separatedBy: "\r\n\r\n")
    let unfolded = parts[0].replacingOccurrences(of: "\r\n ", with: " ")
    var headers: [String: String] = [:]
    for line in unfolded.components(separatedBy: "\r\n") {
        let pair = line.split(separator: ":", maxSplits: 1)
        headers[String(pair[0])] = String(pair[1].dropFirst())
    }
    return (headers, parts.dropFirst().joined(separator: "\r\n\r\n"))
}

/// Decodes RFC 2047 `B` encoded-words (the only kind the renderer makes), joined.
private func decodeEncodedWords(_ header: String) -> String {
    var bytes: [UInt8] = []
    for word in header.split(separator: " ") {
        #expect(word.hasPrefix("=?UTF-8?B?") && word.hasSuffix("?="))
        bytes += Data(base64Encoded: String(word.dropFirst(10).dropLast(2)))!
    }
    return String(decoding: bytes, as: UTF8.self)
}

private func message(subject: String = "Export ready", body: String = "Hello\n") throws -> EmailMessage {
    EmailMessage(
        from: try EmailAddress("noreply@plexe.test"), fromName: "Plexe Data",
        to: try EmailAddress("ada@example.com"), subject: subject, textBody: body,
        date: Date(timeIntervalSince1970: 1_714_564_800), messageID: "abc123@plexe.test")
}

@Suite struct EmailMessageTests {
    @Test func headersAreCompleteAndInOrder() throws {
        let rendered = try message().rendered()
        let names = rendered.components(separatedBy: "\r\n\r\n")[0].components(separatedBy: "\r\n").map { $0.prefix(while: { $0 != ":" }) }
        #expect(
            names == ["Date", "From", "To", "Subject", "Message-ID", "Auto-Submitted", "MIME-Version", "Content-Type", "Content-Transfer-Encoding"])
        let (headers, body) = parse(rendered)
        #expect(headers["Date"] == "Wed, 01 May 2024 12:00:00 +0000")
        #expect(headers["From"] == "\"Plexe Data\" <noreply@plexe.test>")
        #expect(headers["To"] == "ada@example.com")
        #expect(headers["Subject"] == "Export ready")
        #expect(headers["Message-ID"] == "<abc123@plexe.test>")
        #expect(headers["MIME-Version"] == "1.0")
        #expect(headers["Content-Type"] == "text/plain; charset=utf-8")
        #expect(headers["Content-Transfer-Encoding"] == "7bit")
        #expect(body == "Hello\r\n")
    }

    @Test func everyLineEndsWithCRLF() throws {
        let rendered = try message(body: "one\ntwo\r\nthree\rfour").rendered()
        let bytes = Array(rendered.utf8)
        for (i, b) in bytes.enumerated() {
            if b == 0x0A { #expect(i > 0 && bytes[i - 1] == 0x0D, "bare LF at \(i)") }
            if b == 0x0D { #expect(i + 1 < bytes.count && bytes[i + 1] == 0x0A, "bare CR at \(i)") }
        }
        #expect(parse(rendered).body == "one\r\ntwo\r\nthree\r\nfour\r\n")
    }

    @Test func nonASCIISubjectBecomesEncodedWords() throws {
        let subject = "Export prêt : données clients — 東京 ✅ " + String(repeating: "é", count: 40)
        let rendered = try message(subject: subject).rendered()
        let header = rendered.components(separatedBy: "\r\n\r\n")[0]
        #expect(!header.utf8.contains(where: { $0 >= 0x80 }), "headers must be ASCII")
        for line in header.components(separatedBy: "\r\n") { #expect(line.utf8.count <= 998) }
        let subjectHeader = parse(rendered).headers["Subject"]!
        for word in subjectHeader.split(separator: " ") { #expect(word.count <= 75) }
        #expect(subjectHeader.split(separator: " ").count > 1, "a long subject takes several words")
        #expect(decodeEncodedWords(subjectHeader) == subject)
    }

    @Test func longASCIISubjectIsFoldedAtSpaces() throws {
        let subject = Array(repeating: "quarterly-report", count: 12).joined(separator: " ")
        let rendered = try message(subject: subject).rendered()
        let lines = rendered.components(separatedBy: "\r\n")
        let start = lines.firstIndex(where: { $0.hasPrefix("Subject:") })!
        #expect(lines[start + 1].hasPrefix(" "), "continuation line")
        for line in lines[start...start + 2] { #expect(line.count <= 78) }
        #expect(parse(rendered).headers["Subject"] == subject)
    }

    @Test func subjectWithAnUnfoldableWordStaysWithinTheLineLimit() throws {
        let subject = "report " + String(repeating: "x", count: 1200)
        let rendered = try message(subject: subject).rendered()
        for line in rendered.components(separatedBy: "\r\n") { #expect(line.utf8.count <= 998) }
        #expect(decodeEncodedWords(parse(rendered).headers["Subject"]!) == subject)
    }

    @Test func headerInjectionIsNeutralised() throws {
        let rendered = try message(subject: "Hi\r\nBcc: victim@example.com").rendered()
        #expect(!rendered.contains("\r\nBcc:"))
        #expect(parse(rendered).headers["Subject"] == "Hi  Bcc: victim@example.com")
    }

    @Test func utf8BodyIs8bitAndQuotedPrintableWhenAsked() throws {
        let body = "Données prêtes\n"
        let m = try message(body: body)
        let (headers, eightBit) = parse(m.rendered())
        #expect(headers["Content-Transfer-Encoding"] == "8bit")
        #expect(eightBit == "Données prêtes\r\n")
        let sevenBit = String(decoding: m.renderedBytes(allowing8bit: false), as: UTF8.self)
        let qp = parse(sevenBit)
        #expect(qp.headers["Content-Transfer-Encoding"] == "quoted-printable")
        #expect(qp.body == "Donn=C3=A9es pr=C3=AAtes\r\n")
        #expect(!sevenBit.utf8.contains(where: { $0 >= 0x80 }))
    }

    @Test func overlongLinesAreQuotedPrintableWithSoftBreaks() throws {
        let long = String(repeating: "a=b ", count: 400) + " "  // 1601 bytes, '=' and a trailing space
        let (headers, body) = parse(try message(body: long).rendered())
        #expect(headers["Content-Transfer-Encoding"] == "quoted-printable")
        let lines = body.components(separatedBy: "\r\n").dropLast()
        for line in lines { #expect(line.count <= 76) }
        // Undo the encoding: soft breaks vanish, =XX are bytes.
        let joined = body.replacingOccurrences(of: "=\r\n", with: "")
        #expect(joined.replacingOccurrences(of: "=3D", with: "=").replacingOccurrences(of: "=20", with: " ") == long + "\r\n")
        #expect(lines.last!.hasSuffix("=20"), "a trailing space is encoded")
    }

    @Test func dotStuffingDoublesLeadingDots() {
        let content = Array("Subject: x\r\n\r\n.hidden\r\n.\r\nmiddle . dot\r\n..two\r\nno newline at end".utf8)
        let stuffed = String(decoding: SMTPSession.dotStuffed(content), as: UTF8.self)
        #expect(stuffed == "Subject: x\r\n\r\n..hidden\r\n..\r\nmiddle . dot\r\n...two\r\nno newline at end\r\n")
        #expect(!stuffed.contains("\r\n.\r\n"), "no line can end DATA early")
        // A first line starting with a dot, and bare LF line ends.
        #expect(SMTPSession.dotStuffed(Array(".a\n.b\n".utf8)) == Array("..a\r\n..b\r\n".utf8))
    }

    @Test func generatedMessageIDsAreUniqueAndUseTheSenderDomain() throws {
        let from = try EmailAddress("noreply@plexe.test")
        let to = try EmailAddress("a@b.test")
        let a = EmailMessage(from: from, to: to, subject: "s", textBody: "b")
        let b = EmailMessage(from: from, to: to, subject: "s", textBody: "b")
        #expect(a.messageID != b.messageID)
        #expect(a.messageID.hasPrefix("<") && a.messageID.hasSuffix("@plexe.test>"))
        #expect(parse(a.rendered()).headers["From"] == "noreply@plexe.test")
    }

    @Test func nonASCIIDisplayNameIsEncoded() throws {
        var m = try message()
        m.fromName = "Plexe Données"
        let from = parse(m.rendered()).headers["From"]!
        #expect(from.hasSuffix(" <noreply@plexe.test>"))
        #expect(decodeEncodedWords(String(from.dropLast(" <noreply@plexe.test>".count))) == "Plexe Données")
    }
}

@Suite struct EmailAddressTests {
    @Test(arguments: ["ada@example.com", "first.last+tag@sub.example.co.uk", "user@localhost", "x@[127.0.0.1]", "  padded@example.com \n"])
    func accepts(_ text: String) throws {
        #expect(try EmailAddress(text).value == text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    @Test(arguments: [
        "", "no-at-sign", "@example.com", "ada@", "a b@example.com", "ada@exa mple.com",
        "ada@example.com\r\nRCPT TO:<x@y>", "ada@-example.com", "a..b@example.com",
        ".ada@example.com", "ada@example..com", "ünï@example.com", "<ada@example.com>",
    ])
    func rejects(_ text: String) {
        #expect(throws: EmailAddressError.self) { try EmailAddress(text) }
    }

    @Test func errorSaysWhy() {
        do {
            _ = try EmailAddress("ada")
            Issue.record("accepted an address without @")
        } catch {
            #expect(error.reason == "the address has no '@'")
            #expect(error.description.contains("'ada'"))
        }
    }
}
