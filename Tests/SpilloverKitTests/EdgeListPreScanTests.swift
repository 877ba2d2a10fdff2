import Testing
@testable import SpilloverKit

/// The validating pre-scan of large edge lists (``EdgeListReader/preScanThreshold``): it
/// must fail on exactly the field the building pass fails on, with the same message, and
/// must not change what a valid file reads as. The threshold is forced down so that small
/// texts take the pre-scan path.
@Suite("edge list pre-scan")
struct EdgeListPreScanTests {
    static func parse(_ bytes: [UInt8], preScanAbove threshold: Int, options: EdgeListOptions = EdgeListOptions()) -> Result<RawEdgeList, InputError> {
        bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(InputError) -> RawEdgeList in
                try EdgeListReader.parse(bytes: buffer, file: "edges.csv", options: options, release: nil, preScanAbove: threshold)
            }
        }
    }

    /// The pre-scan alone (no building pass after it): its error, or the number of rows.
    static func preScan(_ bytes: [UInt8], options: EdgeListOptions = EdgeListOptions()) -> Result<Int, InputError> {
        bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(InputError) -> Int in
                var validator = EdgeRowValidator()
                return try EdgeListReader.scan(bytes: buffer, file: "edges.csv", options: options, into: &validator, release: nil)
            }
        }
    }

    static let good = "source,target,weight,type\na,b,1,vertical\n\"b, Ltd\",c,2.5,horizontal\nc,a,0.5,vertical\n"

    /// Bad rows after a few good ones, including the end of the file.
    static let badTexts: [(name: String, bytes: [UInt8])] =
        [
            ("bad weight", Array((good + "d,e,heavy,vertical\n").utf8)),
            ("bad weight on the last line, no line end", Array((good + "d,e,-3,vertical").utf8)),
            ("infinite weight", Array((good + "d,e,1e400,vertical\n").utf8)),
            ("missing column", Array((good + "d,e,1\n").utf8)),
            ("extra column", Array((good + "d,e,1,vertical,x\n").utf8)),
            ("unterminated quote", Array((good + "d,\"e,1,vertical\nf,g,1,vertical\n").utf8)),
            ("junk after a closing quote", Array((good + "d,\"e\"x,1,vertical\n").utf8)),
            ("empty source id", Array((good + ",e,1,vertical\n").utf8)),
            ("empty target id", Array((good + "d,\"\",1,vertical\n").utf8)),
            ("invalid UTF-8 in a target id", Array((good + "d,").utf8) + [0xC3, 0x28] + Array(",1,vertical\n".utf8)),
            ("invalid UTF-8 in a quoted id", Array((good + "\"d\"\"").utf8) + [0xFF] + Array("\",e,1,vertical\n".utf8)),
            ("invalid UTF-8 in a tie type", Array((good + "d,e,1,").utf8) + [0xE2, 0x82] + Array("\n".utf8)),
            ("missing target column", Array("source,to\na,b\n".utf8)),
            ("empty file", []),
        ] + EdgeListReaderTests.badCases.map { ($0.name, $0.bytes) }

    @Test("the pre-scan fails with the building pass's error", arguments: badTexts.indices)
    func sameError(_ k: Int) throws {
        let (name, bytes) = Self.badTexts[k]
        guard case .failure(let expected) = Self.parse(bytes, preScanAbove: .max) else {
            Issue.record("\(name): the building pass accepted it")
            return
        }
        guard case .failure(let scanned) = Self.preScan(bytes) else {
            Issue.record("\(name): the pre-scan accepted it")
            return
        }
        #expect(scanned == expected, "\(name)")
        guard case .failure(let both) = Self.parse(bytes, preScanAbove: 0) else {
            Issue.record("\(name): accepted with the pre-scan")
            return
        }
        #expect(both == expected, "\(name)")
    }

    @Test("a valid file reads the same with and without the pre-scan")
    func sameResult() throws {
        var semicolons = EdgeListOptions()
        semicolons.delimiter = ";"
        let texts: [(String, EdgeListOptions)] = [
            (Self.good, EdgeListOptions()),
            ("\u{FEFF}# comment\r\nTarget;Source\r\n\r\nÜberlingen GmbH;株式会社\r\n\"x\"\"y\";z\r\nz;x\"\"y\r\n", semicolons),
            ("source,target\n" + (0..<500).map { "f\($0 % 37),f\(($0 * 7) % 41)\n" }.joined(), EdgeListOptions()),
            ("source,target,weight\n", EdgeListOptions()),
        ]
        for (text, options) in texts {
            let bytes = Array(text.utf8)
            let plain = try Self.parse(bytes, preScanAbove: .max, options: options).get()
            let scanned = try Self.parse(bytes, preScanAbove: 0, options: options).get()
            #expect(scanned.ids == plain.ids)
            #expect(scanned.tails == plain.tails)
            #expect(scanned.heads == plain.heads)
            #expect(scanned.weights == plain.weights)
            #expect(scanned.types == plain.types)
            #expect(scanned.tieTypes == plain.tieTypes)
            #expect(scanned.hasWeights == plain.hasWeights)
            #expect(try Self.preScan(bytes, options: options).get() == plain.tails.count)
        }
    }

    @Test("a file above the threshold releases its pages during the pre-scan and before building")
    func releases() throws {
        let text = "source,target\n" + (0..<100).map { "a\($0),b\($0)\n" }.joined()
        let bytes = Array(text.utf8)
        var offsets: [Int] = []
        let raw = try bytes.withUnsafeBufferPointer { buffer throws(InputError) -> RawEdgeList in
            try EdgeListReader.parse(bytes: buffer, file: "edges.csv", options: EdgeListOptions(), release: { offsets.append($0) }, preScanAbove: 0)
        }
        #expect(raw.tails.count == 100)
        // The file is under one release stride, so the only release is the whole file, after the pre-scan.
        #expect(offsets == [bytes.count])
    }
}
