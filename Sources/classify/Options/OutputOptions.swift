import ArgumentParser

/// Options that choose how results are printed.
struct OutputOptions: ParsableArguments {
    @Flag(name: .long, help: "Print one JSON object per input, one per line.")
    var json = false
}
