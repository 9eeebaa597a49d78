final class Account {
    private var balance = 0.0
    private func audit() -> Bool { balance >= 0 }
    func deposit(_ x: Double) { balance += x }
}
struct Bank {
    var accounts: [Account] = []
    func healthy() -> Bool { accounts.allSatisfy { $0.audit() } }
}
print(Bank(accounts: [Account()]).healthy())
// expect error: 8:55 'audit' is inaccessible due to 'private' protection level
