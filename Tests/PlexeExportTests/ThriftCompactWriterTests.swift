import Foundation
import Testing

@testable import PlexeExport

@Suite struct ThriftCompactWriterTests {
    @Test func encodesFieldsAsTheCompactProtocolSpecifies() {
        var writer = ThriftCompactWriter()
        writer.beginStruct()
        writer.field(1, i32: -1)  // delta 1, type i32 (5); zigzag(-1) = 1
        writer.field(2, i64: 300)  // delta 1, type i64 (6); zigzag(300) = 600 = 0xD8 0x04
        writer.field(20, bool: true)  // delta 18 > 15: long form, type true (1), zigzag(20) = 40
        writer.beginList(field: 21, of: .i32, count: 2)
        writer.element(i32: 2)
        writer.element(i32: -2)
        writer.beginStruct(field: 22)
        writer.field(1, string: "ab")
        writer.endStruct()
        writer.endStruct()
        #expect(writer.bytes == [0x15, 0x01, 0x16, 0xD8, 0x04, 0x01, 40, 0x19, 0x25, 4, 3, 0x1C, 0x18, 2, 0x61, 0x62, 0, 0])
    }
}
