import FuzzSupport

// One input is one uploaded CSV file (see `IngestHarness`). The upload's name, which decides
// CSV against TSV and lets content that opens like JSON be JSON, is picked by the last byte.
runFuzzer { data, size in
    IngestHarness.run(
        UnsafeRawBufferPointer(start: data, count: size),
        filenames: ["data.csv", "data.tsv", "data.txt", "DATA.TSV"])
    return 0
}
