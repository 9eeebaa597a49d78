func work() -> Int {
    var log: [String] = []
    defer { print("log:", log.joined(separator: ",")) }
    log.append("start")
    defer { print("second defer") }
    for i in 1...3 {
        defer { log.append("end \(i)") }
        if i == 2 { continue }
        log.append("body \(i)")
    }
    return log.count
}
print(work())
// expect: second defer
// expect: log: start,body 1,end 1,end 2,body 3,end 3
// expect: 6
