import CLibFuzzer
import Glibc

/// Hands the process to libFuzzer with `testOneInput` as the target, and exits with its status.
///
/// SwiftPM links every executable with a `main` of its own (the module's top-level code), so
/// libFuzzer's `main` is never used: each harness's `main.swift` calls this instead.
public func runFuzzer(_ testOneInput: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Never {
    var argc = CommandLine.argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    exit(LLVMFuzzerRunDriver(&argc, &argv, testOneInput))
}
