struct Stats {
    let calls: Int
    var best: Double
    init(calls: Int) { self.calls = calls }
}
print(Stats(calls: 1))
// expect error: 4:43 return from initializer without initializing all stored properties
