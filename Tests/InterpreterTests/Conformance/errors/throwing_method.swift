enum AccountError: Error { case insufficient(needed: Double) }
struct Account {
    var balance: Double
    mutating func withdraw(_ amount: Double) throws {
        guard amount <= balance else { throw AccountError.insufficient(needed: amount - balance) }
        balance -= amount
    }
}
var acct = Account(balance: 10)
do {
    try acct.withdraw(4)
    try acct.withdraw(10)
} catch AccountError.insufficient(let needed) {
    print("need", needed)
} catch {
    print("other", error)
}
print(acct.balance)
// expect: need 4.0
// expect: 6.0
