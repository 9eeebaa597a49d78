class Log {
    var lines: [String] = []
}
class Worker {
    let log: Log
    let name: String
    init(name: String, log: Log) {
        self.name = name
        self.log = log
    }
    func work() { log.lines.append(name + " worked") }
}
let log = Log()
let w1 = Worker(name: "a", log: log)
let w2 = Worker(name: "b", log: log)
w1.work(); w2.work(); w1.work()
print(log.lines.count, log.lines.last!)
// expect: 3 a worked
