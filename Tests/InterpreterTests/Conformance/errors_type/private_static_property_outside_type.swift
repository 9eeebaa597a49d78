enum Config {
    private static var calls = 0
    static func next() -> Int { calls += 1; return calls }
}
print(Config.next())
Config.calls = 0
// expect error: 6:8 'calls' is inaccessible due to 'private' protection level
