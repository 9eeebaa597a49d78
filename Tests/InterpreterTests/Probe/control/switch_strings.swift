let commands = ["start", "stop", "pause", "unknown"]
for c in commands {
    switch c {
    case "start", "resume": print("running")
    case "stop": print("stopped")
    case let other where other.hasPrefix("pa"): print("paused (\(other))")
    default: print("?")
    }
}
