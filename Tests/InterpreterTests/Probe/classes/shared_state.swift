class Logger {
    var lines: [String] = []
    func log(_ s: String) { lines.append(s) }
}
struct Worker {
    let logger: Logger
    func work(_ n: Int) { logger.log("job \(n)") }
}
let logger = Logger()
let w1 = Worker(logger: logger), w2 = Worker(logger: logger)
w1.work(1); w2.work(2); w1.work(3)
print(logger.lines)
