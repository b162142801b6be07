import FuzzSupport

// One input is one uploaded JSON or NDJSON file (see `IngestHarness`). The upload's name,
// which decides the layout when the first byte does not, is picked by the last byte; a `.txt`
// name leaves the decision to the content.
runFuzzer { data, size in
    IngestHarness.run(
        UnsafeRawBufferPointer(start: data, count: size),
        filenames: ["data.json", "data.ndjson", "data.jsonl", "data.txt"])
    return 0
}
